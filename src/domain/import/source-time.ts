import type { WallTime } from '@/domain/time/wall-time-to-instant';
import { ImportProblem } from './import-problem';

const WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads an ISO 8601 time that carries its offset (or Z) as epoch ms; a time without one is no
 * instant, so it is refused rather than read in the machine's zone.
 *
 * @example readInstant('2026-01-31T09:30:00+01:00') // Date.parse('2026-01-31T08:30:00Z')
 */
export function readInstant(text: string): number {
  const match = WITH_OFFSET.exec(text.trim());
  if (!match) throw new ImportProblem(`"${text}" is not a time with a UTC offset`);
  const [, date, hour, minute, second = '00', zone] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone?.slice(0, 3)}:${zone?.slice(-2)}`;
  const ms = Date.parse(`${date}T${hour}:${minute}:${second}${offset}`);
  if (Number.isNaN(ms)) throw new ImportProblem(`"${text}" is not a real date and time`);
  return ms;
}

/**
 * The UTC offset, in minutes, written at the end of an ISO time; null when it has none.
 *
 * @example offsetOf('2020-12-27T11:30:00+01:00') // 60
 */
export function offsetOf(text: string): number | null {
  const zone = WITH_OFFSET.exec(text.trim())?.[5];
  if (zone === undefined) return null;
  if (zone === 'Z') return 0;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2));
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * Reads a wall-clock date and time with no offset (`2026-10-02T09:00:00`), to be placed in a zone.
 *
 * @example readWallTime('2026-10-02T09:00:00') // { date: '2026-10-02', hour: 9, minute: 0, second: 0 }
 */
export function readWallTime(text: string): WallTime {
  const match = LOCAL.exec(text.trim());
  if (!match) throw new ImportProblem(`"${text}" is not a date and time`);
  const [, date = '', hour, minute, second = '0'] = match;
  return { date, hour: Number(hour), minute: Number(minute), second: Number(second) };
}

/**
 * Adds whole days to a `YYYY-MM-DD` date.
 *
 * @example addDays('2026-01-31', 1) // "2026-02-01"
 */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
