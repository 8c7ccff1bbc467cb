import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { groupByDay } from '@/domain/time/conference-day';
import { buildTimelineGrid } from './timeline-grid';
import { gridColumnsFor, timelineMinWidthRem, trackWeights } from './track-weights';

const counts = (entries: [string, number][]) => new Map(entries);

describe('trackWeights', () => {
  it('gives a sparse event half the room of a busy one', () => {
    const columns = [
      { event: 'CiliumCon', lanes: 1 },
      { event: 'ArgoCon', lanes: 1 },
    ];
    expect(
      trackWeights(
        columns,
        counts([
          ['CiliumCon', 14],
          ['ArgoCon', 1],
        ]),
      ),
    ).toEqual([2, 1]);
  });

  it('keeps events of similar size equal, each lane with its event’s weight', () => {
    const columns = [
      { event: 'A', lanes: 2 },
      { event: 'B', lanes: 1 },
    ];
    expect(
      trackWeights(
        columns,
        counts([
          ['A', 6],
          ['B', 3],
        ]),
      ),
    ).toEqual([2, 2, 2]);
    expect(
      trackWeights(
        columns,
        counts([
          ['A', 7],
          ['B', 3],
        ]),
      ),
    ).toEqual([2, 2, 1]);
  });

  it('weights the real Monday: CiliumCon wide, the one ArgoCon talk narrower', () => {
    const { conference, talks } = loadSchedule(raw);
    const monday = groupByDay(talks, conference.days, conference.timeZone).get('2023-11-06')!;
    const { columns } = buildTimelineGrid(monday, conference.columns);
    // Counted in the seed post: Monday has 14 CiliumCon talks and one ArgoCon talk.
    const perEvent = counts([
      ['CiliumCon', 14],
      ['ArgoCon', 1],
    ]);
    expect(columns.map((c) => c.event)).toEqual(['CiliumCon', 'ArgoCon']);
    expect(trackWeights(columns, perEvent)).toEqual([2, 1]);
  });
});

describe('gridColumnsFor', () => {
  it('puts the time axis first and never sets a minimum that could widen the page', () => {
    expect(gridColumnsFor([2, 1])).toBe('var(--axis-width) minmax(0, 2fr) minmax(0, 1fr)');
  });

  it('gives every lane a minimum width when the grid scrolls in its own frame', () => {
    expect(gridColumnsFor([2, 1], 12)).toBe(
      'var(--axis-width) minmax(12rem, 2fr) minmax(12rem, 1fr)',
    );
  });
});

describe('timelineMinWidthRem', () => {
  it('adds a minimum-width lane and its gap per lane to the time axis', () => {
    expect(timelineMinWidthRem(2)).toBe(31);
    expect(timelineMinWidthRem(1)).toBe(18.25);
    expect(timelineMinWidthRem(25)).toBe(324.25);
  });

  it('fits the real conference’s busiest day on a small laptop, not 25 tracks on a big one', () => {
    const remPx = 16;
    expect(timelineMinWidthRem(2) * remPx).toBeLessThan(641);
    expect(timelineMinWidthRem(25) * remPx).toBeGreaterThan(1366);
  });
});
