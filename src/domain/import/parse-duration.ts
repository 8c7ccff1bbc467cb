import { ImportProblem } from './import-problem';

/**
 * A frab/pretalx duration in minutes: `H:MM`, `HH:MM` or `HH:MM:SS`; pretalx writes 24 hours and
 * more as `D:HH:MM`, so with `threePartsMeanDays` three parts are days, hours and minutes.
 *
 * @example durationMinutes('0:30') // 30
 * @example durationMinutes('1:02:00', { threePartsMeanDays: true }) // 1560 (1 day 2 h)
 */
export function durationMinutes(text: string, { threePartsMeanDays = false } = {}): number {
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\d+$/.test(part))) {
    throw new ImportProblem(`its duration "${text}" is not hours and minutes`);
  }
  const [a = 0, b = 0, c = 0] = parts.map(Number);
  if (parts.length === 2) return a * 60 + b;
  return threePartsMeanDays ? a * 1440 + b * 60 + c : a * 60 + b + c / 60;
}
