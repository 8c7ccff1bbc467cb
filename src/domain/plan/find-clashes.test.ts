import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { findClashes, type PlanClashes } from './find-clashes';

const pairs = (clashes: PlanClashes) =>
  clashes.list().map((c) => `${c.a.id}-${c.b.id}:${c.overlapMinutes}`);

describe('findClashes', () => {
  it('does not flag talks that merely touch', () => {
    const talks = [makeTalk('lightning', '12:10', '12:15'), makeTalk('tetragon', '12:15', '12:40')];
    expect(findClashes(talks).list()).toEqual([]);
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

  it('orders talks sharing a start by their end, then by id', () => {
    const talks = [
      makeTalk('long', '10:00', '11:00'),
      makeTalk('short', '10:00', '10:30'),
      makeTalk('b-same', '10:00', '10:30'),
    ];
    expect(pairs(findClashes(talks))).toEqual([
      'b-same-short:30',
      'b-same-long:30',
      'short-long:30',
    ]);
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
    expect(findClashes(talks).list()).toEqual([]);
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
    const clashes = findClashes(talks.reverse()).list();
    expect(clashes).toHaveLength(5_000);
    expect(
      clashes.every((c) => c.a.id.slice(1) === c.b.id.slice(1) && c.overlapMinutes === 10),
    ).toBe(true);
  });
});

describe('clashes with one talk', () => {
  it('lists each talk with the others it overlaps', () => {
    const a = makeTalk('a', '10:00', '10:30');
    const b = makeTalk('b', '10:10', '10:40');
    const c = makeTalk('c', '10:20', '11:00');
    const clashes = findClashes([a, b, c]);
    expect(clashes.with('b').map((w) => `${w.other.id}:${w.overlapMinutes}`)).toEqual([
      'a:20',
      'c:20',
    ]);
    expect(clashes.with('a').map((w) => w.other.id)).toEqual(['b', 'c']);
  });

  it('has no entry for a talk without clashes', () => {
    const clashes = findClashes([makeTalk('solo', '10:00', '10:30')]);
    expect(clashes.with('solo')).toEqual([]);
  });
});

describe('findClashes against every pair compared directly', () => {
  it('finds the same clashes, and each talk the same others, in a crowded seeded day', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const base = Date.UTC(2023, 10, 6, 15);
    const talks = Array.from({ length: 300 }, (_, i) => {
      const start = base + Math.floor(random() * 48) * 5 * 60_000;
      const end = start + (1 + Math.floor(random() * 18)) * 5 * 60_000;
      return {
        ...makeTalk(`t${i}`, '00:00', '00:01'),
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
      };
    });
    const expected = new Map<string, string[]>();
    for (const x of talks) {
      for (const y of talks) {
        const overlap =
          Math.min(Date.parse(x.end), Date.parse(y.end)) -
          Math.max(Date.parse(x.start), Date.parse(y.start));
        if (x !== y && overlap > 0) {
          expected.set(x.id, [...(expected.get(x.id) ?? []), `${y.id}:${overlap / 60_000}`]);
        }
      }
    }
    const clashes = findClashes(talks);
    const expectedPairs = [...expected.values()].reduce((sum, list) => sum + list.length, 0) / 2;
    expect(clashes.length).toBe(expectedPairs);
    expect(clashes.list()).toHaveLength(expectedPairs);
    for (const talk of talks) {
      const found = clashes.with(talk.id).map((w) => `${w.other.id}:${w.overlapMinutes}`);
      expect(found.sort()).toEqual((expected.get(talk.id) ?? []).sort());
    }
  });
});
