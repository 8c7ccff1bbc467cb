import * as v from 'valibot';
import { ImportProblem } from './import-problem';

/**
 * The first thing valibot found wrong, in words: where (a dot path) and what.
 *
 * @example describeIssues(result.issues) // 'schedule.conference.days: expected Array but got undefined'
 */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'its shape is not as expected';
  const path = v.getDotPath(issue);
  const got = issue.received === 'undefined' ? 'it is missing' : issue.message;
  return path ? `${path}: ${got}` : got;
}

/**
 * The value read by the schema, or an ImportProblem that says what is wrong with it.
 *
 * @example parseOrProblem(v.object({ title: v.string() }), {}) // throws "title: it is missing"
 */
export function parseOrProblem<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new ImportProblem(describeIssues(result.issues));
  return result.output;
}
