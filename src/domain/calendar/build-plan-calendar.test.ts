import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { findClashes } from '@/domain/plan/find-clashes';
import type { Talk } from '@/domain/schedule-schema';
import { buildPlanCalendar } from './build-plan-calendar';
import { buildTalkCalendar } from './build-talk-calendar';
import {
  fixtureConference as conference,
  fixtureTalks as t,
} from '../../../tests/helpers/calendar-fixtures';
import {
  eventOf,
  instantOf,
  parseEvents,
  physicalLineBytes,
  unfold,
} from '../../../tests/helpers/calendar-test-helpers';

const now = Date.parse('2023-10-20T12:34:56Z');
const allTalks: Talk[] = Object.values(t);

function plan(talks: readonly Talk[], reminderMinutes = 0, at = now): string {
  return buildPlanCalendar({ talks, conference, reminderMinutes, now: at });
}

/** The plan's calendar with its clashes noted, as the export button builds it. */
function planWithClashNotes(talks: readonly Talk[]): string {
  return buildPlanCalendar({
    talks,
    conference,
    reminderMinutes: 0,
    now,
    clashes: findClashes(talks),
  });
}

describe('buildPlanCalendar', () => {
  it('writes each talk as an exact UTC instant, on every conference day', () => {
    const { events } = parseEvents(plan(allTalks));
    expect(events).toHaveLength(allTalks.length);
    const adobe = eventOf(events, t.adobe.id);
    expect(instantOf(adobe, 'dtstart')).toBe('2023-11-06T15:15:00.000Z');
    expect(instantOf(adobe, 'dtend')).toBe('2023-11-06T15:40:00.000Z');
    expect(instantOf(eventOf(events, t.gitGoingFast.id), 'dtstart')).toBe(
      '2023-11-06T18:10:00.000Z',
    );
    expect(instantOf(eventOf(events, t.keynote.id), 'dtstart')).toBe('2023-11-07T16:00:00.000Z');
    expect(instantOf(eventOf(events, t.performance.id), 'dtstart')).toBe(
      '2023-11-08T22:30:00.000Z',
    );
    const contribfest = eventOf(events, t.contribfest.id);
    expect(instantOf(contribfest, 'dtstart')).toBe('2023-11-09T17:00:00.000Z');
    expect(instantOf(contribfest, 'dtend')).toBe('2023-11-09T18:30:00.000Z');
  });

  it('marks every start and end as UTC, so no client reads them as floating time', () => {
    const lines = unfold(plan(allTalks));
    const times = lines.filter((line) => /^(DTSTART|DTEND)[;:]/.test(line));
    expect(times).toHaveLength(allTalks.length * 2);
    for (const line of times) expect(line).toMatch(/^(DTSTART|DTEND):\d{8}T\d{6}Z$/);
    expect(lines).toContain('DTSTART:20231106T151500Z');
  });

  it('stamps every event with the given clock in UTC', () => {
    const ics = plan([t.adobe, t.keynote]);
    const stamps = unfold(ics).filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps).toEqual(['DTSTAMP:20231020T123456Z', 'DTSTAMP:20231020T123456Z']);
  });

  it('keeps each talk’s UID across exports, whatever else changes', () => {
    const uids = (ics: string) =>
      Object.fromEntries(
        parseEvents(ics).events.map((e) => [
          String(e.getFirstPropertyValue('summary')),
          String(e.getFirstPropertyValue('uid')),
        ]),
      );
    const first = uids(plan([t.adobe, t.keynote, t.contribfest], 0, now));
    const second = uids(plan([t.contribfest, t.adobe], 15, now + 86_400_000));
    expect(first[t.adobe.title]).toBe('1Rj0z@kubecon-na-2023.kubecon-planner');
    expect(second[t.adobe.title]).toBe(first[t.adobe.title]);
    expect(second[t.contribfest.title]).toBe(first[t.contribfest.title]);
    expect(new Set(Object.values(first)).size).toBe(3);
    const single = parseEvents(
      buildTalkCalendar({ talk: t.keynote, conference, reminderMinutes: 0, now }),
    );
    expect(single.events[0]?.getFirstPropertyValue('uid')).toBe(first[t.keynote.title]);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const tricky: Talk = {
      ...t.keynote,
      id: 'tricky',
      title: 'Maps; Sets, and C:\\paths',
      abstract: {
        format: 'blocks',
        blocks: [
          { type: 'paragraph', text: 'First line\nSecond; line, with comma' },
          { type: 'list', items: ['item'] },
        ],
      },
    };
    const ics = plan([t.scaling, tricky]);
    const lines = unfold(ics);
    expect(lines).toContain(
      'SUMMARY:Scaling Kubernetes Networking to 1k\\, 5k\\, ... 100k Nodes!?',
    );
    expect(lines).toContain('SUMMARY:Maps\\; Sets\\, and C:\\\\paths');
    const { events } = parseEvents(ics);
    expect(eventOf(events, t.scaling.id).getFirstPropertyValue('summary')).toBe(t.scaling.title);
    const trickyEvent = eventOf(events, 'tricky');
    expect(trickyEvent.getFirstPropertyValue('summary')).toBe(tricky.title);
    expect(String(trickyEvent.getFirstPropertyValue('description'))).toContain(
      'First line\nSecond; line, with comma\n\n- item',
    );
    expect(trickyEvent.getFirstPropertyValue('location')).toBe('KubeCon + CloudNativeCon, Chicago');
  });

  it('folds lines at 75 octets without splitting an emoji, and unfolds to the original', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let emojiMovedWhole = 0;
    // Padding by 0–7 characters walks each emoji across every position at the fold.
    for (let pad = 40; pad < 48; pad++) {
      const padded = [t.gitGoingFast, t.contribfest].map((talk) => ({
        ...talk,
        title: `${'x'.repeat(pad)} ${talk.title}`,
      }));
      const ics = plan(padded, 10);
      for (const line of physicalLineBytes(ics)) {
        expect(line.length).toBeLessThanOrEqual(75);
        const text = decoder.decode(line);
        if (/^ [🚀🚨]/u.test(text)) emojiMovedWhole++;
      }
      const { events } = parseEvents(ics);
      for (const talk of padded) {
        expect(eventOf(events, talk.id).getFirstPropertyValue('summary')).toBe(talk.title);
      }
    }
    expect(emojiMovedWhole).toBeGreaterThan(0);
  });

  it('keeps the real emoji titles intact', () => {
    const { events } = parseEvents(plan([t.gitGoingFast, t.contribfest]));
    expect(eventOf(events, t.gitGoingFast.id).getFirstPropertyValue('summary')).toBe(
      'Lightning Talk: 🚀 Git Going Fast with Cilium and Argo',
    );
    expect(eventOf(events, t.contribfest.id).getFirstPropertyValue('summary')).toBe(
      '🚨 Contribfest: Getting Started Contributing to Cilium',
    );
  });

  it('ends every line with CRLF, the last one included', () => {
    const ics = plan(allTalks, 5);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics).not.toMatch(/(?<!\r)\n/);
  });

  it('writes the reminder as a display VALARM before each talk', () => {
    const ics = plan([t.adobe, t.keynote], 10);
    const { events } = parseEvents(ics);
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0] as ICAL.Component;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('description'))).toContain(
        String(event.getFirstPropertyValue('summary')),
      );
      const trigger = alarm.getFirstPropertyValue('trigger');
      expect(trigger).toBeInstanceOf(ICAL.Duration);
      expect((trigger as ICAL.Duration).toSeconds()).toBe(-600);
    }
    expect(unfold(ics).filter((line) => line === 'TRIGGER:-PT10M')).toHaveLength(2);
  });

  it('writes no VALARM when no reminder is chosen', () => {
    const ics = plan([t.adobe, t.keynote], 0);
    expect(ics).not.toContain('BEGIN:VALARM');
  });

  it('names the app and the calendar, and sets no METHOD', () => {
    const ics = plan([t.adobe]);
    const { calendar } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//kubecon-planner//Cilium talks planner//EN',
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KubeCon NA 2023 — my plan');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstProperty('method')).toBeNull();
    expect(unfold(ics).some((line) => line.startsWith('METHOD'))).toBe(false);
  });

  it('describes each talk with speakers and companies, abstract, link and place', () => {
    const { events } = parseEvents(plan([t.clickhouse, t.keynote]));
    const clickhouse = eventOf(events, t.clickhouse.id);
    const description = String(clickhouse.getFirstPropertyValue('description'));
    expect(description).toContain('Speaker: Timur Solodovnikov (ClickHouse, Inc)');
    // The abstract's first sentence as the seed post writes it.
    expect(description).toContain(
      'Join us at CiliumCon as we delve into the use of Cilium CNI to optimize and enhance deployments in the ClickHouse Cloud.',
    );
    expect(description).toContain(t.clickhouse.url);
    expect(clickhouse.getFirstPropertyValue('location')).toBe('CiliumCon, Chicago');
    expect(clickhouse.getFirstPropertyValue('url')).toBe(t.clickhouse.url);
    const keynote = String(eventOf(events, t.keynote.id).getFirstPropertyValue('description'));
    expect(keynote).not.toContain('Speaker');
  });

  it('notes a clash in both talks’ descriptions and still exports them', () => {
    const overlapping: Talk = {
      ...t.adobe,
      id: 'overlap',
      title: 'Another talk at 9:30',
      start: '2023-11-06T09:30:00-06:00',
      end: '2023-11-06T10:00:00-06:00',
    };
    const talks = [t.adobe, overlapping, t.keynote];
    const ics = planWithClashNotes(talks);
    const { events } = parseEvents(ics);
    expect(events).toHaveLength(3);
    const noteOf = (id: string) => String(eventOf(events, id).getFirstPropertyValue('description'));
    expect(noteOf(t.adobe.id)).toMatch(/^Clash: overlaps "Another talk at 9:30" by 10 min/);
    expect(noteOf('overlap')).toContain(`Clash: overlaps "${t.adobe.title}" by 10 min`);
    expect(noteOf(t.keynote.id)).not.toContain('Clash');
  });

  it('names three clashes of an overcrowded talk and counts the others', () => {
    const crowd: Talk[] = Array.from({ length: 6 }, (_, i) => ({
      ...t.adobe,
      id: `crowd${i}`,
      title: `Crowded talk ${i}`,
    }));
    const talks = [t.adobe, ...crowd];
    const ics = planWithClashNotes(talks);
    const note = String(
      eventOf(parseEvents(ics).events, t.adobe.id).getFirstPropertyValue('description'),
    );
    expect(note.match(/^Clash: overlaps "/gm)).toHaveLength(3);
    expect(note).toContain('Clash: and 3 more talks in your plan overlap this one.');
  });
});
