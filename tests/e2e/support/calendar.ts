import ICAL from 'ical.js';

export interface CalendarEvent {
  summary: string;
  /** UTC instants as ISO strings, e.g. 2023-11-06T18:10:00.000Z. */
  start: string;
  end: string;
}

/** The zone of a DTSTART/DTEND: UTC, or a TZID that must have its VTIMEZONE (else it is floating). */
function instant(
  event: InstanceType<typeof ICAL.Component>,
  property: 'dtstart' | 'dtend',
  zones: ReadonlySet<string>,
): string {
  const prop = event.getFirstProperty(property);
  if (!prop) throw new Error(`An event has no ${property.toUpperCase()}`);
  const tzid = prop.getParameter('tzid');
  const time = prop.getFirstValue() as InstanceType<typeof ICAL.Time>;
  if (typeof tzid === 'string') {
    if (!zones.has(tzid)) {
      throw new Error(
        `${property.toUpperCase()} uses TZID=${tzid} but the file has no such VTIMEZONE`,
      );
    }
  } else if (time.zone !== ICAL.Timezone.utcTimezone) {
    throw new Error(
      `${property.toUpperCase()} ${time.toString()} is floating: neither UTC nor TZID`,
    );
  }
  return time.toJSDate().toISOString();
}

/** Parses an .ics text with ical.js, an independent parser, into its events' titles and instants. */
export function parseCalendar(text: string): CalendarEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = new Set<string>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const timezone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(timezone);
    zones.add(timezone.tzid);
  }
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    summary: String(event.getFirstPropertyValue('summary')),
    start: instant(event, 'dtstart', zones),
    end: instant(event, 'dtend', zones),
  }));
}
