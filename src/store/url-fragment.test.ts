import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeFragment, useUrlFragment } from './url-fragment';

// Counts how often the fragment reader's chunk is fetched; this file starts without it, as a page does.
const fetched = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/domain/fragment/read-fragment', async (importOriginal) => {
  fetched.count += 1;
  return importOriginal();
});

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('the address fragment', () => {
  it('reads as none, and fetches no reader, on a page without one', async () => {
    const { result } = renderHook(() => useUrlFragment());
    expect(result.current.fragment).toEqual({ conference: null, share: null, talk: null });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fetched.count).toBe(0);
    expect(result.current.problemMessage).toBeNull();
  });

  it('is read once its reader has arrived, problems said in words', async () => {
    window.history.replaceState(null, '', '/#talk=1R2on&talk=again');
    const { result } = renderHook(() => useUrlFragment());
    // Until then it reads as none, and says it is still to be read.
    expect(result.current).toMatchObject({ pending: true, fragment: { talk: null } });
    await waitFor(() => expect(result.current.fragment.talk).toBe('1R2on'));
    expect(result.current.pending).toBe(false);
    expect(fetched.count).toBe(1);
    expect(result.current.problem).toMatchObject({ kind: 'repeated-key', key: 'talk' });
    expect(result.current.problemMessage).toBe(
      'The link names “talk” more than once; only the first (not “talk=again”) was used.',
    );
  });

  it('keeps the other keys when one changes, and tells its readers', async () => {
    window.history.replaceState(null, '', '/#share=1.a1.x');
    const { result } = renderHook(() => useUrlFragment());
    await waitFor(() => expect(result.current.fragment.share).toBe('1.a1.x'));
    act(() => changeFragment({ talk: 'a1' }, { push: true }));
    expect(window.location.hash).toBe('#share=1.a1.x&talk=a1');
    expect(result.current.fragment).toEqual({ conference: null, share: '1.a1.x', talk: 'a1' });
  });
});
