import { shareChecksum } from './share-checksum';

/** The share format version written into every link; bump it when the layout below changes. */
const SHARE_FORMAT_VERSION = 1;

/** Longest share code read at all; the whole schedule's ids fit many times over. */
const MAX_SHARE_CODE_LENGTH = 4000;

const TALK_ID = /^[A-Za-z0-9_-]+$/;
const CODE_CHARACTERS = /^[A-Za-z0-9_.-]*$/;
const SEPARATOR = '.';

/** Why a share code could not be read. */
export type ShareCodeProblem =
  'empty' | 'too-long' | 'bad-characters' | 'unknown-version' | 'damaged' | 'duplicate-talks';

/** The talk ids read from a share code, or why none could be read. */
export type DecodedShareCode =
  { ok: true; talkIds: string[] } | { ok: false; problem: ShareCodeProblem };

/**
 * Writes picks as `<version>.<id>.<id>…<checksum>`: ids only, never titles, and URL-safe without escaping.
 * Repeated ids are written once; an id outside `[A-Za-z0-9_-]` is a programming error and throws.
 *
 * @example encodeShareCode(['1Rj0z', '1R2tD']) // '1.1Rj0z.1R2tD.<checksum>'
 */
export function encodeShareCode(talkIds: readonly string[]): string {
  const unique = [...new Set(talkIds)];
  const invalid = unique.find((id) => !TALK_ID.test(id));
  if (invalid !== undefined) throw new RangeError(`Not a talk id: "${invalid}"`);
  const body = [String(SHARE_FORMAT_VERSION), ...unique].join(SEPARATOR);
  return `${body}${SEPARATOR}${shareChecksum(body)}`;
}

/**
 * Reads a share code written by `encodeShareCode`, rejecting anything cut short, altered or foreign.
 *
 * @example decodeShareCode(encodeShareCode(['1Rj0z'])) // { ok: true, talkIds: ['1Rj0z'] }
 */
export function decodeShareCode(code: string): DecodedShareCode {
  if (code.length > MAX_SHARE_CODE_LENGTH) return { ok: false, problem: 'too-long' };
  const trimmed = code.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!CODE_CHARACTERS.test(trimmed)) return { ok: false, problem: 'bad-characters' };

  const parts = trimmed.split(SEPARATOR);
  const version = parts[0] ?? '';
  if (!/^\d+$/.test(version)) return { ok: false, problem: 'damaged' };
  if (Number(version) !== SHARE_FORMAT_VERSION) return { ok: false, problem: 'unknown-version' };
  if (parts.length < 2) return { ok: false, problem: 'damaged' };

  const checksum = parts[parts.length - 1];
  const body = parts.slice(0, -1).join(SEPARATOR);
  if (checksum !== shareChecksum(body)) return { ok: false, problem: 'damaged' };

  const talkIds = parts.slice(1, -1);
  if (talkIds.some((id) => !TALK_ID.test(id))) return { ok: false, problem: 'damaged' };
  if (new Set(talkIds).size !== talkIds.length) return { ok: false, problem: 'duplicate-talks' };
  return { ok: true, talkIds };
}

/**
 * Whether a text could be a talk id in a share code; a saved pick that could not is set aside.
 *
 * @example isShareableTalkId('1Rj0z') // true
 * @example isShareableTalkId('bad id') // false
 */
export const isShareableTalkId = (id: string): boolean => TALK_ID.test(id);
