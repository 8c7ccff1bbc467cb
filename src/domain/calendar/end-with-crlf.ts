/**
 * Adds the CRLF that must end the last line of a calendar file.
 *
 * @example endWithCrlf('END:VCALENDAR') // "END:VCALENDAR\r\n"
 */
export function endWithCrlf(ics: string): string {
  // ical-generator 10 ends its output at "END:VCALENDAR" with no line break; RFC 5545 §3.1 ends every content line with CRLF.
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`;
}
