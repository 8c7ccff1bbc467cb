import { act, renderHook, waitFor } from '@testing-library/react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useServiceWorkerUpdate } from './use-service-worker-update';

const registration = vi.hoisted(() => ({
  options: null as RegisterSWOptions | null,
  applyUpdate: vi.fn(() => Promise.resolve()),
}));

vi.mock('./register-service-worker', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registration.options = options;
    return registration.applyUpdate;
  },
}));

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  registration.options = null;
});

describe('useServiceWorkerUpdate', () => {
  it('registers nothing where the browser has no service workers', async () => {
    const { result } = renderHook(() => useServiceWorkerUpdate());
    await act(() => Promise.resolve());
    expect(registration.options).toBeNull();
    expect(result.current.updateAvailable).toBe(false);
  });

  it('reports a waiting new version and applies it on reload', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const { result } = renderHook(() => useServiceWorkerUpdate());
    await waitFor(() => expect(registration.options).not.toBeNull());
    expect(result.current.updateAvailable).toBe(false);

    act(() => registration.options?.onNeedRefresh?.());
    expect(result.current.updateAvailable).toBe(true);

    act(() => result.current.reload());
    expect(registration.applyUpdate).toHaveBeenCalledOnce();
  });

  it('hides the news when dismissed', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const { result } = renderHook(() => useServiceWorkerUpdate());
    await waitFor(() => expect(registration.options).not.toBeNull());

    act(() => registration.options?.onNeedRefresh?.());
    act(() => result.current.dismiss());
    expect(result.current.updateAvailable).toBe(false);
  });
});
