import type { ShareCodeProblem } from '@/domain/share/share-code';

const reasons: Record<ShareCodeProblem, string> = {
  empty: 'it has no plan in it.',
  'too-long': 'it is far longer than any plan could be.',
  'bad-characters': 'it contains characters a plan link never has.',
  damaged: 'it may have been cut short or changed when it was copied.',
  'duplicate-talks': 'it lists the same talk more than once.',
  'unknown-version': 'it may come from a different version of this planner.',
};

/**
 * What to tell someone whose share link could not be read, in plain words.
 *
 * @example shareProblemMessage('damaged') // "This share link is damaged: it may have been cut short…"
 */
export function shareProblemMessage(problem: ShareCodeProblem): string {
  return `This share link is damaged: ${reasons[problem]}`;
}
