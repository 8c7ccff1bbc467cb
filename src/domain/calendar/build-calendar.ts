import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import type { PlanClashes } from '@/domain/plan/find-clashes';
import type { Conference, Talk } from '@/domain/schedule-schema';
import { endWithCrlf } from './end-with-crlf';
import { ensureRandomUuid } from './ensure-random-uuid';
import { hasTextEscapedCharacters, rawTextValue, unescapeUriValues, uriValue } from './ical-values';
import { talkDescription } from './talk-description';
import { revisionOf, type TalkRevisions } from './talk-revisions';
import { talkUid } from './talk-uid';

export interface CalendarInput {
  talks: readonly Talk[];
  /**
   * Picks whose talk the schedule has cancelled, as the last version that had them described
   * them (`ScheduleChanges.cancelled`): written with STATUS:CANCELLED, and no reminder, so
   * calendars drop the events an earlier export added.
   */
  cancelledTalks?: readonly Talk[];
  /** Each talk's revision (`reviseTalks`), written as its SEQUENCE; 0 for a talk without one. */
  revisions?: TalkRevisions;
  /** Must-see picks, written with PRIORITY:1, the highest (RFC 5545 §3.8.1.9); others carry none. */
  mustSeeIds?: ReadonlySet<string>;
  conference: Conference;
  /** Minutes before each talk for a display reminder; 0 means no reminder. */
  reminderMinutes: number;
  /** The clock, as epoch ms: written as each event's DTSTAMP. */
  now: number;
  /** Clashes among `talks` (from `findClashes`), noted in each involved talk's description. */
  clashes?: PlanClashes;
  /** The calendar's display name (X-WR-CALNAME); null leaves it out. */
  name: string | null;
}

/** RFC 5545 §3.8.1.9: 1 is the highest priority; a missing PRIORITY means none was given. */
const MUST_SEE_PRIORITY = 1;

/** Opens a cancelled talk's description, for calendars that show cancelled events anyway. */
const CANCELLED_NOTE = 'Cancelled: this talk is no longer in the schedule.';

/** Names the app in PRODID, as RFC 5545 §3.7.3 asks of the product that made the file. */
const PRODUCT_ID = { company: 'kubecon-planner', product: 'Cilium talks planner', language: 'EN' };

/**
 * Builds an RFC 5545 calendar of talks with ical-generator: one VEVENT per talk in UTC, with a
 * stable UID, its revision as SEQUENCE and the clock as DTSTAMP, so a re-export after a schedule
 * change updates the events an earlier one added; must-see picks first in PRIORITY; cancelled
 * picks as STATUS:CANCELLED; an optional VALARM. No METHOD, so clients import it as plain events.
 *
 * @example buildCalendar({ talks, conference, reminderMinutes: 10, now: Date.now(), name: null })
 *   // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…END:VCALENDAR\r\n"
 */
export function buildCalendar(input: CalendarInput): string {
  const { talks, cancelledTalks = [], revisions, mustSeeIds, conference } = input;
  const { reminderMinutes, now, clashes, name } = input;
  ensureRandomUuid(globalThis.crypto);
  // ical-generator writes the name as given, so it gets the escaping RFC 5545 asks of text.
  const calendar = ical({ prodId: PRODUCT_ID, name: name === null ? null : rawTextValue(name) });
  let urisToUnescape = false;
  const add = (talk: Talk, cancelled: boolean) => {
    const url = talk.url === null ? null : uriValue(talk.url);
    if (url !== null && hasTextEscapedCharacters(url)) urisToUnescape = true;
    const event = calendar.createEvent({
      id: talkUid(talk, conference),
      sequence: revisionOf(revisions, talk.id),
      stamp: new Date(now),
      start: new Date(talk.start),
      end: new Date(talk.end),
      summary: talk.title,
      description: cancelled
        ? `${CANCELLED_NOTE}\n\n${talkDescription(talk, [])}`
        : talkDescription(talk, clashes?.with(talk.id) ?? []),
      location: talk.room ?? [talk.column, conference.city].filter(Boolean).join(', '),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      priority: mustSeeIds?.has(talk.id) ? MUST_SEE_PRIORITY : null,
    });
    if (reminderMinutes > 0 && !cancelled) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: reminderMinutes * 60,
        description: `In ${reminderMinutes} minutes: ${talk.title}`,
      });
    }
  };
  for (const talk of talks) add(talk, false);
  for (const talk of cancelledTalks) add(talk, true);
  const ics = calendar.toString();
  return endWithCrlf(urisToUnescape ? unescapeUriValues(ics) : ics);
}
