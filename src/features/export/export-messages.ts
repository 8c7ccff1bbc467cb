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

/** Says that starred talks the schedule no longer has were, or will be, left out of the file. */
export function leftOutMessage(count: number, tense: 'was' | 'will be'): string {
  const verb = tense === 'was' ? (count === 1 ? 'was' : 'were') : 'will be';
  return count === 1
    ? `1 starred talk is no longer in the schedule and ${verb} left out.`
    : `${count} starred talks are no longer in the schedule and ${verb} left out.`;
}
