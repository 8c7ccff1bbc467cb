import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { groupByDay } from '@/domain/time/conference-day';
import { buildTimelineGrid } from './timeline-grid';
import {
  gridColumnsFor,
  LANE_MIN_REM,
  talksByEvent,
  timelineMaxWidthRem,
  timelineMinWidthRem,
  trackWeights,
} from './track-weights';

const counts = (entries: [string, number][]) => new Map(entries);

describe('talksByEvent', () => {
  it('counts each event’s talks', () => {
    expect(
      talksByEvent([{ column: 'CiliumCon' }, { column: 'ArgoCon' }, { column: 'CiliumCon' }]),
    ).toEqual(
      new Map([
        ['CiliumCon', 2],
        ['ArgoCon', 1],
      ]),
    );
  });
});

describe('trackWeights', () => {
  const twoEvents = [
    { event: 'A', lanes: 1 },
    { event: 'B', lanes: 1 },
  ];

  it('gives the fullest event a reading width and a nearly empty one the floor', () => {
    const [full, sparse] = trackWeights(
      twoEvents,
      counts([
        ['A', 14],
        ['B', 1],
      ]),
    );
    expect(full).toBe(44);
    expect(sparse).toBeGreaterThanOrEqual(LANE_MIN_REM);
    expect(sparse! / full!).toBeLessThan(0.5);
  });

  it('keeps events of equal size equal, each lane with its event’s width', () => {
    expect(
      trackWeights(
        [
          { event: 'A', lanes: 2 },
          { event: 'B', lanes: 1 },
        ],
        counts([
          ['A', 6],
          ['B', 6],
        ]),
      ),
    ).toEqual([44, 44, 44]);
  });

  it('widens a lane with its event’s talks', () => {
    const widths = [4, 6, 8, 10].map(
      (talks) =>
        trackWeights(
          twoEvents,
          counts([
            ['A', 10],
            ['B', talks],
          ]),
        )[1]!,
    );
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(4);
  });

  it('on the real Monday, gives the one ArgoCon talk under a third of the lanes', () => {
    const { conference, talks } = loadSchedule(raw);
    const monday = groupByDay(talks, conference.days, conference.timeZone).get('2023-11-06')!;
    const { columns } = buildTimelineGrid(monday, conference.columns);
    expect(columns.map((c) => c.event)).toEqual(['CiliumCon', 'ArgoCon']);
    // Counted in the seed post: Monday has 14 CiliumCon talks and one ArgoCon talk.
    expect(talksByEvent(monday)).toEqual(
      counts([
        ['CiliumCon', 14],
        ['ArgoCon', 1],
      ]),
    );
    const [cilium, argo] = trackWeights(columns, talksByEvent(monday));
    expect(argo! / (cilium! + argo!)).toBeLessThan(1 / 3);
    // At 1366 px the whole grid fits beside the page's margins: no lane squeezed below its width.
    expect(timelineMaxWidthRem([cilium!, argo!]) * 16).toBeLessThan(1366 - 2 * 24);
  });

  it('caps a day with one event at a reading width, not the screen’s', () => {
    const widths = trackWeights([{ event: 'KubeCon', lanes: 1 }], counts([['KubeCon', 3]]));
    expect(timelineMaxWidthRem(widths) * 16).toBeLessThan(900);
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
