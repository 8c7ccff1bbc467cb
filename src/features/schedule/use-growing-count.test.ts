import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useGrowingCount } from './use-growing-count';

describe('useGrowingCount', () => {
  it('shows a short list whole at once', () => {
    const { result } = renderHook(() => useGrowingCount(25, 80));
    expect(result.current).toBe(25);
  });

  it('shows a long list’s first part at once, then the rest a part at a time', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const count = useGrowingCount(550, 80);
      seen.push(count);
      return count;
    });
    expect(seen[0]).toBe(80);
    await waitFor(() => expect(result.current).toBe(550));
    expect([...new Set(seen)]).toEqual([80, 160, 240, 320, 400, 480, 550]);
  });
});
