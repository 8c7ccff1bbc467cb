import type { Speaker } from '../../src/domain/schedule-schema';

/** Suffixes that belong to the company before them, as in "ClickHouse, Inc". */
const COMPANY_SUFFIX = /^(?:Inc|LLC|Ltd|GmbH|Corp|Co|S\.A|AG)\.?$/i;

function splitNames(names: string): string[] {
  return names
    .split(/\s+&\s+|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Reads one group of speakers that share a line segment, such as
 * "Natalia Reka Ivanko & John Fastabend, Isovalent" or
 * "Daneyon Hansen, Solo.io & Yutaro Hayakawa, Isovalent".
 * Each company closes the names before it; " & " after a company starts new names.
 * A group with no comma at all ("Joseph Sandoval & Tony Gosselin Adobe") has lost the comma
 * before its company, which is then the last word.
 */
function parseGroup(group: string): Speaker[] {
  const chunks = group.split(/\s*,\s*/).filter(Boolean);
  if (chunks.length === 1) {
    const words = group.trim().split(/\s+/);
    const company = words.pop();
    const names = splitNames(words.join(' '));
    if (!company || names.length === 0) return [{ name: group.trim(), affiliation: null }];
    return names.map((name) => ({ name, affiliation: company }));
  }
  // Rejoin company suffixes ("ClickHouse", "Inc") that the comma split apart.
  const merged: string[] = [];
  for (const chunk of chunks) {
    if (COMPANY_SUFFIX.test(chunk) && merged.length > 1) {
      merged[merged.length - 1] += `, ${chunk}`;
    } else {
      merged.push(chunk);
    }
  }
  const speakers: Speaker[] = [];
  let pendingNames = splitNames(merged[0] ?? '');
  for (let i = 1; i < merged.length; i++) {
    const chunk = merged[i] ?? '';
    const isLast = i === merged.length - 1;
    const [company, ...rest] = isLast ? [chunk] : chunk.split(/\s+&\s+/);
    for (const name of pendingNames) speakers.push({ name, affiliation: company?.trim() || null });
    pendingNames = splitNames(rest.join(' & '));
  }
  for (const name of pendingNames) speakers.push({ name, affiliation: null });
  return speakers;
}

/**
 * Parses the speaker part of a talk heading into people with their companies.
 * Groups are separated by ";".
 *
 * @example parseSpeakers('Liz Rice & Thomas Graf, Isovalent')
 *   // [{ name: 'Liz Rice', affiliation: 'Isovalent' }, { name: 'Thomas Graf', affiliation: 'Isovalent' }]
 */
export function parseSpeakers(text: string): Speaker[] {
  return text
    .split(/\s*;\s*/)
    .filter((group) => group.trim() !== '')
    .flatMap(parseGroup);
}

/**
 * Whether a heading's last " - " segment reads as a speaker list rather than part of the title:
 * speaker lists always name a company after a comma, or join people with "&".
 *
 * @example looksLikeSpeakers('eBPF: Unlocking the Kernel') // false
 */
export function looksLikeSpeakers(text: string): boolean {
  return /,|\s&\s/.test(text) && !/[:?!]/.test(text.split(',')[0] ?? '');
}
