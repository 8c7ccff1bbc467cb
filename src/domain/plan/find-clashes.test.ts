import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { clashesByTalk, findClashes, type Clash } from './find-clashes';

const pairs = (clashes: Clash[]) => clashes.map((c) => `${c.a.id}-${c.b.id}:${c.overlapMinutes}`);

describe('findClashes', () => {
  it('does not flag talks that merely touch', () => {
    const talks = [makeTalk('lightning', '12:10', '12:15'), makeTalk('tetragon', '12:15', '12:40')];
    expect(findClashes(talks)).toEqual([]);
  });

  it('flags a partial overlap with its length in minutes', () => {
    const talks = [makeTalk('late', '09:30', '10:00'), makeTalk('early', '09:00', '09:40')];
    expect(pairs(findClashes(talks))).toEqual(['early-late:10']);
  });

  it('flags a talk contained in a longer one', () => {
    const talks = [makeTalk('tutorial', '16:30', '18:00'), makeTalk('battle', '17:25', '18:00')];
    expect(pairs(findClashes(talks))).toEqual(['tutorial-battle:35']);
  });

  it('flags talks at identical times', () => {
    const talks = [makeTalk('x', '10:00', '10:30'), makeTalk('y', '10:00', '10:30')];
    expect(pairs(findClashes(talks))).toEqual(['x-y:30']);
  });

  it('flags every pair of a three-way clash', () => {
    const talks = [
      makeTalk('c', '10:20', '11:00'),
      makeTalk('a', '10:00', '10:30'),
      makeTalk('b', '10:10', '10:40'),
    ];
    expect(pairs(findClashes(talks))).toEqual(['a-b:20', 'a-c:10', 'b-c:20']);
  });

  it('compares talks across days by instant, not by clock time', () => {
    const talks = [
      makeTalk('mon', '10:00', '11:00', { day: 6 }),
      makeTalk('tue', '10:00', '11:00', { day: 7 }),
    ];
    expect(findClashes(talks)).toEqual([]);
  });

  it('finds a clash across midnight', () => {
    const late = { ...makeTalk('late', '23:30', '23:59'), end: '2023-11-07T00:30:00-06:00' };
    const early = makeTalk('early', '00:00', '01:00', { day: 7 });
    expect(pairs(findClashes([early, late]))).toEqual(['late-early:30']);
  });

  it('finds exactly the expected clashes among 10,000 picks', () => {
    // Pairs of talks every hour: each pair overlaps by 10 minutes, and each pair only touches the next.
    const talks = [];
    for (let i = 0; i < 5_000; i += 1) {
      const base = Date.UTC(2023, 10, 6, 15) + i * 3_600_000;
      const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
      talks.push({ ...makeTalk(`p${i}`, '00:00', '00:01'), start: at(0), end: at(40) });
      talks.push({ ...makeTalk(`q${i}`, '00:00', '00:01'), start: at(30), end: at(60) });
    }
    const clashes = findClashes(talks.reverse());
    expect(clashes).toHaveLength(5_000);
    expect(
      clashes.every((c) => c.a.id.slice(1) === c.b.id.slice(1) && c.overlapMinutes === 10),
    ).toBe(true);
  });
});

describe('clashesByTalk', () => {
  it('lists each talk with the others it overlaps', () => {
    const a = makeTalk('a', '10:00', '10:30');
    const b = makeTalk('b', '10:10', '10:40');
    const c = makeTalk('c', '10:20', '11:00');
    const byTalk = clashesByTalk(findClashes([a, b, c]));
    expect(byTalk.get('b')?.map((w) => `${w.other.id}:${w.overlapMinutes}`)).toEqual([
      'a:20',
      'c:20',
    ]);
    expect(byTalk.get('a')?.map((w) => w.other.id)).toEqual(['b', 'c']);
  });

  it('has no entry for a talk without clashes', () => {
    const byTalk = clashesByTalk(findClashes([makeTalk('solo', '10:00', '10:30')]));
    expect(byTalk.has('solo')).toBe(false);
  });
});
