import type { PlanExport } from './export-plan-as-ics';
import { formatCount } from '@/domain/format-count';

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

/**
 * Why the export button is disabled, or what it will leave out; null when there is nothing to say.
 *
 * @example exportHint(0, 0) // "Star talks to export them."
 */
export function exportHint(talkCount: number, vanishedCount: number): string | null {
  if (talkCount === 0 && vanishedCount === 0) return 'Star talks to export them.';
  if (talkCount === 0) {
    return vanishedCount === 1
      ? 'Nothing to export: your starred talk is no longer in the schedule.'
      : `Nothing to export: your ${vanishedCount} starred talks are no longer in the schedule.`;
  }
  if (vanishedCount > 0) return leftOutMessage(vanishedCount, 'will be');
  return null;
}

/** Said when the calendar code cannot be fetched or built. */
export const EXPORT_FAILED_MESSAGE =
  'Could not create the calendar file. Please try again; your plan is unchanged.';

function leftOutMessage(count: number, tense: 'was' | 'will be'): string {
  const verb = tense === 'was' ? (count === 1 ? 'was' : 'were') : 'will be';
  return count === 1
    ? `1 starred talk is no longer in the schedule and ${verb} left out.`
    : `${count} starred talks are no longer in the schedule and ${verb} left out.`;
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinalSuffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "2nd", "3rd", "11th": English ordinals through Intl's plural rules. */
function ordinal(n: number): string {
  return `${n}${ordinalSuffixes[ordinalRules.select(n)] ?? 'th'}`;
}
