import type { Abstract, Speaker } from '@/domain/schedule-schema';
import type { ImportFormat } from './import-format';

/** One event as a converter read it, before ids, columns and days are settled for the schedule. */
export interface TalkDraft {
  /** The source's own key for the event (guid, code, acronym/id or UID); may repeat within a file. */
  uid: string;
  title: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** The day the source files the event under; null where the source has no days (then: its local date). */
  day: string | null;
  room: string | null;
  track: string | null;
  speakers: Speaker[];
  abstract: Abstract;
  url: string | null;
  recorded: boolean | null;
}

/** What a converter read of the conference itself. */
export interface ConferenceDraft {
  name: string;
  /** The source's short name (frab/pretalx acronym), which names the conference across versions. */
  acronym: string | null;
  timeZone: string;
  city: string | null;
  /** Rooms in the source's own order; rooms met only in events follow in order of appearance. */
  rooms: string[];
}

/** A converter's reading of a whole file: the conference, its events and the events it skipped. */
export interface ScheduleDraft {
  format: ImportFormat;
  conference: ConferenceDraft;
  talks: TalkDraft[];
  /** One plain sentence per skipped event, e.g. `"Lunch": it has no start time`. */
  skipped: string[];
}

/** A converter's answer: its reading, or the fact that the file names no time zone and none was given. */
export type ConverterOutcome =
  | { kind: 'draft'; draft: ScheduleDraft }
  | { kind: 'needs-zone'; format: ImportFormat; message: string };

/** What every converter may be given besides the text. */
export interface ConverterOptions {
  /** The conference's IANA zone as the person chose it, used where the file names none. */
  zone?: string;
  /** Where the file was fetched from: resolves relative links and names the conference. */
  sourceUrl?: string;
}
