import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { nextInPlan } from './next-in-plan';

const tutorial = makeTalk('tutorial', '16:30', '18:00', { day: 7 });
const battle = makeTalk('battle', '17:25', '18:00', { day: 7 });
const secure = makeTalk('secure', '15:25', '16:00', { day: 7 });
const performance = makeTalk('performance', '16:30', '17:05', { day: 8 });
const lightning = makeTalk('lightning', '12:10', '12:15', { day: 6 });
const picks = [battle, performance, tutorial, lightning, secure];

/** A moment on a conference day in Chicago (CST, UTC-6 that week). */
const at = (day: number, time: string) => Date.parse(`2023-11-0${day}T${time}:00-06:00`);
const summary = (nowMs: number) => {
  const { onNow, next } = nextInPlan(picks, nowMs);
  return {
    onNow: onNow.map((pick) => `${pick.talk.id} ends in ${pick.endsInMinutes}`),
    next: next && `${next.talk.id} starts in ${next.startsInMinutes}`,
  };
};

describe('nextInPlan', () => {
  it('before the conference, names the first pick of all and nothing on now', () => {
    expect(summary(Date.parse('2023-11-01T09:00:00-05:00'))).toEqual({
      onNow: [],
      // Summer time ended on 5 Nov, so 9:00 CDT to 12:10 CST five days on is 5 days 4 h 10 min.
      next: `lightning starts in ${5 * 24 * 60 + 4 * 60 + 10}`,
    });
  });

  it('between talks, names the next one and how long until it starts', () => {
    expect(summary(at(7, '16:10'))).toEqual({ onNow: [], next: 'tutorial starts in 20' });
  });

  it('during a talk, says it is on and when it ends, and still names the next', () => {
    expect(summary(at(7, '16:45'))).toEqual({
      onNow: ['tutorial ends in 75'],
      next: 'battle starts in 40',
    });
  });

  it('during two clashing talks, lists both, the earlier end first', () => {
    expect(summary(at(7, '17:30'))).toEqual({
      onNow: ['battle ends in 30', 'tutorial ends in 30'],
      next: 'performance starts in 1380',
    });
  });

  it('counts a talk as on from its first minute and over at its end', () => {
    expect(summary(at(7, '15:25')).onNow).toEqual(['secure ends in 35']);
    expect(summary(at(7, '16:00'))).toEqual({ onNow: [], next: 'tutorial starts in 30' });
  });

  it('rounds part minutes up, so a talk never starts "in 0 min" before it does', () => {
    expect(summary(at(7, '16:29') + 30_000).next).toBe('tutorial starts in 1');
  });

  it('across days, the next pick is the first on a later day', () => {
    expect(summary(at(6, '20:00'))).toEqual({
      onNow: [],
      next: `secure starts in ${19 * 60 + 25}`,
    });
  });

  it('after the last pick, has nothing on and nothing next', () => {
    expect(summary(at(8, '17:05'))).toEqual({ onNow: [], next: null });
  });

  it('with no picks, has nothing', () => {
    expect(nextInPlan([], at(7, '16:45'))).toEqual({ onNow: [], next: null });
  });

  it('lists two talks on now by their ends, whatever order the plan gives them in', () => {
    const long = makeTalk('long', '10:00', '11:00', { day: 9 });
    const short = makeTalk('short', '10:15', '10:30', { day: 9 });
    const { onNow } = nextInPlan([long, short], at(9, '10:20'));
    expect(onNow.map((pick) => [pick.talk.id, pick.endsInMinutes])).toEqual([
      ['short', 10],
      ['long', 40],
    ]);
  });
});
