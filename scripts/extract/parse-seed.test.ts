// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSchedule } from '../../src/domain/load-schedule';
import { buildScheduleJson, OUTPUT_PATH } from '../extract-talks';

const schedule = loadSchedule(JSON.parse(buildScheduleJson()));
const byId = (id: string) => {
  const talk = schedule.talks.find((t) => t.id === id);
  if (!talk) throw new Error(`no talk ${id}`);
  return talk;
};

/** The structured blocks of a talk's abstract, as the extractor writes every abstract. */
const blocksOf = (id: string) => {
  const { abstract } = byId(id);
  if (abstract.format !== 'blocks') throw new Error(`abstract of ${id} is ${abstract.format}`);
  return abstract.blocks;
};

describe('extracting the seed post', () => {
  it('finds all 25 talks with unique ids', () => {
    expect(schedule.talks).toHaveLength(25);
    expect(new Set(schedule.talks.map((t) => t.id)).size).toBe(25);
  });

  it('puts every talk inside 6–9 Nov 2023 Central time, ending after it starts', () => {
    const first = Date.parse('2023-11-06T00:00:00-06:00');
    const last = Date.parse('2023-11-10T00:00:00-06:00');
    for (const talk of schedule.talks) {
      const start = Date.parse(talk.start);
      const end = Date.parse(talk.end);
      expect(end, talk.title).toBeGreaterThan(start);
      expect(start, talk.title).toBeGreaterThanOrEqual(first);
      expect(end, talk.title).toBeLessThanOrEqual(last);
      expect(talk.start.endsWith('-06:00'), talk.title).toBe(true);
    }
  });

  it('assigns talks to the event of their section', () => {
    const count = (event: string) => schedule.talks.filter((t) => t.column === event).length;
    expect(count('CiliumCon')).toBe(14);
    expect(count('ArgoCon')).toBe(1);
    expect(count('KubeCon + CloudNativeCon')).toBe(10);
  });

  it('reads the first talk exactly', () => {
    expect(byId('1Rj0z')).toMatchObject({
      title:
        "From Imagination to Implementation: Inside Adobe's Production-Grade Deployment with Cilium",
      speakers: [
        { name: 'Joseph Sandoval', affiliation: 'Adobe' },
        { name: 'Tony Gosselin', affiliation: 'Adobe' },
      ],
      column: 'CiliumCon',
      start: '2023-11-06T09:15:00-06:00',
      end: '2023-11-06T09:40:00-06:00',
      day: '2023-11-06',
      room: null,
      track: null,
      recorded: null,
    });
  });

  it('keeps the bullet list of an abstract and drops the post’s closing remarks', () => {
    // Lines 135–142 of the seed: a paragraph, four bullets, a paragraph.
    const blocks = blocksOf('1R2tD');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toEqual({
      type: 'list',
      items: [
        'Explore the mTLS handshake step-by-step',
        'Contrast with transparent encryption using node identities',
        'Understand where encryption takes place in different models',
        'Discuss options for encrypting L7 protocols other than HTTP',
      ],
    });
    const last = blocksOf('1R2ux');
    expect(JSON.stringify(last)).not.toContain('Make sure you stop by');
    expect(last.at(-1)).toMatchObject({
      type: 'paragraph',
      text: expect.stringMatching(/Datadog, Isovalent, and SuperOrbital\.$/),
    });
  });

  it('writes every other abstract as its paragraphs', () => {
    const others = schedule.talks.filter((t) => t.id !== '1R2tD');
    for (const talk of others) {
      expect(
        blocksOf(talk.id).every((block) => block.type === 'paragraph'),
        talk.id,
      ).toBe(true);
    }
    expect(blocksOf('1Rj0z')).toHaveLength(1);
  });

  it('has no markdown left in any title, name or abstract', () => {
    for (const talk of schedule.talks) {
      const text = [
        talk.title,
        JSON.stringify(talk.abstract),
        ...talk.speakers.map((s) => `${s.name} ${s.affiliation}`),
      ];
      for (const piece of text) expect(piece, talk.id).not.toMatch(/\*\*|`|\]\(/);
    }
  });

  it('reproduces the committed data byte for byte', () => {
    expect(buildScheduleJson()).toBe(readFileSync(OUTPUT_PATH, 'utf8'));
  });
});
