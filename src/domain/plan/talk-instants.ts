import type { Talk } from '@/domain/schedule-schema';

/** A talk's start and end as epoch ms. */
export interface TalkInstants {
  start: number;
  end: number;
}

// Talks are never mutated once loaded, so each one's times need parsing only once per visit.
const parsed = new WeakMap<Pick<Talk, 'start' | 'end'>, TalkInstants>();

/**
 * A talk's start and end as epoch ms, parsed on first request and remembered for that talk.
 *
 * @example talkInstants(talk) // { start: 1699293600000, end: 1699295400000 }
 */
export function talkInstants(talk: Pick<Talk, 'start' | 'end'>): TalkInstants {
  let instants = parsed.get(talk);
  if (!instants) {
    instants = { start: Date.parse(talk.start), end: Date.parse(talk.end) };
    parsed.set(talk, instants);
  }
  return instants;
}
