// @vitest-environment node
import type { Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parseHeading as parseHeadingLink, talkLinkOf } from './parse-heading';

const link = (text: string, url = 'https://kccncna2023.sched.com/event/1R2vB') =>
  `[${text}](${url})`;

/** The first block of a piece of markdown, as the extractor walks it. */
const firstBlock = (markdown: string) => {
  const [block] = fromMarkdown(markdown).children;
  if (!block) throw new Error('no block');
  return block;
};

const isTalkHeading = (markdown: string) => talkLinkOf(firstBlock(markdown)) !== undefined;

/** Reads a heading written as the seed writes it: one whole-line link. */
const parseHeading = (markdown: string) => {
  const heading: Link | undefined = talkLinkOf(firstBlock(markdown));
  if (!heading) throw new Error(`not a talk heading: ${markdown}`);
  return parseHeadingLink(heading);
};

describe('parseHeading', () => {
  it('splits title and speakers at the last " - " when the title itself contains " - "', () => {
    const heading = parseHeading(
      link(
        'Paint the Picture! - Detecting Suspicious Data Patterns in Encrypted Traffic with eBPF and KTLS - Natalia Reka Ivanko & John Fastabend, Isovalent',
      ),
    );
    expect(heading.title).toBe(
      'Paint the Picture! - Detecting Suspicious Data Patterns in Encrypted Traffic with eBPF and KTLS',
    );
    expect(heading.speakers).toEqual([
      { name: 'Natalia Reka Ivanko', affiliation: 'Isovalent' },
      { name: 'John Fastabend', affiliation: 'Isovalent' },
    ]);
  });

  it('keeps a "Word- Word" hyphen inside the title', () => {
    const heading = parseHeading(
      link(
        'Past, Present, Future of Tetragon- First Production Use Cases - John Fastabend, Isovalent',
      ),
    );
    expect(heading.title).toBe('Past, Present, Future of Tetragon- First Production Use Cases');
  });

  it('reads a talk with no speakers at all', () => {
    expect(parseHeading(link('Keynote: CNCF Graduated Project Updates'))).toMatchObject({
      title: 'Keynote: CNCF Graduated Project Updates',
      speakers: [],
    });
  });

  it('does not mistake a " - " subtitle without people for speakers', () => {
    expect(parseHeading(link('Documentary Film - eBPF: Unlocking the Kernel'))).toMatchObject({
      title: 'Documentary Film - eBPF: Unlocking the Kernel',
      speakers: [],
    });
  });

  it('removes a stray backtick standing before the speaker separator', () => {
    const heading = parseHeading(
      link(
        'Sponsored Keynote: Effortless Mutual Authentication With Cilium`- Christine Kim, Isovalent',
      ),
    );
    expect(heading.title).toBe('Sponsored Keynote: Effortless Mutual Authentication With Cilium');
    expect(heading.speakers).toEqual([{ name: 'Christine Kim', affiliation: 'Isovalent' }]);
  });

  it('removes bold markers from the title', () => {
    expect(parseHeading(link('**Bold** Talk - Ann Lee, Acme')).title).toBe('Bold Talk');
  });

  it('takes the id from the link path and drops the embed query string', () => {
    const heading = parseHeading(
      link(
        'Turning up Performance to 11 - Daniel Borkmann, Isovalent',
        'https://kccncna2023.sched.com/event/1R2s5/turning-up?iframe=no&w=100%&sidebar=yes&bg=no',
      ),
    );
    expect(heading.id).toBe('1R2s5');
    expect(heading.url).toBe('https://kccncna2023.sched.com/event/1R2s5/turning-up');
  });

  it('keeps emoji in titles as written', () => {
    expect(
      parseHeading(
        link('Lightning Talk: 🚀 Git Going Fast with Cilium and Argo - Christine Kim, Isovalent'),
      ).title,
    ).toBe('Lightning Talk: 🚀 Git Going Fast with Cilium and Argo');
  });
});

describe('isTalkHeading', () => {
  it('accepts a whole-line link to a schedule event and nothing else', () => {
    expect(isTalkHeading(link('A talk - Ann Lee, Acme'))).toBe(true);
    expect(isTalkHeading('![Cilium Talks at KubeCon](cover.png)')).toBe(false);
    expect(
      isTalkHeading('Fresh on the heels of [graduation](https://www.cncf.io/x) and more'),
    ).toBe(false);
    expect(
      isTalkHeading('[agenda](https://colocatedeventsna2023.sched.com/overview/area/CiliumCon)'),
    ).toBe(false);
    expect(isTalkHeading(`**${link('A talk - Ann Lee, Acme')}**`)).toBe(false);
    expect(isTalkHeading(`${link('One')} ${link('Two', 'https://x.sched.com/event/1R2vC')}`)).toBe(
      false,
    );
  });
});
