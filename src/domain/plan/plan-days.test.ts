import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { planDays } from './plan-days';

describe('planDays', () => {
  it('groups picks by day in time order with the free gaps between them', () => {
    const talks = [
      makeTalk('tue', '10:00', '10:15', { day: 7 }),
      makeTalk('b', '10:20', '10:25'),
      makeTalk('a', '09:15', '09:40'),
    ];
    const days = planDays(talks, 'America/Chicago');
    expect(days.map((d) => d.date)).toEqual(['2023-11-06', '2023-11-07']);
    const monday = days[0];
    expect(
      monday?.entries.map((e) => (e.kind === 'talk' ? e.talk.id : `gap ${e.gap.minutes}`)),
    ).toEqual(['a', 'gap 40', 'b']);
    expect(monday?.talkCount).toBe(2);
    expect(monday?.busyMinutes).toBe(30);
  });

  it('counts overlapping time once and shows no gap inside a long talk', () => {
    const talks = [
      makeTalk('tutorial', '16:30', '18:00'),
      makeTalk('battle', '17:25', '18:00'),
      makeTalk('film', '18:15', '19:00'),
    ];
    const [day] = planDays(talks, 'America/Chicago');
    expect(day?.busyMinutes).toBe(135);
    expect(
      day?.entries.map((e) => (e.kind === 'talk' ? e.talk.id : `gap ${e.gap.minutes}`)),
    ).toEqual(['tutorial', 'battle', 'gap 15', 'film']);
  });

  it('puts a late talk on the next day when shown in a zone further east', () => {
    const talks = [makeTalk('evening', '18:15', '19:00')];
    expect(planDays(talks, 'Asia/Tokyo').map((d) => d.date)).toEqual(['2023-11-07']);
  });

  it('returns no days for an empty plan', () => {
    expect(planDays([], 'America/Chicago')).toEqual([]);
  });

  const entriesOf = (talks: Parameters<typeof planDays>[0]) =>
    planDays(talks, 'America/Chicago')[0]?.entries.map((e) =>
      e.kind === 'talk' ? e.talk.id : `gap ${e.gap.start.slice(11, 16)}–${e.gap.end.slice(11, 16)}`,
    );

  it.each([
    {
      what: 'measures the gap after a nested talk from the end of the longer one',
      talks: [
        makeTalk('after', '12:30', '13:00'),
        makeTalk('inside', '10:30', '11:00'),
        makeTalk('long', '10:00', '12:00'),
      ],
      entries: ['long', 'inside', 'gap 12:00–12:30', 'after'],
      busyMinutes: 150,
    },
    {
      what: 'shows no gap between picks that touch, and counts both in full',
      talks: [makeTalk('second', '10:30', '11:00'), makeTalk('first', '10:00', '10:30')],
      entries: ['first', 'second'],
      busyMinutes: 60,
    },
    {
      what: 'lists picks that start together by their end, and measures the gap from the later end',
      talks: [
        makeTalk('long', '10:00', '10:45'),
        makeTalk('short', '10:00', '10:15'),
        makeTalk('next', '11:00', '11:30'),
      ],
      entries: ['short', 'long', 'gap 10:45–11:00', 'next'],
      busyMinutes: 75,
    },
  ])('$what', ({ talks, entries, busyMinutes }) => {
    expect(entriesOf(talks)).toEqual(entries);
    expect(planDays(talks, 'America/Chicago')[0]?.busyMinutes).toBe(busyMinutes);
  });
});
