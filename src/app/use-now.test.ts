import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

describe('useNow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the clock it is given, and again after each interval', () => {
    let time = Date.parse('2023-11-07T16:45:00-06:00');
    const { result } = renderHook(() => useNow(() => time, 30_000));
    expect(result.current).toBe(Date.parse('2023-11-07T16:45:00-06:00'));

    time += 30_000;
    act(() => vi.advanceTimersByTime(29_999));
    expect(result.current).toBe(Date.parse('2023-11-07T16:45:00-06:00'));
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(Date.parse('2023-11-07T16:45:30-06:00'));
  });

  it('reads the clock again when the page is shown again', () => {
    let time = Date.parse('2023-11-07T16:45:00-06:00');
    const { result } = renderHook(() => useNow(() => time, 60_000));
    time = Date.parse('2023-11-07T17:30:00-06:00');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current).toBe(Date.parse('2023-11-07T17:30:00-06:00'));
  });

  it('stops reading the clock once unmounted', () => {
    const clock = vi.fn(() => Date.parse('2023-11-07T16:45:00-06:00'));
    const { unmount } = renderHook(() => useNow(clock, 1_000));
    unmount();
    const calls = clock.mock.calls.length;
    vi.advanceTimersByTime(5_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.mock.calls.length).toBe(calls);
  });
});
