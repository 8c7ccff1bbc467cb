import * as v from 'valibot';

/**
 * The first thing valibot found wrong, in words: where (a dot path) and what.
 *
 * @example describeIssues(result.issues) // 'schedule.conference.days: expected Array but got undefined'
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'its shape is not as expected';
  const path = v.getDotPath(issue);
  const got = issue.received === 'undefined' ? 'it is missing' : issue.message;
  return path ? `${path}: ${got}` : got;
}
