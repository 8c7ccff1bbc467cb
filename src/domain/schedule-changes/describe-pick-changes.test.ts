import { describe, expect, it } from 'vitest';
import { ids, version1, version2Talks } from '../../../tests/helpers/schedule-versions';
import { changedPicks } from './changed-picks';
import { describePickChanges } from './describe-pick-changes';
import { diffSchedules } from './diff-schedules';

// Intl puts thin and narrow no-break spaces around the dash and before AM/PM.
const plainSpaces = (lines: string[]) => lines.map((line) => line.replace(/[\u2009\u202f]/g, ' '));

describe('describePickChanges', () => {
  it('names each changed pick with its old and new time, in the zone shown', () => {
    const changes = changedPicks(diffSchedules(version1.talks, version2Talks), [
      ids.tutorial,
      ids.serviceMesh,
    ]);
    // Times from the source post (Tue 4:30–6:00 pm, Tue 5:25–6:00 pm) and the test's second release.
    expect(plainSpaces(describePickChanges(changes, 'America/Chicago'))).toEqual([
      '“Tutorial: Demystifying Cilium: Learn How to Build an eBPF CNI Plugin from Scratch” moved from Tue 4:30 – 6:00 PM to Wed 9:00 – 10:30 AM.',
      '“Service Mesh Battle Scars: Technology, Timing, and Tradeoffs” (Tue 5:25 – 6:00 PM) was cancelled; it stays in your plan under “No longer in the schedule”.',
    ]);
  });

  it('names a change of room', () => {
    const before = {
      id: 'a',
      title: 'Talk A',
      start: '2023-11-06T09:00:00-06:00',
      end: '2023-11-06T09:30:00-06:00',
      room: 'Hall A',
    };
    const after = { ...before, room: 'Hall B' };
    const changes = diffSchedules([before], [after]);
    expect(describePickChanges(changes, 'America/Chicago')).toEqual([
      '“Talk A” moved from Hall A to Hall B.',
    ]);
  });
});
