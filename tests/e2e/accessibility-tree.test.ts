import type { CDPSession } from 'playwright-core';
import { expect } from 'vitest';
import { showDay, spoken, starOf, talk, titles } from './support/app';
import { desktop, journey, useBrowser } from './support/browser';
import { talksOn } from './support/schedule';

const browser = useBrowser();

/** How many minutes the tutorial and the panel overlap, worked out from the schedule file. */
function overlapMinutes(a: string, b: string): number {
  const [first, second] = [a, b].map((title) => {
    const found = talksOn('2023-11-07').find((t) => t.title === title);
    if (!found) throw new Error(`no Tuesday talk "${title}" in the schedule file`);
    return { start: Date.parse(found.start), end: Date.parse(found.end) };
  });
  if (!first || !second) throw new Error('two talks expected');
  return (Math.min(first.end, second.end) - Math.max(first.start, second.start)) / 60_000;
}
/** A talk's event as the schedule file gives it. */
function eventOf(day: string, title: string): string {
  const found = talksOn(day).find((t) => t.title === title);
  if (!found) throw new Error(`no talk "${title}" on ${day} in the schedule file`);
  return found.column;
}
const overlap = overlapMinutes(titles.tutorial, titles.serviceMesh);

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
}

/** Chromium's whole accessibility tree, as a screen reader gets it. */
async function fullTree(cdp: CDPSession): Promise<Map<string, AXNode>> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return new Map(nodes.map((node) => [node.nodeId, node]));
}

const text = (value: AXValue | undefined) => (typeof value?.value === 'string' ? value.value : '');

/** The names of every unignored node below `node`, in reading order. */
function spokenBelow(tree: Map<string, AXNode>, node: AXNode): string[] {
  const out: string[] = [];
  for (const id of node.childIds ?? []) {
    const child = tree.get(id);
    if (!child) continue;
    if (!child.ignored && text(child.role) === 'StaticText') out.push(text(child.name));
    out.push(...spokenBelow(tree, child));
  }
  return out;
}

/** The nodes below `node`, at any depth. */
function below(tree: Map<string, AXNode>, node: AXNode): AXNode[] {
  return (node.childIds ?? []).flatMap((id) => {
    const child = tree.get(id);
    return child ? [child, ...below(tree, child)] : [];
  });
}

const findNode = (tree: Map<string, AXNode>, role: string, name: string): AXNode | undefined =>
  [...tree.values()].find((n) => !n.ignored && text(n.role) === role && text(n.name) === name);

/** What every polite status region currently says. */
async function liveStatusTexts(cdp: CDPSession): Promise<string[]> {
  const tree = await fullTree(cdp);
  return [...tree.values()]
    .filter((n) => !n.ignored && text(n.role) === 'status')
    .map((n) => spokenBelow(tree, n).join(''));
}

journey(
  'heard on a laptop: a card says its event, and starring into a clash is announced',
  async () => {
    const { page } = await browser.openApp({ viewport: desktop });
    const cdp = await page.context().newCDPSession(page);
    await showDay(page, 'Tue 7 Nov');

    // The tutorial's card, as heard: title first, then its time and its event (from the schedule file).
    let tree = await fullTree(cdp);
    const card = findNode(tree, 'article', titles.tutorial);
    expect(card, 'the tutorial is an article named by its title').toBeDefined();
    if (!card) return;
    const heard = spokenBelow(tree, card).join(' ');
    expect(heard.startsWith(titles.tutorial), `heard: ${heard}`).toBe(true);
    expect(heard, 'the event is heard on a laptop').toContain(
      eventOf('2023-11-07', titles.tutorial),
    );
    expect(heard).toMatch(/4:30\s*–\s*6:00\s*PM/);
    // The title is heard once in the card (its heading link), not again in the star's name.
    const star = below(tree, card).find((n) => !n.ignored && text(n.role) === 'button');
    expect(text(star?.name)).toBe('Star');

    // On a day of several events too, where the column heading shows it to the eye.
    await showDay(page, 'Mon 6 Nov');
    tree = await fullTree(cdp);
    // Its title's 🚀 is seen but not heard, in the article's name or below it.
    const argo = findNode(tree, 'article', spoken(titles.lightning));
    // Text pieces are joined by spaces here, so runs of spaces are folded before comparing.
    const heardArgo = argo ? spokenBelow(tree, argo).join(' ').replace(/\s+/g, ' ') : '';
    expect(heardArgo).toContain(eventOf('2023-11-06', titles.lightning));
    expect(heardArgo.startsWith(spoken(titles.lightning)), `heard: ${heardArgo}`).toBe(true);
    expect(heardArgo).not.toContain('🚀');
    await showDay(page, 'Tue 7 Nov');

    // Starring the second of two overlapping talks is announced politely, with the overlap.
    await starOf(talk(page, titles.tutorial)).click();
    await starOf(talk(page, titles.serviceMesh)).click();
    await expect
      .poll(() => liveStatusTexts(cdp), { message: 'a status says the overlap' })
      .toContainEqual(`Overlaps with ${titles.tutorial} by ${overlap} min.`);

    // And the pressed star is described by its clash note.
    tree = await fullTree(cdp);
    const meshCard = findNode(tree, 'article', titles.serviceMesh);
    const meshStar = meshCard
      ? below(tree, meshCard).find((n) => !n.ignored && text(n.role) === 'button')
      : undefined;
    expect(text(meshStar?.description)).toBe(`Overlaps with ${titles.tutorial} by ${overlap} min`);
  },
);
