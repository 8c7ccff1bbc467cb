import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFragment } from '@/domain/fragment/read-fragment';
import { decodeShareCode } from '@/domain/share/share-code';
import { setPlan } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { SharePlanButton } from './share-plan-button';

const schedule = loadSchedule(raw);
const render = (ui: React.ReactElement) => renderWithSchedule(schedule, ui);

function withClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

function withoutClipboard() {
  Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
}

const readSharedPlan = (hash: string) => decodeShareCode(readFragment(hash).fragment.share ?? '');

/** The address in the share sheet's link box, once it shows. */
async function sharedLink(): Promise<URL> {
  const box = (await screen.findByRole('textbox', { name: 'Share link' })) as HTMLInputElement;
  return new URL(box.value);
}

/** The picks the link in the share sheet carries. */
const planInSharedLink = async () => readSharedPlan((await sharedLink()).hash);

beforeEach(() => {
  setPlan(schedule.conference.id, { starred: ['1Rj0z', '1R2tD'], mustSee: [] });
  window.history.replaceState(null, '', '/planner/#talk=1Rj0z');
});

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('SharePlanButton', () => {
  it('carries the must-see picks in the link', async () => {
    withClipboard(vi.fn(() => Promise.resolve()));
    setPlan(schedule.conference.id, { starred: ['1Rj0z', '1R2tD'], mustSee: ['1R2tD'] });
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));
    expect(await planInSharedLink()).toEqual({
      ok: true,
      talkIds: ['1R2tD', '1Rj0z'],
      mustSeeIds: ['1R2tD'],
    });
  });

  it('shows no link until asked', () => {
    render(<SharePlanButton />);
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });

  it('reveals a read-only link carrying the picks and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    withClipboard(writeText);
    render(<SharePlanButton />);

    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));

    const box = await screen.findByRole('textbox', { name: 'Share link' });
    expect(box).toHaveAttribute('readonly');
    const link = new URL((box as HTMLInputElement).value);
    expect(link.pathname).toBe('/planner/');
    expect(readSharedPlan(link.hash)).toEqual({
      ok: true,
      talkIds: ['1Rj0z', '1R2tD'],
      mustSeeIds: [],
    });
    expect(writeText).toHaveBeenCalledWith(link.href);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('carries ids only, never titles', async () => {
    withClipboard(() => Promise.resolve());
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));
    const link = await sharedLink();
    expect(link.hash).toMatch(/^#conference=kubecon-na-2023&share=1\.1Rj0z\.1R2tD\.[0-9a-z]+$/);
  });

  it('names the conference shown, whose picks it carries', async () => {
    withClipboard(() => Promise.resolve());
    const other = { ...schedule, conference: { ...schedule.conference, id: 'denog16' } };
    setPlan('denog16', { starred: ['a1'] });
    renderWithSchedule(other, <SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));
    const link = await sharedLink();
    const { fragment } = readFragment(link.hash);
    expect(fragment.conference).toBe('denog16');
    expect(decodeShareCode(fragment.share ?? '')).toEqual({
      ok: true,
      talkIds: ['a1'],
      mustSeeIds: [],
    });
  });

  it('selects the link and says so when the clipboard refuses', async () => {
    withClipboard(() => Promise.reject(new Error('denied')));
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));

    expect(await screen.findByText('Select and copy the link')).toBeInTheDocument();
    const box = (await screen.findByRole('textbox', { name: 'Share link' })) as HTMLInputElement;
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('falls back to copying the selection outside a secure context', async () => {
    withoutClipboard();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('keeps the link in step with the plan and drops the stale "copied" note', async () => {
    withClipboard(() => Promise.resolve());
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));
    await screen.findByText('Link copied');

    act(() => usePlanStore.getState().toggleStar(schedule.conference.id, '1R2tD'));

    expect(await planInSharedLink()).toEqual({
      ok: true,
      talkIds: ['1Rj0z'],
      mustSeeIds: [],
    });
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });

  it('shares the picks it can when a saved id could be no talk’s, and says so', async () => {
    withClipboard(() => Promise.resolve());
    setPlan(schedule.conference.id, { starred: ['1Rj0z', 'bad id', '1R2tD'] });
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));
    expect(await planInSharedLink()).toEqual({
      ok: true,
      talkIds: ['1Rj0z', '1R2tD'],
      mustSeeIds: [],
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      '1 saved pick has an id no talk could have',
    );
  });

  it('survives an impossible id arriving from another tab while the link is shown', async () => {
    withClipboard(() => Promise.resolve());
    render(<SharePlanButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Share plan' }));
    act(() => setPlan(schedule.conference.id, { starred: ['1Rj0z', 'bad id'] }));
    expect(await planInSharedLink()).toEqual({
      ok: true,
      talkIds: ['1Rj0z'],
      mustSeeIds: [],
    });
  });
});
