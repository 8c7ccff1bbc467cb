/**
 * Converts a conference's own schedule file into the bundled data, so an organiser can build and
 * host a planner for their conference.
 * Usage: npm run import -- <file-or-url> [--zone Europe/Brussels] [--out path/to/schedule.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importSchedule, type ImportResult } from '../src/domain/import/import-schedule';
import { loadSchedule } from '../src/domain/load-schedule';
import { parseXmlWithXmldom } from '../src/domain/import/parse-xml-with-xmldom';

const DEFAULT_OUT = fileURLToPath(new URL('../src/data/schedule.json', import.meta.url));

/** What the command was asked to do. */
export interface ImportCommand {
  source: string;
  zone?: string;
  out: string;
}

/**
 * Reads the command line: one source, `--zone <IANA>`, `--out <path>`.
 *
 * @example parseImportArgs(['fosdem.xml', '--zone', 'Europe/Brussels']).zone // "Europe/Brussels"
 */
export function parseImportArgs(args: readonly string[]): ImportCommand {
  let source: string | undefined;
  let zone: string | undefined;
  let out = DEFAULT_OUT;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--zone') zone = args[++index];
    else if (arg === '--out') out = args[++index] ?? out;
    else if (arg && !arg.startsWith('--')) source = arg;
    else throw new Error(`Unknown option ${arg}`);
  }
  if (!source)
    throw new Error('Usage: npm run import -- <file-or-url> [--zone <IANA zone>] [--out <path>]');
  return { source, zone, out };
}

async function readSource(source: string): Promise<Uint8Array> {
  if (!/^https?:\/\//i.test(source)) return new Uint8Array(readFileSync(source));
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source} answered ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Runs the import and writes the schedule; returns the result and the lines to print. */
export async function runImport(
  command: ImportCommand,
): Promise<{ result: ImportResult; lines: string[] }> {
  const text = await readSource(command.source);
  const sourceUrl = /^https?:\/\//i.test(command.source) ? command.source : undefined;
  const result = importSchedule(
    { text, sourceUrl, zone: command.zone },
    { parseXml: parseXmlWithXmldom },
  );
  if (result.kind !== 'schedule') {
    const hint =
      result.kind === 'needs-zone' ? ' Give it with --zone, e.g. --zone Europe/London.' : '';
    return { result, lines: [`${result.message}${hint}`] };
  }
  const schedule = loadSchedule(result.schedule); // refuse to write data the app would reject
  writeFileSync(command.out, `${JSON.stringify(schedule, null, 2)}\n`);
  const { conference } = schedule;
  const lines = [
    `Wrote ${schedule.talks.length} talks of ${conference.name} (${result.format}, ${conference.timeZone}, ${conference.days.length} days, ${conference.columns.length} rooms) to ${command.out}`,
  ];
  if (result.skipped.count > 0) {
    lines.push(
      `Skipped ${result.skipped.count} events:`,
      ...result.skipped.reasons.map((r) => `- ${r}`),
    );
  }
  return { result, lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { result, lines } = await runImport(parseImportArgs(process.argv.slice(2)));
    (result.kind === 'schedule' ? console.log : console.error)(lines.join('\n'));
    if (result.kind !== 'schedule') process.exit(1);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
