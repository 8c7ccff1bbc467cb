import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { changedPicks, changedTalkIds } from './changed-picks';
import { diffSchedules, roomOf } from './diff-schedules';

const moved = makeTalk('moved', '09:00', '09:30');
const movedPick = makeTalk('moved-pick', '10:00', '10:30');
const roomPick = { ...makeTalk('room-pick', '11:00', '11:30'), room: 'Hall A' };
const cancelledPick = makeTalk('cancelled-pick', '12:00', '12:30');
const cancelled = makeTalk('cancelled', '13:00', '13:30');
const unchangedPick = makeTalk('unchanged-pick', '14:00', '14:30');
const returningPick = makeTalk('returning-pick', '15:00', '15:30');
const added = makeTalk('added', '16:00', '16:30');

/** The same talk at other Chicago wall-clock times on its day, 6 Nov. */
const at = (talk: typeof moved, from: string, to: string) => ({
  ...talk,
  start: `2023-11-06T${from}:00-06:00`,
  end: `2023-11-06T${to}:00-06:00`,
});

const before = [moved, movedPick, roomPick, cancelledPick, cancelled, unchangedPick];
const after = [
  at(moved, '09:30', '10:00'),
  at(movedPick, '11:00', '11:30'),
  { ...roomPick, room: 'Hall B' },
  unchangedPick,
  returningPick,
  added,
];
const picks = ['moved-pick', 'room-pick', 'cancelled-pick', 'unchanged-pick', 'returning-pick'];

describe('changedPicks', () => {
  const changes = changedPicks(diffSchedules(before, after), picks);

  it('keeps only the changes to picked talks', () => {
    expect(changes.moved.map((c) => c.after.id)).toEqual(['moved-pick']);
    expect(changes.moved[0]!.before.start).toBe('2023-11-06T10:00:00-06:00');
    expect(changes.moved[0]!.after.start).toBe('2023-11-06T11:00:00-06:00');
    expect(changes.roomChanged.map((c) => [roomOf(c.before), roomOf(c.after)])).toEqual([
      ['Hall A', 'Hall B'],
    ]);
    expect(changes.cancelled).toEqual([cancelledPick]);
  });

  it('names a pick whose talk came back after it had vanished', () => {
    expect(changes.added).toEqual([returningPick]);
  });

  it('finds nothing for a plan none of whose talks changed', () => {
    expect(changedPicks(diffSchedules(before, after), ['unchanged-pick'])).toEqual({
      moved: [],
      roomChanged: [],
      cancelled: [],
      added: [],
    });
  });
});

describe('changedTalkIds', () => {
  it('names every talk the diff names, once', () => {
    const both = { ...roomPick, room: 'Hall C', start: '2023-11-06T11:05:00-06:00' };
    const ids = changedTalkIds(diffSchedules(before, [...after.slice(0, 2), both, unchangedPick]));
    expect([...ids].sort()).toEqual([
      'cancelled',
      'cancelled-pick',
      'moved',
      'moved-pick',
      'room-pick',
    ]);
  });
});
