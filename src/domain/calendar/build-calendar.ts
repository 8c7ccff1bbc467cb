import ical, { ICalAlarmType } from 'ical-generator';
import type { PlanClashes } from '../plan/find-clashes';
import type { Conference, Talk } from '../schedule-schema';
import { endWithCrlf } from './end-with-crlf';
import { ensureRandomUuid } from './ensure-random-uuid';
import { talkDescription } from './talk-description';
import { talkUid } from './talk-uid';

export interface CalendarInput {
  talks: readonly Talk[];
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

/** Names the app in PRODID, as RFC 5545 §3.7.3 asks of the product that made the file. */
const PRODUCT_ID = { company: 'kubecon-planner', product: 'Cilium talks planner', language: 'EN' };

/**
 * Builds an RFC 5545 calendar of talks with ical-generator: one VEVENT per talk in UTC, with a
 * stable UID, and an optional VALARM. No METHOD, so clients import it as plain events.
 *
 * @example buildCalendar({ talks, conference, reminderMinutes: 10, now: Date.now(), name: null })
 *   // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…END:VCALENDAR\r\n"
 */
export function buildCalendar(input: CalendarInput): string {
  const { talks, conference, reminderMinutes, now, clashes, name } = input;
  ensureRandomUuid(globalThis.crypto);
  const calendar = ical({ prodId: PRODUCT_ID, name });
  for (const talk of talks) {
    const event = calendar.createEvent({
      id: talkUid(talk, conference),
      stamp: new Date(now),
      start: new Date(talk.start),
      end: new Date(talk.end),
      summary: talk.title,
      description: talkDescription(talk, clashes?.with(talk.id) ?? []),
      location: talk.room ?? [talk.column, conference.city].filter(Boolean).join(', '),
      url: talk.url,
    });
    if (reminderMinutes > 0) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: reminderMinutes * 60,
        description: `In ${reminderMinutes} minutes: ${talk.title}`,
      });
    }
  }
  return endWithCrlf(calendar.toString());
}
