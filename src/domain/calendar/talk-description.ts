import { abstractPlainText } from '@/domain/abstract/abstract-plain-text';
import type { ClashWith } from '@/domain/plan/find-clashes';
import type { Talk } from '@/domain/schedule-schema';

/** Clashes named one by one; a sane plan has fewer, an overcrowded one gets a count for the rest. */
const NAMED_CLASHES = 3;

/**
 * The plain-text DESCRIPTION of a talk's calendar event: clashes first (so they show in a
 * preview; the first three named, the rest counted), then the speakers with their companies,
 * the abstract and the talk's link.
 *
 * @example talkDescription(talk, [])
 *   // "Speakers: Joseph Sandoval (Adobe), Tony Gosselin (Adobe)\n\nAdobe has trusted…\n\nhttps://…"
 */
export function talkDescription(talk: Talk, overlaps: readonly ClashWith[]): string {
  const clashLines = overlaps
    .slice(0, NAMED_CLASHES)
    .map(
      ({ other, overlapMinutes }) =>
        `Clash: overlaps "${other.title}" by ${overlapMinutes} min in your plan.`,
    );
  const unnamed = overlaps.length - NAMED_CLASHES;
  if (unnamed > 0) {
    const rest =
      unnamed === 1
        ? '1 more talk in your plan overlaps'
        : `${unnamed} more talks in your plan overlap`;
    clashLines.push(`Clash: and ${rest} this one.`);
  }
  const speakers = talk.speakers
    .map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
    .join(', ');
  const parts = [
    clashLines.join('\n'),
    speakers && `${talk.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${speakers}`,
    abstractPlainText(talk.abstract),
    talk.url ? `Details: ${talk.url}` : '',
  ];
  return parts.filter((part) => part.length > 0).join('\n\n');
}
