import { describe, expect, it } from 'vitest';
import { exportDoneMessage } from './export-done-message';
import { exportHint } from './export-messages';

const done = {
  fileName: 'kubecon-na-2023-my-plan.ics',
  talkCount: 1,
  vanishedCount: 0,
  clashCount: 0,
  reminderMinutes: 0,
};

describe('export messages', () => {
  it('reports a plain export in one sentence', () => {
    expect(exportDoneMessage(done)).toBe('Downloaded kubecon-na-2023-my-plan.ics with 1 talk.');
  });

  it('adds the reminder, clashes and vanished picks when there are any', () => {
    expect(
      exportDoneMessage({
        ...done,
        talkCount: 4,
        vanishedCount: 2,
        clashCount: 2,
        reminderMinutes: 5,
      }),
    ).toBe(
      'Downloaded kubecon-na-2023-my-plan.ics with 4 talks. Each has a reminder 5 minutes before. 2 clashes are noted in the events’ descriptions. 2 starred talks are no longer in the schedule and were left out.',
    );
  });

  it('explains why there is nothing to export, and says nothing when all is well', () => {
    expect(exportHint(0, 0)).toBe('Star talks to export them.');
    expect(exportHint(0, 1)).toBe(
      'Nothing to export: your starred talk is no longer in the schedule.',
    );
    expect(exportHint(3, 1)).toBe(
      '1 starred talk is no longer in the schedule and will be left out.',
    );
    expect(exportHint(3, 0)).toBeNull();
  });
});
