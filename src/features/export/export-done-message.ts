import type { PlanExport } from './export-plan-as-ics';
import { formatCount } from '@/domain/format-count';
import { leftOutMessage } from './export-messages';

// Loaded with the calendar code on the first export, so none of it is start-up JavaScript.

/**
 * What the user is told after an export; `repeat` counts identical exports in a row, so that a
 * second one reads differently and screen readers say it again.
 *
 * @example exportDoneMessage({ fileName: 'plan.ics', talkCount: 3, vanishedCount: 1, clashCount: 0, reminderMinutes: 0 })
 *   // "Downloaded plan.ics with 3 talks. 1 starred talk is no longer in the schedule and was left out."
 * @example exportDoneMessage({ fileName: 'plan.ics', talkCount: 3, vanishedCount: 0, clashCount: 0, reminderMinutes: 0 }, 2)
 *   // "Downloaded plan.ics again (2nd time) with 3 talks."
 */
export function exportDoneMessage(done: PlanExport, repeat = 1): string {
  const again = repeat > 1 ? ` again (${ordinal(repeat)} time)` : '';
  const parts = [
    `Downloaded ${done.fileName}${again} with ${formatCount(done.talkCount, 'talk')}.`,
  ];
  if (done.reminderMinutes > 0) {
    parts.push(`Each has a reminder ${done.reminderMinutes} minutes before.`);
  }
  if (done.clashCount > 0) {
    parts.push(
      done.clashCount === 1
        ? '1 clash is noted in the events’ descriptions.'
        : `${done.clashCount} clashes are noted in the events’ descriptions.`,
    );
  }
  if (done.vanishedCount > 0) parts.push(leftOutMessage(done.vanishedCount, 'was'));
  return parts.join(' ');
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinalSuffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "2nd", "3rd", "11th": English ordinals through Intl's plural rules. */
function ordinal(n: number): string {
  return `${n}${ordinalSuffixes[ordinalRules.select(n)] ?? 'th'}`;
}
