import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { loadSchedule } from '@/domain/load-schedule';
import type { Talk } from '@/domain/schedule-schema';
import { resolveClashes } from './resolve-clashes';

const ids = (talks: readonly { id: string }[]) => talks.map((talk) => talk.id);

/** Half-open overlap, written out here so the tests do not lean on the code they check. */
const overlap = (x: Talk, y: Talk) =>
  Date.parse(x.start) < Date.parse(y.end) && Date.parse(y.start) < Date.parse(x.end);

const clashFree = (talks: readonly Talk[]) =>
  talks.every((x, i) => talks.slice(i + 1).every((y) => !overlap(x, y)));

/** [must-see kept, picks kept, minutes kept] of a choice. */
const weightOf = (talks: readonly Talk[], mustSee: ReadonlySet<string>) => [
  talks.filter((talk) => mustSee.has(talk.id)).length,
  talks.length,
  talks.reduce((sum, t) => sum + (Date.parse(t.end) - Date.parse(t.start)) / 60_000, 0),
];

const heavier = (x: number[], y: number[]) => {
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
};

/** The best weight over every subset of the picks: the slow, obviously right answer. */
function bruteForceBest(picks: readonly Talk[], mustSee: ReadonlySet<string>): number[] {
  let best = [0, 0, 0];
  for (let mask = 0; mask < 1 << picks.length; mask += 1) {
    const chosen = picks.filter((_, i) => mask & (1 << i));
    if (!clashFree(chosen)) continue;
    const weight = weightOf(chosen, mustSee);
    if (heavier(weight, best)) best = weight;
  }
  return best;
}

/** Up to 11 talks of 5 to 90 minutes on a five-minute grid in one morning: many clashes, many touches. */
const plans = fc
  .array(
    fc.record({
      startSlot: fc.integer({ min: 0, max: 36 }),
      lengthSlots: fc.integer({ min: 1, max: 18 }),
      mustSee: fc.boolean(),
    }),
    { maxLength: 11 },
  )
  .map((shapes) => {
    const clock = (slot: number) => {
      const minutes = 9 * 60 + slot * 5;
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    };
    const picks = shapes.map((shape, i) =>
      makeTalk(`t${i}`, clock(shape.startSlot), clock(shape.startSlot + shape.lengthSlots)),
    );
    const mustSee = new Set(picks.filter((_, i) => shapes[i]!.mustSee).map((talk) => talk.id));
    return { picks, mustSee };
  });

const RUNS = { seed: 16, numRuns: 400 };

describe('resolveClashes on random small plans, against a brute force over every subset', () => {
  it('keeps a clash-free plan and drops exactly the rest', () => {
    fc.assert(
      fc.property(plans, ({ picks, mustSee }) => {
        const { kept, dropped } = resolveClashes(picks, mustSee);
        expect(clashFree(kept)).toBe(true);
        expect([...ids(kept), ...ids(dropped)].sort()).toEqual(ids(picks).sort());
      }),
      RUNS,
    );
  });

  it('reaches the best weight any subset reaches: must-see picks, then picks, then minutes', () => {
    fc.assert(
      fc.property(plans, ({ picks, mustSee }) => {
        const { kept, weight } = resolveClashes(picks, mustSee);
        const best = bruteForceBest(picks, mustSee);
        expect(weightOf(kept, mustSee)).toEqual(best);
        expect([weight.mustSee, weight.picks, weight.minutes]).toEqual(best);
      }),
      RUNS,
    );
  });

  it('drops a must-see pick only for another must-see pick it clashes with', () => {
    fc.assert(
      fc.property(plans, ({ picks, mustSee }) => {
        const { kept, dropped } = resolveClashes(picks, mustSee);
        const keptMustSee = kept.filter((talk) => mustSee.has(talk.id));
        for (const talk of dropped.filter((t) => mustSee.has(t.id))) {
          expect(keptMustSee.some((other) => overlap(talk, other))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps every must-see pick whenever the must-see picks do not clash among themselves', () => {
    fc.assert(
      fc.property(plans, ({ picks, mustSee }) => {
        fc.pre(clashFree(picks.filter((talk) => mustSee.has(talk.id))));
        const { dropped } = resolveClashes(picks, mustSee);
        expect(dropped.filter((talk) => mustSee.has(talk.id))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('drops only picks that clash with one it keeps', () => {
    fc.assert(
      fc.property(plans, ({ picks, mustSee }) => {
        const { kept, dropped } = resolveClashes(picks, mustSee);
        for (const talk of dropped) expect(kept.some((other) => overlap(talk, other))).toBe(true);
      }),
      RUNS,
    );
  });

  it('among equally good choices keeps the one whose last talk ends earliest, then the one before', () => {
    fc.assert(
      fc.property(plans, ({ picks, mustSee }) => {
        const endOrder = [...picks].sort(
          (x, y) =>
            Date.parse(x.end) - Date.parse(y.end) ||
            Date.parse(x.start) - Date.parse(y.start) ||
            (x.id < y.id ? -1 : 1),
        );
        // A choice's talks by end order, latest first: the smaller list is the preferred choice.
        const ranksFromLast = (talks: readonly Talk[]) =>
          talks.map((talk) => endOrder.indexOf(talk)).sort((x, y) => y - x);
        const best = bruteForceBest(picks, mustSee);
        let preferred: number[] | null = null;
        for (let mask = 0; mask < 1 << picks.length; mask += 1) {
          const chosen = picks.filter((_, i) => mask & (1 << i));
          if (!clashFree(chosen) || heavier(best, weightOf(chosen, mustSee))) continue;
          const ranks = ranksFromLast(chosen);
          if (preferred === null || heavier(preferred, ranks)) preferred = ranks;
        }
        expect(ranksFromLast(resolveClashes(picks, mustSee).kept)).toEqual(preferred);
      }),
      RUNS,
    );
  });

  it('gives the same answer whatever order the picks come in', () => {
    fc.assert(
      fc.property(
        plans.chain((plan) =>
          fc.tuple(
            fc.constant(plan),
            fc.shuffledSubarray(plan.picks, { minLength: plan.picks.length }),
          ),
        ),
        ([{ picks, mustSee }, shuffled]) => {
          const first = resolveClashes(picks, mustSee);
          const second = resolveClashes(shuffled, mustSee);
          expect(ids(second.kept)).toEqual(ids(first.kept));
          expect(ids(second.dropped)).toEqual(ids(first.dropped));
        },
      ),
      RUNS,
    );
  });
});

describe('resolveClashes by example', () => {
  it('keeps talks that merely touch', () => {
    const picks = [makeTalk('lightning', '12:10', '12:15'), makeTalk('tetragon', '12:15', '12:40')];
    expect(ids(resolveClashes(picks, new Set()).kept)).toEqual(['lightning', 'tetragon']);
  });

  it('prefers more talks over more minutes', () => {
    const picks = [
      makeTalk('long', '09:00', '11:00'),
      makeTalk('first', '09:00', '09:30'),
      makeTalk('second', '10:00', '10:30'),
    ];
    const result = resolveClashes(picks, new Set());
    expect(ids(result.kept)).toEqual(['first', 'second']);
    expect(ids(result.dropped)).toEqual(['long']);
    expect(result.weight).toEqual({ mustSee: 0, picks: 2, minutes: 60 });
  });

  it('gives up two ordinary picks to keep one must-see pick', () => {
    const picks = [
      makeTalk('long', '09:00', '11:00'),
      makeTalk('first', '09:00', '09:30'),
      makeTalk('second', '10:00', '10:30'),
    ];
    const result = resolveClashes(picks, new Set(['long']));
    expect(ids(result.kept)).toEqual(['long']);
    expect(ids(result.dropped)).toEqual(['first', 'second']);
  });

  it('on a tie keeps the talk that ends first', () => {
    const picks = [makeTalk('later', '10:15', '10:45'), makeTalk('earlier', '10:00', '10:30')];
    expect(ids(resolveClashes(picks, new Set()).kept)).toEqual(['earlier']);
  });

  it('on a tie between talks at the same times keeps the first id', () => {
    const picks = [makeTalk('b', '10:00', '10:30'), makeTalk('a', '10:00', '10:30')];
    expect(ids(resolveClashes(picks, new Set()).kept)).toEqual(['a']);
  });

  it('ignores must-see ids that are not among the picks, and handles an empty plan', () => {
    expect(resolveClashes([], new Set(['gone']))).toEqual({
      kept: [],
      dropped: [],
      weight: { mustSee: 0, picks: 0, minutes: 0 },
    });
  });
});

describe('the bundled Tuesday clash', () => {
  const talks = loadSchedule(raw).talks;
  const byTitle = (prefix: string) => talks.find((talk) => talk.title.startsWith(prefix))!;
  const tutorial = byTitle('Tutorial: Demystifying Cilium');
  const serviceMesh = byTitle('Service Mesh Battle Scars');
  const tuesday = talks.filter((talk) => talk.start.startsWith('2023-11-07'));

  it('keeps the longer tutorial when neither is a must-see pick', () => {
    const result = resolveClashes([serviceMesh, tutorial], new Set());
    expect(result.kept).toEqual([tutorial]);
    expect(result.dropped).toEqual([serviceMesh]);
    // 16:30–18:00 in the source.
    expect(result.weight).toEqual({ mustSee: 0, picks: 1, minutes: 90 });
  });

  it('keeps "Service Mesh Battle Scars" when it is a must-see pick, dropping only the tutorial', () => {
    const result = resolveClashes(tuesday, new Set([serviceMesh.id]));
    expect(tuesday.length).toBeGreaterThan(2);
    expect(result.kept).toContain(serviceMesh);
    expect(result.dropped).toEqual([tutorial]);
    expect(clashFree(result.kept)).toBe(true);
  });
});
