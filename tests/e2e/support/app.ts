import { spokenTitle } from '../../helpers/spoken-title';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Talks the journeys use, by title as the person sees them. */
export const titles = {
  adobe:
    "From Imagination to Implementation: Inside Adobe's Production-Grade Deployment with Cilium",
  externalApis: 'Controlling Access to External APIs with Cilium',
  lightning: 'Lightning Talk: 🚀 Git Going Fast with Cilium and Argo',
  tetragon:
    'Past, Present, Future of Tetragon- First Production Use Cases, Lessons Learnt, Where Are We Heading?',
  tutorial: 'Tutorial: Demystifying Cilium: Learn How to Build an eBPF CNI Plugin from Scratch',
  serviceMesh: 'Service Mesh Battle Scars: Technology, Timing, and Tradeoffs',
  documentary: 'Documentary Film - eBPF: Unlocking the Kernel',
  contribfest: '🚨 Contribfest: Getting Started Contributing to Cilium',
} as const;

/** The day tabs, as named in the UI contract. */
export const days = ['Mon 6 Nov', 'Tue 7 Nov', 'Wed 8 Nov', 'Thu 9 Nov'] as const;
export type Day = (typeof days)[number];

/** A title as a screen reader names it, emoji left out. */
export const spoken = spokenTitle;

/** A talk's article, named by its title as spoken. */
export const talk = (scope: Page | Locator, title: string): Locator =>
  scope.getByRole('article', { name: spoken(title), exact: true });

/** The star toggle inside a talk's article. */
export const starOf = (article: Locator): Locator =>
  article.getByRole('button', { name: /^Star\b/ });

export const dayTab = (page: Page, day: Day): Locator =>
  page.getByRole('tab', { name: day, exact: true });

/** "My plan" may be a tab or a link. */
export const myPlan = (page: Page): Locator =>
  page
    .getByRole('tab', { name: 'My plan', exact: true })
    .or(page.getByRole('link', { name: 'My plan', exact: true }));

export const searchBox = (page: Page): Locator =>
  page.getByRole('searchbox', { name: 'Search talks', exact: true });

export const exportButton = (page: Page): Locator =>
  page.getByRole('button', { name: /Export.*\.ics|\.ics.*Export/ });

/** Waits until a locator matches exactly `count` elements, naming what was awaited on failure. */
export async function expectCount(locator: Locator, count: number, what: string): Promise<void> {
  await expect.poll(() => locator.count(), { message: what, timeout: 5_000 }).toBe(count);
}

/** Waits for an element to be visible, naming it in the failure. */
export async function expectVisible(locator: Locator, what: string): Promise<void> {
  await expect
    .poll(() => locator.first().isVisible(), {
      message: `${what} should be visible`,
      timeout: 5_000,
    })
    .toBe(true);
}

/** Waits for an element to be gone or hidden. */
export async function expectHidden(locator: Locator, what: string): Promise<void> {
  await expect
    .poll(() => locator.first().isVisible(), {
      message: `${what} should be hidden`,
      timeout: 5_000,
    })
    .toBe(false);
}

/** Waits for a toggle's `aria-pressed` to settle on the expected value. */
export async function expectPressed(
  toggle: Locator,
  pressed: boolean,
  what: string,
): Promise<void> {
  await expect
    .poll(() => toggle.getAttribute('aria-pressed'), {
      message: `${what} aria-pressed`,
      timeout: 5_000,
    })
    .toBe(String(pressed));
}

/** Chooses a day and waits until its tab is selected. */
export async function showDay(page: Page, day: Day): Promise<void> {
  const tab = dayTab(page, day);
  await tab.click();
  await expect
    .poll(() => tab.getAttribute('aria-selected'), { message: `tab "${day}" selected` })
    .toBe('true');
}

/** Stars a talk on the given day (unless it is already starred) and waits for the toggle to say so. */
export async function starTalk(page: Page, day: Day, title: string): Promise<void> {
  await showDay(page, day);
  const star = starOf(talk(page, title));
  if ((await star.getAttribute('aria-pressed')) !== 'true') await star.click();
  await expectPressed(star, true, `star of "${title}"`);
}

/** Opens a talk's details from its article: its title is the way in, as a button or a link. */
export async function openDetails(page: Page, title: string): Promise<Locator> {
  const article = talk(page, title);
  const opener = article
    .getByRole('button', { name: spoken(title), exact: true })
    .or(article.getByRole('link', { name: spoken(title), exact: true }))
    .first();
  await opener.click();
  const details = page.getByRole('dialog', { name: spoken(title), exact: true });
  await expectVisible(details, `details dialog named "${title}"`);
  return details;
}

/** Whether the page scrolls sideways: its content is wider than the viewport. */
export const pageScrollWidth = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth);
