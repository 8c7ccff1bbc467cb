/**
 * Two versions of one conference's frab XML feed, for following a schedule opened from its address:
 * the first is DENOG16's real file (tests/fixtures/schedules/frab-xml/denog16-pretalx.xml); the second
 * is the same file with one workshop moved an hour later and another one removed.
 */
export const DENOG16_PATH = 'frab-xml/denog16-pretalx.xml';

/** "Getting started with Containerlab": 14:00 Berlin (CET) for 03:30 in the raw file, moved to 15:00. */
export const moved = {
  title: 'Getting started with Containerlab',
  guid: '5b5b1a1d-c4c4-5272-9ca4-e9c8c66518e6',
  before: { start: '2024-11-17T13:00:00.000Z', end: '2024-11-17T16:30:00.000Z' },
  after: { start: '2024-11-17T14:00:00.000Z', end: '2024-11-17T17:30:00.000Z' },
} as const;

/** "Learning Grafana Skills for Effective Monitoring": in the raw file, gone from the second version. */
export const cancelled = {
  title: 'Learning Grafana Skills for Effective Monitoring',
  guid: '00580056-8a3c-5016-8f89-0baea5cf01a2',
} as const;

/** Replaces `from` with `to` once inside `within`, failing loudly when the file is not as expected. */
function replaceOnce(text: string, from: string, to: string, within = text): string {
  const start = text.indexOf(within);
  const at = start === -1 ? -1 : text.indexOf(from, start);
  if (at === -1 || at > start + within.length) throw new Error(`"${from}" is not in the file`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The `<event>` element with `guid`, as it stands in the file. */
function eventElement(xml: string, guid: string): string {
  const start = xml.indexOf(`<event guid='${guid}'`);
  const end = xml.indexOf('</event>', start);
  if (start === -1 || end === -1) throw new Error(`No event ${guid} in the file`);
  return xml.slice(start, end + '</event>'.length);
}

/** The second version of the feed, from the raw text of the first. */
export function denog16Version2(version1: string): string {
  const movedEvent = eventElement(version1, moved.guid);
  const later = replaceOnce(
    replaceOnce(
      movedEvent,
      '<date>2024-11-17T14:00:00+01:00</date>',
      '<date>2024-11-17T15:00:00+01:00</date>',
    ),
    '<start>14:00</start>',
    '<start>15:00</start>',
  );
  return replaceOnce(version1, movedEvent, later).replace(
    eventElement(version1, cancelled.guid),
    '',
  );
}
