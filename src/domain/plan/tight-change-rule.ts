import type { Conference } from '@/domain/schedule-schema';
import { eventOf, type PlaceOf } from './find-tight-changes';

/** Minutes to walk between two rooms of an imported conference until the person says otherwise. */
export const DEFAULT_WALKING_MINUTES = 5;

/** Most minutes a walk between rooms may be set to: a longer one is no walk within a venue. */
export const MAX_WALKING_MINUTES = 60;

/** How tight changes are found for one conference: what counts as a place, and how long to allow. */
export interface TightChangeRule {
  placeOf: PlaceOf;
  minutes: number;
}

const roomOf: PlaceOf = (talk) => talk.room;

/**
 * The bundled conference's columns are co-located events, so a change of event is measured
 * against the person's warning threshold; an imported one's are rooms, measured against the
 * walking time between rooms.
 *
 * @example tightChangeRule('room', { eventThresholdMinutes: 10, walkingMinutes: 7 }).minutes // 7
 */
export function tightChangeRule(
  columnKind: Conference['columnKind'],
  preferences: { eventThresholdMinutes: number; walkingMinutes: number },
): TightChangeRule {
  return columnKind === 'room'
    ? { placeOf: roomOf, minutes: preferences.walkingMinutes }
    : { placeOf: eventOf, minutes: preferences.eventThresholdMinutes };
}

/**
 * A walking time as typed, or null when it is no whole number of minutes from 0 to the maximum.
 *
 * @example walkingMinutesFrom('8') // 8
 * @example walkingMinutesFrom('2.5') // null
 */
export function walkingMinutesFrom(typed: string): number | null {
  if (!/^\d{1,3}$/.test(typed.trim())) return null;
  const minutes = Number(typed.trim());
  return minutes <= MAX_WALKING_MINUTES ? minutes : null;
}
