import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { loadSchedule } from '@/domain/load-schedule';
import type { Talk } from '@/domain/schedule-schema';
import { diffSchedules, hasNoChanges, roomOf } from './diff-schedules';

const version1 = loadSchedule(raw).talks;
const byId = (id: string) => version1.find((talk) => talk.id === id)!;
const ids = (talks: readonly { id: string }[]) => talks.map((talk) => talk.id);

type RoomedTalk = Talk & { room?: string | null };
const inRoom = (talk: Talk, room: string | null | undefined): RoomedTalk =>
  room === undefined ? { ...talk } : { ...talk, room };

describe('diffSchedules on the bundled schedule and an edited copy', () => {
  // The tutorial (16:30–18:00 CST on 7 Nov in the source) moves to the next morning.
  const tutorialMoved = {
    ...byId('1R2on'),
    start: '2023-11-08T09:00:00-06:00',
    end: '2023-11-08T10:30:00-06:00',
  };
  const newTalk = makeTalk('fresh', '13:00', '13:30', { day: 8 });
  const version2 = [
    ...version1.filter((talk) => talk.id !== '1R2on' && talk.id !== '1R2ts'),
    tutorialMoved,
    newTalk,
  ];
  const changes = diffSchedules(version1, version2);

  it('names the moved talk with its old and new times', () => {
    expect(changes.moved).toHaveLength(1);
    const [move] = changes.moved;
    expect(move!.before.start).toBe('2023-11-07T16:30:00-06:00');
    expect(move!.before.end).toBe('2023-11-07T18:00:00-06:00');
    expect(move!.after.start).toBe('2023-11-08T09:00:00-06:00');
    expect(move!.after.end).toBe('2023-11-08T10:30:00-06:00');
  });

  it('names the talk the new version no longer has as cancelled, and the one it gained as added', () => {
    expect(ids(changes.cancelled)).toEqual(['1R2ts']);
    expect(changes.cancelled[0]!.title).toBe(
      'Service Mesh Battle Scars: Technology, Timing, and Tradeoffs',
    );
    expect(changes.added).toEqual([newTalk]);
    expect(changes.roomChanged).toEqual([]);
  });

  it('finds nothing between a schedule and itself, or a reordered copy of it', () => {
    expect(hasNoChanges(diffSchedules(version1, version1))).toBe(true);
    expect(hasNoChanges(diffSchedules(version1, [...version1].reverse()))).toBe(true);
    expect(hasNoChanges(changes)).toBe(false);
  });
});

describe('diffSchedules', () => {
  const talk = makeTalk('a', '09:15', '09:40');

  it('compares instants, not how they are written', () => {
    const sameTimeInUtc = {
      ...talk,
      start: '2023-11-06T15:15:00Z',
      end: '2023-11-06T15:40:00.000Z',
    };
    expect(hasNoChanges(diffSchedules([talk], [sameTimeInUtc]))).toBe(true);
  });

  it('counts a talk that only got longer as moved', () => {
    const longer = { ...talk, end: '2023-11-06T09:50:00-06:00' };
    expect(diffSchedules([talk], [longer]).moved).toEqual([{ before: talk, after: longer }]);
  });

  it('names a room change, a room given and a room taken away', () => {
    const before = [
      inRoom(makeTalk('moved-room', '10:00', '10:30'), 'Hall A'),
      inRoom(makeTalk('given-room', '11:00', '11:30'), null),
      inRoom(makeTalk('lost-room', '12:00', '12:30'), 'Room 2'),
      inRoom(makeTalk('same-room', '13:00', '13:30'), 'Room 3'),
      inRoom(makeTalk('never-room', '14:00', '14:30'), undefined),
    ];
    const after = [
      inRoom(before[0]!, 'Hall B'),
      inRoom(before[1]!, 'Room 7'),
      inRoom(before[2]!, null),
      inRoom(before[3]!, 'Room 3'),
      inRoom(before[4]!, null),
    ];
    const { roomChanged, moved } = diffSchedules(before, after);
    expect(roomChanged.map((c) => [c.after.id, roomOf(c.before), roomOf(c.after)])).toEqual([
      ['moved-room', 'Hall A', 'Hall B'],
      ['given-room', null, 'Room 7'],
      ['lost-room', 'Room 2', null],
    ]);
    expect(moved).toEqual([]);
  });

  it('names a talk both moved and in another room in both lists', () => {
    const before = inRoom(talk, 'Hall A');
    const after = {
      ...before,
      start: '2023-11-06T10:15:00-06:00',
      end: '2023-11-06T10:40:00-06:00',
      room: 'Hall B',
    };
    const changes = diffSchedules([before], [after]);
    expect(changes.moved).toEqual([{ before, after }]);
    expect(changes.roomChanged).toEqual([{ before, after }]);
  });

  it('lists each kind of change in time order', () => {
    const before = [makeTalk('late', '16:00', '16:30'), makeTalk('early', '09:00', '09:30')];
    const after = [
      { ...before[0]!, start: '2023-11-06T17:00:00-06:00', end: '2023-11-06T17:30:00-06:00' },
      { ...before[1]!, start: '2023-11-06T08:00:00-06:00', end: '2023-11-06T08:30:00-06:00' },
    ];
    expect(diffSchedules(before, after).moved.map((c) => c.after.id)).toEqual(['early', 'late']);
    expect(ids(diffSchedules(before, []).cancelled)).toEqual(['early', 'late']);
    expect(ids(diffSchedules([], before).added)).toEqual(['early', 'late']);
  });
});
