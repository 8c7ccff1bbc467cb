import { describe, expect, it } from 'vitest';
import { resolvePicks } from '@/domain/plan/resolve-picks';
import { changedPicks } from '@/domain/schedule-changes/changed-picks';
import { diffSchedules } from '@/domain/schedule-changes/diff-schedules';
import { ids, version1, version2Talks } from '../../../tests/helpers/schedule-versions';
import { buildPlanCalendar } from './build-plan-calendar';
import { buildTalkCalendar } from './build-talk-calendar';
import {
  eventOf,
  instantOf,
  parseEvents,
  unfold,
} from '../../../tests/helpers/calendar-test-helpers';
import { reviseTalks } from './talk-revisions';

const { conference } = version1;
const { tutorial: tutorialId, serviceMesh: serviceMeshId, adobe: adobeId } = ids;
const picks = [tutorialId, serviceMeshId, adobeId];

const firstExportAt = Date.parse('2023-11-01T08:00:00Z');
const reExportAt = Date.parse('2023-11-05T19:30:00Z');

const firstExport = buildPlanCalendar({
  talks: resolvePicks(picks, version1.talks).talks,
  conference,
  reminderMinutes: 10,
  now: firstExportAt,
});

const changes = changedPicks(diffSchedules(version1.talks, version2Talks), picks);
const revisions = reviseTalks({}, diffSchedules(version1.talks, version2Talks));
const reExport = buildPlanCalendar({
  talks: resolvePicks(picks, version2Talks).talks,
  cancelledTalks: changes.cancelled,
  revisions,
  mustSeeIds: new Set([adobeId]),
  conference,
  reminderMinutes: 10,
  now: reExportAt,
});

describe('a re-export after the schedule changed, read by ical.js', () => {
  const before = parseEvents(firstExport).events;
  const after = parseEvents(reExport).events;
  const property = (events: typeof before, id: string, name: string) =>
    eventOf(events, id).getFirstPropertyValue(name);

  it('carries the same UIDs, the cancelled talk included', () => {
    const uids = (events: typeof before) =>
      events.map((event) => String(event.getFirstPropertyValue('uid'))).sort();
    expect(uids(after)).toEqual(uids(before));
    expect(uids(after)).toContain('1R2ts@kubecon-na-2023.kubecon-planner');
  });

  it('moves the talk to its new time with a higher SEQUENCE and a fresh DTSTAMP', () => {
    expect(instantOf(eventOf(before, tutorialId), 'dtstart')).toBe('2023-11-07T22:30:00.000Z');
    expect(instantOf(eventOf(after, tutorialId), 'dtstart')).toBe('2023-11-08T15:00:00.000Z');
    expect(instantOf(eventOf(after, tutorialId), 'dtend')).toBe('2023-11-08T16:30:00.000Z');
    expect(property(before, tutorialId, 'sequence')).toBe(0);
    expect(property(after, tutorialId, 'sequence')).toBe(1);
    expect(String(property(before, tutorialId, 'dtstamp'))).toBe('2023-11-01T08:00:00Z');
    expect(String(property(after, tutorialId, 'dtstamp'))).toBe('2023-11-05T19:30:00Z');
  });

  it('exports the cancelled pick as STATUS:CANCELLED with a higher SEQUENCE and no reminder', () => {
    const cancelled = eventOf(after, serviceMeshId);
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(1);
    expect(cancelled.getFirstPropertyValue('summary')).toBe(
      'Service Mesh Battle Scars: Technology, Timing, and Tradeoffs',
    );
    expect(instantOf(cancelled, 'dtstart')).toBe('2023-11-07T23:25:00.000Z');
    expect(String(cancelled.getFirstPropertyValue('description'))).toMatch(
      /^Cancelled: this talk is no longer in the schedule\./,
    );
    expect(cancelled.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('keeps an untouched talk at SEQUENCE 0 and CONFIRMED', () => {
    expect(property(before, adobeId, 'status')).toBe('CONFIRMED');
    expect(property(after, adobeId, 'status')).toBe('CONFIRMED');
    expect(property(after, adobeId, 'sequence')).toBe(0);
  });

  it('gives a must-see pick PRIORITY:1 and the others no priority', () => {
    expect(property(after, adobeId, 'priority')).toBe(1);
    expect(property(after, tutorialId, 'priority')).toBeNull();
    expect(property(before, adobeId, 'priority')).toBeNull();
    expect(unfold(reExport).filter((line) => line.startsWith('PRIORITY'))).toEqual(['PRIORITY:1']);
  });

  it('writes the same revision and priority when one talk is added to a calendar alone', () => {
    const single = parseEvents(
      buildTalkCalendar({
        talk: version2Talks.find((talk) => talk.id === tutorialId)!,
        revisions,
        mustSeeIds: new Set([tutorialId]),
        conference,
        reminderMinutes: 0,
        now: reExportAt,
      }),
    ).events[0]!;
    expect(single.getFirstPropertyValue('uid')).toBe('1R2on@kubecon-na-2023.kubecon-planner');
    expect(single.getFirstPropertyValue('sequence')).toBe(1);
    expect(single.getFirstPropertyValue('priority')).toBe(1);
  });
});
