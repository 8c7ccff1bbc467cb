import { shareChecksum } from './share-checksum';

/**
 * Share format versions; bump when the layout below changes, and keep reading the old ones.
 * 1: `1.<id>.<id>….<checksum>`, talk ids only.
 * 2: `2.<n>.<id>.<id>….<checksum>`, the first n ids being the must-see picks.
 */
const SHARE_FORMAT_VERSION = 2;
const IDS_ONLY_VERSION = 1;
const COUNT = /^(?:0|[1-9]\d{0,5})$/;

/** Longest share code read at all; the whole schedule's ids fit many times over. */
const MAX_SHARE_CODE_LENGTH = 4000;

const TALK_ID = /^[A-Za-z0-9_-]+$/;
const CODE_CHARACTERS = /^[A-Za-z0-9_.-]*$/;
const SEPARATOR = '.';

/** Why a share code could not be read. */
export type ShareCodeProblem =
  'empty' | 'too-long' | 'bad-characters' | 'unknown-version' | 'damaged' | 'duplicate-talks';

/** The picks read from a share code, or why none could be read. */
export type DecodedShareCode =
  | {
      ok: true;
      /** Every shared pick, must-see ones included, in the order the code lists them. */
      talkIds: string[];
      /** The shared picks marked must-see; always empty for a version-1 code. */
      mustSeeIds: string[];
    }
  | { ok: false; problem: ShareCodeProblem };

/**
 * Writes picks with ids only, never titles, URL-safe without escaping. With must-see picks it
 * writes version 2, `2.<n>.<id>….<checksum>`, listing the n must-see picks first; without, it
 * writes version 1, `1.<id>….<checksum>`, which apps from before version 2 still read.
 * Repeated ids are written once; must-see ids that are not among the picks are left out; an id
 * outside `[A-Za-z0-9_-]` is a programming error and throws.
 *
 * @example encodeShareCode(['1Rj0z', '1R2tD']) // '1.1Rj0z.1R2tD.<checksum>'
 * @example encodeShareCode(['1Rj0z', '1R2tD'], ['1R2tD']) // '2.1.1R2tD.1Rj0z.<checksum>'
 */
export function encodeShareCode(
  talkIds: readonly string[],
  mustSeeIds: readonly string[] = [],
): string {
  const unique = [...new Set(talkIds)];
  const invalid = unique.find((id) => !TALK_ID.test(id));
  if (invalid !== undefined) throw new RangeError(`Not a talk id: "${invalid}"`);
  const mustSee = new Set(mustSeeIds);
  const first = unique.filter((id) => mustSee.has(id));
  const header =
    first.length === 0
      ? [String(IDS_ONLY_VERSION)]
      : [String(SHARE_FORMAT_VERSION), String(first.length)];
  const body = [...header, ...first, ...unique.filter((id) => !mustSee.has(id))].join(SEPARATOR);
  return `${body}${SEPARATOR}${shareChecksum(body)}`;
}

/**
 * Reads a share code of either version written by `encodeShareCode`, rejecting anything cut
 * short, altered or foreign.
 *
 * @example decodeShareCode(encodeShareCode(['1Rj0z'])) // { ok: true, talkIds: ['1Rj0z'], mustSeeIds: [] }
 */
export function decodeShareCode(code: string): DecodedShareCode {
  if (code.length > MAX_SHARE_CODE_LENGTH) return { ok: false, problem: 'too-long' };
  const trimmed = code.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!CODE_CHARACTERS.test(trimmed)) return { ok: false, problem: 'bad-characters' };

  const parts = trimmed.split(SEPARATOR);
  const version = parts[0] ?? '';
  if (!/^\d+$/.test(version)) return { ok: false, problem: 'damaged' };
  const versionNumber = Number(version);
  if (versionNumber !== IDS_ONLY_VERSION && versionNumber !== SHARE_FORMAT_VERSION) {
    return { ok: false, problem: 'unknown-version' };
  }
  const headerLength = versionNumber === IDS_ONLY_VERSION ? 1 : 2;
  if (parts.length < headerLength + 1) return { ok: false, problem: 'damaged' };

  const checksum = parts[parts.length - 1];
  const body = parts.slice(0, -1).join(SEPARATOR);
  if (checksum !== shareChecksum(body)) return { ok: false, problem: 'damaged' };

  const mustSeeCount = headerLength === 1 ? '0' : (parts[1] ?? '');
  const talkIds = parts.slice(headerLength, -1);
  if (!COUNT.test(mustSeeCount) || Number(mustSeeCount) > talkIds.length) {
    return { ok: false, problem: 'damaged' };
  }
  if (talkIds.some((id) => !TALK_ID.test(id))) return { ok: false, problem: 'damaged' };
  if (new Set(talkIds).size !== talkIds.length) return { ok: false, problem: 'duplicate-talks' };
  return { ok: true, talkIds, mustSeeIds: talkIds.slice(0, Number(mustSeeCount)) };
}

/**
 * Whether a text could be a talk id in a share code; a saved pick that could not is set aside.
 *
 * @example isShareableTalkId('1Rj0z') // true
 * @example isShareableTalkId('bad id') // false
 */
export const isShareableTalkId = (id: string): boolean => TALK_ID.test(id);
