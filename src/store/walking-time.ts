import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_WALKING_MINUTES, MAX_WALKING_MINUTES } from '@/domain/plan/tight-change-rule';

interface WalkingTimeState {
  /** Minutes to walk between rooms, by conference id; a conference not listed takes the default. */
  minutesByConference: Record<string, number>;
  setWalkingMinutes: (conferenceId: string, minutes: number) => void;
}

/** The key the walking times are saved under, apart from the plan: a venue's, not a pick's. */
export const WALKING_TIME_STORAGE_KEY = 'kubecon-planner:walking-time';

const WALKING_TIME_VERSION = 1;

const isMinutes = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_WALKING_MINUTES;

/** The saved times that can be read; anything else falls back to the default. */
function readMinutes(saved: unknown): Record<string, number> {
  const byConference =
    typeof saved === 'object' && saved !== null
      ? (saved as { minutesByConference?: unknown }).minutesByConference
      : undefined;
  if (typeof byConference !== 'object' || byConference === null) return {};
  return Object.fromEntries(
    Object.entries(byConference).filter((entry): entry is [string, number] => isMinutes(entry[1])),
  );
}

/**
 * How long the person takes to walk between two rooms, per conference (venues differ), kept
 * across visits. Storage that cannot be read or written keeps the default for the visit.
 *
 * @example useWalkingTimeStore.getState().setWalkingMinutes('fosdem-2026', 8)
 */
export const useWalkingTimeStore = create<WalkingTimeState>()(
  persist(
    (set) => ({
      minutesByConference: {},
      setWalkingMinutes: (conferenceId, minutes) =>
        set((state) => ({
          minutesByConference: { ...state.minutesByConference, [conferenceId]: minutes },
        })),
    }),
    {
      name: WALKING_TIME_STORAGE_KEY,
      version: WALKING_TIME_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ minutesByConference }) => ({ minutesByConference }),
      merge: (persisted, current) => ({ ...current, minutesByConference: readMinutes(persisted) }),
      // No older shape exists yet; one from a newer planner keeps only the times it can read.
      migrate: (persisted) => ({ minutesByConference: readMinutes(persisted) }),
    },
  ),
);

/** The walking time between rooms of one conference. */
export const useWalkingMinutes = (conferenceId: string): number =>
  useWalkingTimeStore(
    (state) => state.minutesByConference[conferenceId] ?? DEFAULT_WALKING_MINUTES,
  );
