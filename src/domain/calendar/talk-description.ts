import type { ClashWith } from '../plan/find-clashes';
import type { Talk } from '../schedule-schema';

/**
 * The plain-text DESCRIPTION of a talk's calendar event: clashes first (so they show in a
 * preview), then the speakers with their companies, the abstract and the talk's link.
 *
 * @example talkDescription(talk, [])
 *   // "Speakers: Joseph Sandoval (Adobe), Tony Gosselin (Adobe)\n\nAdobe has trusted…\n\nhttps://…"
 */
export function talkDescription(talk: Talk, overlaps: readonly ClashWith[]): string {
  const clashLines = overlaps.map(
    ({ other, overlapMinutes }) =>
      `Clash: overlaps "${other.title}" by ${overlapMinutes} min in your plan.`,
  );
  const speakers = talk.speakers
    .map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
    .join(', ');
  const parts = [
    clashLines.join('\n'),
    speakers && `${talk.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${speakers}`,
    talk.abstract.trim(),
    `Details: ${talk.url}`,
  ];
  return parts.filter((part) => part.length > 0).join('\n\n');
}
