import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { findTightChanges } from './find-tight-changes';

const describeChanges = (changes: ReturnType<typeof findTightChanges>) =>
  changes.map((c) => `${c.from.id}>${c.to.id}:${c.gapMinutes}`);

describe('findTightChanges', () => {
  it('flags a short change between different events', () => {
    const talks = [
      makeTalk('k', '10:20', '11:00', { column: 'KubeCon + CloudNativeCon' }),
      makeTalk('c', '09:50', '10:15', { column: 'CiliumCon' }),
    ];
    expect(describeChanges(findTightChanges(talks, 10))).toEqual(['c>k:5']);
  });

  it('leaves a short change within one event alone', () => {
    const talks = [makeTalk('a', '09:50', '10:15'), makeTalk('b', '10:20', '10:25')];
    expect(findTightChanges(talks, 10)).toEqual([]);
  });

  it('leaves a change at or above the threshold alone', () => {
    const talks = [
      makeTalk('c', '09:50', '10:15'),
      makeTalk('k', '10:25', '11:00', { column: 'ArgoCon' }),
    ];
    expect(findTightChanges(talks, 10)).toEqual([]);
    expect(describeChanges(findTightChanges(talks, 11))).toEqual(['c>k:10']);
  });

  it('counts touching talks at different events as a zero-minute change', () => {
    const talks = [
      makeTalk('argo', '12:10', '12:15', { column: 'ArgoCon' }),
      makeTalk('cilium', '12:15', '12:40'),
    ];
    expect(describeChanges(findTightChanges(talks, 10))).toEqual(['argo>cilium:0']);
  });

  it('does not call overlapping picks tight; they are clashes', () => {
    const talks = [
      makeTalk('a', '10:00', '10:30'),
      makeTalk('b', '10:20', '10:40', { column: 'ArgoCon' }),
    ];
    expect(findTightChanges(talks, 10)).toEqual([]);
  });

  it('measures from the talk that ends last when one contains another', () => {
    const talks = [
      makeTalk('long', '16:30', '18:00', { column: 'KubeCon + CloudNativeCon' }),
      makeTalk('inside', '16:40', '17:00', { column: 'KubeCon + CloudNativeCon' }),
      makeTalk('next', '18:05', '18:30', { column: 'ArgoCon' }),
    ];
    expect(describeChanges(findTightChanges(talks, 10))).toEqual(['long>next:5']);
  });

  it('flags each change of three picks in a row, alternating events', () => {
    const talks = [
      makeTalk('c2', '11:05', '11:30'),
      makeTalk('c1', '10:00', '10:30'),
      makeTalk('argo', '10:35', '11:00', { column: 'ArgoCon' }),
    ];
    expect(describeChanges(findTightChanges(talks, 10))).toEqual(['c1>argo:5', 'argo>c2:5']);
  });

  it('measures from the previous pick even when that change was within one event', () => {
    const talks = [
      makeTalk('c1', '10:00', '10:30'),
      makeTalk('c2', '10:35', '11:00'),
      makeTalk('argo', '11:05', '11:30', { column: 'ArgoCon' }),
    ];
    expect(describeChanges(findTightChanges(talks, 10))).toEqual(['c2>argo:5']);
  });

  it('of picks that start together, walks out of the one that ends later', () => {
    const talks = [
      makeTalk('long', '10:00', '10:40'),
      makeTalk('short', '10:00', '10:20', { column: 'KubeCon + CloudNativeCon' }),
      makeTalk('argo', '10:45', '11:00', { column: 'ArgoCon' }),
    ];
    expect(describeChanges(findTightChanges(talks, 10))).toEqual(['long>argo:5']);
  });
});

describe('findTightChanges between rooms', () => {
  const roomOf = (talk: { room: string | null }) => talk.room;
  const inRoom = (id: string, from: string, to: string, room: string | null) =>
    makeTalk(id, from, to, { room, column: room ?? 'No room' });

  it('flags a change of room with less than the walking time', () => {
    const talks = [
      inRoom('a', '10:00', '10:25', 'Janson'),
      inRoom('b', '10:28', '11:00', 'H.1302'),
    ];
    expect(findTightChanges(talks, 5, roomOf)).toMatchObject([
      { fromPlace: 'Janson', toPlace: 'H.1302', gapMinutes: 3 },
    ]);
  });

  it('leaves a change within one room alone, however short', () => {
    const talks = [
      inRoom('a', '10:00', '10:25', 'Janson'),
      inRoom('b', '10:25', '11:00', 'Janson'),
    ];
    expect(findTightChanges(talks, 5, roomOf)).toEqual([]);
  });

  it('leaves a change of room that allows the walking time alone', () => {
    const talks = [
      inRoom('a', '10:00', '10:25', 'Janson'),
      inRoom('b', '10:30', '11:00', 'K.1.105'),
    ];
    expect(findTightChanges(talks, 5, roomOf)).toEqual([]);
    expect(describeChanges(findTightChanges(talks, 6, roomOf))).toEqual(['a>b:5']);
  });

  it('never calls a change tight when a room is unknown', () => {
    const talks = [inRoom('a', '10:00', '10:25', null), inRoom('b', '10:26', '11:00', 'Janson')];
    expect(findTightChanges(talks, 5, roomOf)).toEqual([]);
  });

  it('tells places by the rule given, not by the grid column', () => {
    // Two events in the bundled grid, but the same room: no walk.
    const talks = [
      makeTalk('a', '10:00', '10:25', { column: 'CiliumCon', room: 'Hall F' }),
      makeTalk('b', '10:26', '11:00', { column: 'ArgoCon', room: 'Hall F' }),
    ];
    expect(findTightChanges(talks, 5, roomOf)).toEqual([]);
    expect(describeChanges(findTightChanges(talks, 5))).toEqual(['a>b:1']);
  });
});
