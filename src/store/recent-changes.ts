/** Picks one change in this tab added to and removed from one conference's plan, and when. */
interface PickChange {
  conferenceId: string;
  at: number;
  added: string[];
  removed: string[];
  replayed: boolean;
}

/** How long a change is remembered: far longer than storage takes to reach another tab. */
const REMEMBER_MS = 5_000;

/**
 * This tab's recent changes to each conference's picks, so that a change lost to another tab's
 * write made at the same moment (each tab's storage may lag the other's by a few milliseconds) is
 * made again, once, when that write arrives.
 *
 * @example const recent = createRecentChanges(Date.now); recent.record('k', [], ['a']); recent.replay('k', ['b']) // ['b', 'a']
 */
export function createRecentChanges(now: () => number) {
  let changes: PickChange[] = [];
  return {
    record(conferenceId: string, before: readonly string[], after: readonly string[]): void {
      if (before === after) return;
      const had = new Set(before);
      const has = new Set(after);
      const added = after.filter((id) => !had.has(id));
      const removed = before.filter((id) => !has.has(id));
      if (added.length + removed.length === 0) return;
      const at = now();
      changes = [
        ...changes.filter((c) => at - c.at < REMEMBER_MS),
        { conferenceId, at, added, removed, replayed: false },
      ];
    },
    /** The conferences with changes recent enough to be made again. */
    conferences(): string[] {
      const at = now();
      return [
        ...new Set(
          changes.filter((c) => at - c.at < REMEMBER_MS).map((change) => change.conferenceId),
        ),
      ];
    },
    /** One conference's picks with its lost recent changes made again; null when none was lost. */
    replay(conferenceId: string, starred: readonly string[]): string[] | null {
      const at = now();
      let result = [...starred];
      let changed = false;
      for (const change of changes) {
        if (change.conferenceId !== conferenceId) continue;
        if (change.replayed || at - change.at >= REMEMBER_MS) continue;
        const have = new Set(result);
        const lostAdds = change.added.filter((id) => !have.has(id));
        const lostRemovals = new Set(change.removed.filter((id) => have.has(id)));
        if (lostAdds.length + lostRemovals.size === 0) continue;
        // Each change is made again at most once, so two tabs can never undo each other for ever.
        change.replayed = true;
        changed = true;
        result = [...result.filter((id) => !lostRemovals.has(id)), ...lostAdds];
      }
      return changed ? result : null;
    },
    forget(): void {
      changes = [];
    },
  };
}
