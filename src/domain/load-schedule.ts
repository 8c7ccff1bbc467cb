import * as v from 'valibot';
import { ScheduleSchema, type Schedule } from './schedule-schema';

/** Raised when bundled schedule data does not match its schema. */
class InvalidScheduleError extends Error {
  constructor(readonly issues: string[]) {
    super(`Schedule data is invalid:\n${issues.join('\n')}`);
    this.name = 'InvalidScheduleError';
  }
}

/**
 * Validates raw schedule data and returns it typed, with talks sorted by start.
 * Throws InvalidScheduleError naming every problem, so broken data never renders silently.
 *
 * @example loadSchedule(JSON.parse(text)).talks.length // 25
 */
export function loadSchedule(raw: unknown): Schedule {
  const result = v.safeParse(ScheduleSchema, raw);
  if (!result.success) {
    throw new InvalidScheduleError(
      result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
    );
  }
  const ids = new Set<string>();
  const duplicates = result.output.talks.filter((t) => ids.size === ids.add(t.id).size);
  if (duplicates.length > 0) {
    throw new InvalidScheduleError(duplicates.map((t) => `talks: duplicate id ${t.id}`));
  }
  const talks = [...result.output.talks].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title),
  );
  return { ...result.output, talks };
}
