import { describe, expect, it, vi } from 'vitest';
import { makeTalk } from '../../tests/helpers/make-talk';
import { createPlanDeriver, loadClashDetection } from './derive-plan';

// Two picks that overlap by 15 minutes, and one that only touches the second.
const talks = [
  makeTalk('a', '10:00', '10:30'),
  makeTalk('b', '10:15', '10:45'),
  makeTalk('c', '10:45', '11:00'),
];

// Clash detection is fetched on first need, so this file starts without it, as a page does.
describe('deriving a plan before and after clash detection arrives', () => {
  it('finds no clash for one pick, and fetches nothing for it', () => {
    const arrived = vi.fn();
    const derive = createPlanDeriver(arrived);
    expect(derive(['a'], talks).clashes.length).toBe(0);
    expect(derive(['a'], talks).talks.map((t) => t.id)).toEqual(['a']);
  });

  it('flags nothing until the code is here, then says so and derives the clash', async () => {
    const arrived = vi.fn();
    const derive = createPlanDeriver(arrived);
    const starred = ['b', 'a', 'c'];
    const before = derive(starred, talks);
    expect(before.talks.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(before.clashes.length).toBe(0);
    expect(before.clashes.with('a')).toBe(before.clashes.with('b'));
    expect(arrived).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(1));
    const after = derive(starred, talks);
    expect(after).not.toBe(before);
    expect(after.clashes.list().map((clash) => [clash.a.id, clash.b.id])).toEqual([['a', 'b']]);
    expect(after.clashes.with('c')).toEqual([]);
    // Same picks, same schedule, same code: the same answer.
    expect(derive(starred, talks)).toBe(after);
    await expect(loadClashDetection()).resolves.toBeUndefined();
  });
});
