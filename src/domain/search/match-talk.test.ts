import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { makeTalk, paragraphs } from '../../../tests/helpers/make-talk';
import { filterTalks } from './filter-talks';
import { isFiltering, type TalkFilter } from './talk-filter';
import { foldText } from './fold-text';
import { matchesWords, queryWords } from './match-talk';

const NO_FILTER: TalkFilter = { query: '', events: null, onlyIds: null };

const { talks } = loadSchedule(raw);
const titlesFor = (query: string) =>
  filterTalks(talks, { ...NO_FILTER, query }).map((talk) => talk.speakers.map((s) => s.name));

describe('foldText', () => {
  it('drops accents and case', () => {
    expect(foldText('Marcel ZIĘBA, Luis Ramírez')).toBe('marcel zieba, luis ramirez');
  });
});

describe('filterTalks', () => {
  it('finds speakers whatever accents the query leaves out', () => {
    expect(titlesFor('zieba')).toEqual([['Marcel Zięba', 'Dorde Lapcevic']]);
    expect(titlesFor('RAMIREZ')).toEqual([['Luis Ramírez']]);
    expect(titlesFor('Zięba')).toHaveLength(1);
  });

  it('searches companies and abstracts, and needs every word', () => {
    const ids = (query: string) => filterTalks(talks, { ...NO_FILTER, query }).map((t) => t.id);
    expect(ids('superorbital')).toEqual(['1Rj1R', '1R2ux']);
    expect(ids('wireguard ipsec')).toEqual(['1RqJH', '1R2tD']);
    expect(filterTalks(talks, { ...NO_FILTER, query: 'wireguard nomad' })).toHaveLength(0);
  });

  it('keeps only the chosen events and ids', () => {
    expect(filterTalks(talks, { ...NO_FILTER, events: ['ArgoCon'] }).map((t) => t.id)).toEqual([
      '1Rj31',
    ]);
    expect(
      filterTalks(talks, { ...NO_FILTER, onlyIds: new Set(['1R2tD', 'gone']) }).map((t) => t.id),
    ).toEqual(['1R2tD']);
  });

  it('shows everything without a filter', () => {
    expect(filterTalks(talks, NO_FILTER)).toHaveLength(talks.length);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: ' x ' })).toBe(true);
  });
});

describe('queryWords and matchesWords', () => {
  const [first] = talks;
  if (!first) throw new Error('the bundled schedule has talks');

  it('folds and splits a query once, dropping empty words', () => {
    expect(queryWords('  Zięba  eBPF ')).toEqual(['zieba', 'ebpf']);
    expect(queryWords('   ')).toEqual([]);
  });

  it('matches a talk on its folded title, and every talk on no words', () => {
    const titleWords = queryWords(first.title).slice(0, 2);
    expect(matchesWords(first, titleWords)).toBe(true);
    expect(matchesWords(first, ['no-such-word-anywhere'])).toBe(false);
    expect(matchesWords(first, [])).toBe(true);
  });

  it('looks through speakers, companies and the abstract, not only the title', () => {
    const talk = {
      ...makeTalk('x', '10:00', '10:30', { title: 'Routing at scale' }),
      speakers: [{ name: 'Ana Pérez', affiliation: 'Isovalent' }],
      abstract: paragraphs('We cover WireGuard tunnels.'),
    };
    expect(matchesWords(talk, queryWords('perez'))).toBe(true);
    expect(matchesWords(talk, queryWords('isovalent routing'))).toBe(true);
    expect(matchesWords(talk, queryWords('wireguard'))).toBe(true);
    expect(matchesWords(talk, queryWords('ipsec'))).toBe(false);
  });

  it('does not match a word made of the end of one field and the start of the next', () => {
    const talk = {
      ...makeTalk('y', '10:00', '10:30', { title: 'Intro to eBPF' }),
      speakers: [{ name: 'Ana', affiliation: null }],
    };
    expect(matchesWords(talk, ['ebpf'])).toBe(true);
    expect(matchesWords(talk, ['ebpfana'])).toBe(false);
    expect(matchesWords(talk, ['ebpf ana'])).toBe(false);
  });
});
