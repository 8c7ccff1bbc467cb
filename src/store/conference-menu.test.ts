import { describe, expect, it } from 'vitest';
import type { Conference } from '@/domain/schedule-schema';
import { readConferenceMenu, withConference, writeConferenceMenu } from './conference-menu';

const conference = (id: string, name: string, url: string | null) =>
  ({ id, name, source: { format: 'frab-xml', url } }) as Conference;

describe('the conference menu', () => {
  it('adds a new conference at the end', () => {
    const { menu, replaced } = withConference([], conference('denog16', 'DENOG16', null));
    expect(menu).toEqual([{ id: 'denog16', name: 'DENOG16', source: { url: null } }]);
    expect(replaced).toBeNull();
  });

  it('puts a newer version of the same conference in place of the old one: no second copy', () => {
    const first = withConference([], conference('a', 'A', null)).menu;
    const two = withConference(first, conference('fosdem', 'FOSDEM 2026', 'https://x.org/s.xml'));
    const { menu, replaced } = withConference(
      two.menu,
      conference('fosdem-2026', 'FOSDEM 2026 (v2)', 'https://x.org/s.xml'),
    );
    expect(menu.map((entry) => entry.name)).toEqual(['A', 'FOSDEM 2026 (v2)']);
    expect(replaced?.id).toBe('fosdem');
  });

  it('reads back what it wrote, and reads storage holding anything else as empty', () => {
    const menu = withConference([], conference('denog16', 'DENOG16', null)).menu;
    writeConferenceMenu(() => localStorage, menu);
    expect(readConferenceMenu(() => localStorage)).toEqual(menu);
    localStorage.setItem('kubecon-planner:conferences', '{not json');
    expect(readConferenceMenu(() => localStorage)).toEqual([]);
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(readConferenceMenu(blocked)).toEqual([]);
  });
});
