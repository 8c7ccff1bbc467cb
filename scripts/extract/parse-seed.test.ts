// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { abstractText } from '../../src/domain/abstract-text';
import { loadSchedule } from '../../src/domain/load-schedule';
import { buildScheduleJson, OUTPUT_PATH } from '../extract-talks';

const schedule = loadSchedule(JSON.parse(buildScheduleJson()));
const byId = (id: string) => {
  const talk = schedule.talks.find((t) => t.id === id);
  if (!talk) throw new Error(`no talk ${id}`);
  return talk;
};

const abstractOf = (id: string) => abstractText(byId(id).abstract);

describe('extracting the seed post', () => {
  it('finds all 25 talks with unique ids', () => {
    expect(schedule.talks).toHaveLength(25);
    expect(new Set(schedule.talks.map((t) => t.id)).size).toBe(25);
  });

  it('puts every talk inside 6–9 Nov 2023 Central time, ending after it starts', () => {
    const first = Date.parse('2023-11-06T00:00:00-06:00');
    const last = Date.parse('2023-11-10T00:00:00-06:00');
    for (const talk of schedule.talks) {
      const start = Date.parse(talk.start);
      const end = Date.parse(talk.end);
      expect(end, talk.title).toBeGreaterThan(start);
      expect(start, talk.title).toBeGreaterThanOrEqual(first);
      expect(end, talk.title).toBeLessThanOrEqual(last);
      expect(talk.start.endsWith('-06:00'), talk.title).toBe(true);
    }
  });

  it('assigns talks to the event of their section', () => {
    const count = (event: string) => schedule.talks.filter((t) => t.column === event).length;
    expect(count('CiliumCon')).toBe(14);
    expect(count('ArgoCon')).toBe(1);
    expect(count('KubeCon + CloudNativeCon')).toBe(10);
  });

  it('reads the first talk exactly', () => {
    expect(byId('1Rj0z')).toMatchObject({
      title:
        "From Imagination to Implementation: Inside Adobe's Production-Grade Deployment with Cilium",
      speakers: [
        { name: 'Joseph Sandoval', affiliation: 'Adobe' },
        { name: 'Tony Gosselin', affiliation: 'Adobe' },
      ],
      column: 'CiliumCon',
      start: '2023-11-06T09:15:00-06:00',
      end: '2023-11-06T09:40:00-06:00',
      day: '2023-11-06',
      room: null,
      track: null,
      recorded: null,
    });
  });

  it('keeps the bullet list of an abstract and drops the post’s closing remarks', () => {
    expect(abstractOf('1R2tD')).toContain(
      '\n\n- Explore the mTLS handshake step-by-step\n- Contrast',
    );
    expect(abstractOf('1R2ux')).not.toContain('Make sure you stop by');
    expect(abstractOf('1R2ux')).toMatch(/Datadog, Isovalent, and SuperOrbital\.$/);
  });

  it('has no markdown left in any title, name or abstract', () => {
    for (const talk of schedule.talks) {
      const text = [
        talk.title,
        abstractText(talk.abstract),
        ...talk.speakers.map((s) => `${s.name} ${s.affiliation}`),
      ];
      for (const piece of text) expect(piece, talk.id).not.toMatch(/\*\*|`|\]\(/);
    }
  });

  it('reproduces the committed data byte for byte', () => {
    expect(buildScheduleJson()).toBe(readFileSync(OUTPUT_PATH, 'utf8'));
  });
});
