import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { groupByDay } from '@/domain/time/conference-day';
import { buildTimelineGrid } from './timeline-grid';

/** The shortest block the timeline draws, tall enough for a title and a star. */
const MIN_BLOCK_PX = 76;

const { conference, talks } = loadSchedule(raw);
const byDay = groupByDay(talks, conference.days, conference.timeZone);
const gridFor = (day: string) => buildTimelineGrid(byDay.get(day) ?? [], conference.columns);

describe('buildTimelineGrid on the real schedule', () => {
  it('gives Monday’s five-minute talks full-size blocks that no other block covers', () => {
    const { layout, talkColumns } = gridFor('2023-11-06');
    const five = ['1RqIt', '1RqJH', '1Rj31'];
    for (const id of five) {
      const item = layout.items.find((i) => i.id === id)!;
      expect(item.heightPx).toBeGreaterThanOrEqual(MIN_BLOCK_PX);
      const [from, to] = talkColumns.get(id)!;
      const coveredBy = layout.items.filter((other) => {
        if (other.id === id) return false;
        const [otherFrom, otherTo] = talkColumns.get(other.id)!;
        const sameColumns = otherFrom < to && from < otherTo;
        const sameRows = other.rowStart < item.rowEnd && item.rowStart < other.rowEnd;
        return sameColumns && sameRows;
      });
      expect(coveredBy).toEqual([]);
    }
  });

  it('shows only events with talks that day, in the conference’s order', () => {
    expect(gridFor('2023-11-06').columns.map((c) => c.event)).toEqual(['CiliumCon', 'ArgoCon']);
  });

  it('sets Tuesday’s overlapping tutorial and panel side by side', () => {
    const { talkColumns } = gridFor('2023-11-07');
    expect(talkColumns.get('1R2on')).toEqual([2, 3]);
    expect(talkColumns.get('1R2ts')).toEqual([3, 4]);
    // A talk with nothing beside it spans both lanes.
    expect(talkColumns.get('1R2tD')).toEqual([2, 4]);
  });
});
