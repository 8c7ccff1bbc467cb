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
});
