import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { findClashes } from '@/domain/plan/find-clashes';
import { buildPlanCalendar } from './build-plan-calendar';
import {
  eventOf,
  instantOf,
  parseEvents,
  physicalLineBytes,
} from '../../../tests/helpers/calendar-test-helpers';

const schedule = loadSchedule(raw);

describe('the bundled schedule as one calendar', () => {
  const talks = schedule.talks;
  const ics = buildPlanCalendar({
    talks,
    conference: schedule.conference,
    reminderMinutes: 15,
    now: Date.parse('2023-11-01T00:00:00Z'),
    clashes: findClashes(talks),
  });
  const { events } = parseEvents(ics);

  it('holds every talk with its exact title, instants and link', () => {
    expect(events).toHaveLength(talks.length);
    for (const talk of talks) {
      const event = eventOf(events, talk.id);
      expect(event.getFirstPropertyValue('summary')).toBe(talk.title);
      expect(instantOf(event, 'dtstart')).toBe(new Date(talk.start).toISOString());
      expect(instantOf(event, 'dtend')).toBe(new Date(talk.end).toISOString());
      expect(event.getFirstPropertyValue('url')).toBe(talk.url);
      const description = String(event.getFirstPropertyValue('description'));
      const blocks = talk.abstract.format === 'blocks' ? talk.abstract.blocks : [];
      for (const block of blocks) {
        const lines = block.type === 'paragraph' ? [block.text] : block.items.map((i) => `- ${i}`);
        for (const line of lines) expect(description).toContain(line);
      }
    }
  });

  it('keeps every physical line within 75 octets of valid UTF-8', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of physicalLineBytes(ics)) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
    }
  });

  it('folds a line only where its next character would no longer fit', () => {
    const decoder = new TextDecoder();
    const lines = physicalLineBytes(ics);
    let folds = 0;
    lines.forEach((line, index) => {
      const next = lines[index + 1];
      if (next?.[0] !== 0x20) return;
      folds++;
      const nextCharacter = [...decoder.decode(next.subarray(1))][0] ?? '';
      const nextOctets = new TextEncoder().encode(nextCharacter).length;
      const octets = line[0] === 0x20 && index > 0 ? line.length - 1 : line.length;
      expect(octets + nextOctets).toBeGreaterThan(74);
    });
    expect(folds).toBeGreaterThan(100);
  });

  it('notes the real clash between the tutorial and the service mesh talk', () => {
    const tutorial = String(eventOf(events, '1R2on').getFirstPropertyValue('description'));
    expect(tutorial).toContain(
      'Clash: overlaps "Service Mesh Battle Scars: Technology, Timing, and Tradeoffs" by 35 min',
    );
  });
});
