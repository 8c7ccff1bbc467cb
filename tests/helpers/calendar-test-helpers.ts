import { webcrypto } from 'node:crypto';
import ICAL from 'ical.js';

/** Parses .ics text with ical.js, an independent parser, and returns its events; used by tests. */
export function parseEvents(ics: string): { calendar: ICAL.Component; events: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

/** The event whose UID starts with a talk id. */
export function eventOf(events: readonly ICAL.Component[], talkId: string): ICAL.Component {
  const event = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${talkId}@`));
  if (!event) throw new Error(`No event for talk ${talkId}`);
  return event;
}

/** An event's start or end as an ISO instant in UTC. */
export function instantOf(event: ICAL.Component, property: 'dtstart' | 'dtend'): string {
  const value = event.getFirstPropertyValue(property);
  if (!(value instanceof ICAL.Time)) throw new Error(`${property} is not a date-time`);
  return value.toJSDate().toISOString();
}

/** The physical lines of a calendar file, split on CRLF, as raw UTF-8 bytes. */
export function physicalLineBytes(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  lines.push(bytes.slice(start));
  return lines;
}

/** Joins folded lines back (RFC 5545 §3.1: a CRLF followed by one space or tab is removed). */
export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** Crypto as a browser offers it over plain HTTP from a LAN host name: no randomUUID. */
export function insecureCrypto(): Crypto {
  return {
    getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array),
  } as unknown as Crypto;
}

/** The calendar's X-WR-CALNAME as text: ical.js keeps unknown properties raw, so its own text type decodes it. */
export function calendarNameOf(calendar: ICAL.Component): string {
  const raw = calendar.getFirstPropertyValue('x-wr-calname');
  if (typeof raw !== 'string') throw new Error('The calendar has no X-WR-CALNAME');
  return ICAL.design.icalendar.value.text!.fromICAL(raw) as string;
}
