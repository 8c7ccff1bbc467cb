import { performance } from 'node:perf_hooks';
import { buildPlanCalendar } from '../../src/domain/calendar/build-plan-calendar';
import { importSchedule, type ImportDependencies } from '../../src/domain/import/import-schedule';
import { findClashes } from '../../src/domain/plan/find-clashes';
import { resolvePicks } from '../../src/domain/plan/resolve-picks';
import type { Schedule } from '../../src/domain/schedule-schema';
import { median, percentile, roundMs } from './percentiles';

export interface TimedFigures {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface ClashFigures extends TimedFigures {
  picks: number;
  clashes: number;
}

export interface ExportFigures extends TimedFigures {
  events: number;
  clashes: number;
  icsBytes: number;
  /** The same export with no clash notes in the descriptions: shows what the notes cost. */
  withoutClashNotes: { ms: number; icsBytes: number };
}

export interface ImportFigures extends TimedFigures {
  /** Talks in the schedule the import gave (0 when it gave none). */
  talks: number;
}

/** Longest a figure keeps re-running: a slow operation is timed fewer times, not for minutes. */
const TIME_BUDGET_MS = 3_000;

/**
 * Runs `work` once unmeasured (so the JIT has compiled it), then up to `runs` times timed while
 * within the time budget; an operation slower than the budget is timed once.
 */
function timeRuns(work: () => void, runs: number): TimedFigures {
  const warmUpStartedAt = performance.now();
  work();
  const warmUpMs = performance.now() - warmUpStartedAt;
  const samples: number[] = [];
  const budgetEndsAt = performance.now() + TIME_BUDGET_MS;
  while (samples.length < runs && (samples.length === 0 || performance.now() < budgetEndsAt)) {
    if (warmUpMs > TIME_BUDGET_MS) {
      samples.push(warmUpMs);
      break;
    }
    const startedAt = performance.now();
    work();
    samples.push(performance.now() - startedAt);
  }
  return {
    runs: samples.length,
    medianMs: roundMs(median(samples)),
    p95Ms: roundMs(percentile(samples, 95)),
  };
}

/** Clash detection with every talk of `schedule` starred. */
export function measureClashes(schedule: Schedule, runs = 20): ClashFigures {
  const picks = schedule.talks;
  const clashes = findClashes(picks).length;
  return { picks: picks.length, clashes, ...timeRuns(() => findClashes(picks), runs) };
}

/**
 * The export as the app runs it once its calendar code has loaded: resolve the picks, find their
 * clashes, build the .ics text with a 10-minute reminder (the download itself is left out).
 */
export function measureExport(schedule: Schedule, now: number, runs = 10): ExportFigures {
  const starred = schedule.talks.map((talk) => talk.id);
  const exportPlan = (noteClashes = true) => {
    const { talks } = resolvePicks(starred, schedule.talks);
    const clashes = noteClashes ? findClashes(talks) : undefined;
    return buildPlanCalendar({
      talks,
      conference: schedule.conference,
      reminderMinutes: 10,
      now,
      clashes,
    });
  };
  const bareStartedAt = performance.now();
  const bare = exportPlan(false);
  const withoutClashNotes = {
    ms: roundMs(performance.now() - bareStartedAt),
    icsBytes: Buffer.byteLength(bare),
  };
  let ics = '';
  const timed = timeRuns(() => {
    ics = exportPlan();
  }, runs);
  return {
    events: (ics.match(/^BEGIN:VEVENT\r?$/gm) ?? []).length,
    clashes: findClashes(schedule.talks).length,
    icsBytes: Buffer.byteLength(ics),
    withoutClashNotes,
    ...timed,
  };
}

/**
 * Opening a schedule file as the importer runs it: detect the format, parse (XML, iCalendar or
 * JSON) and convert into the schedule schema, from the file's bytes.
 */
export function measureImport(
  bytes: Uint8Array,
  deps: ImportDependencies,
  runs = 5,
): ImportFigures {
  const result = importSchedule({ text: bytes }, deps);
  const talks = result.kind === 'schedule' ? result.schedule.talks.length : 0;
  return { talks, ...timeRuns(() => importSchedule({ text: bytes }, deps), runs) };
}
