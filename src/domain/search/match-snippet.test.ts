import { describe, expect, it } from 'vitest';
import { makeTalk, paragraphs } from '../../../tests/helpers/make-talk';
import { matchSnippet } from './match-snippet';
import { queryWords } from './match-talk';

const talk = {
  ...makeTalk('t', '09:00', '09:30', { title: 'Securing Kubernetes with eBPF' }),
  speakers: [
    { name: 'Marcel Zięba', affiliation: 'Isovalent' },
    { name: 'Ada Lovelace', affiliation: null },
  ],
  abstract: paragraphs(
    'Runtime security has long been hard to get right in large clusters of machines.',
    'This talk shows how Tetragon observes process execution and network activity in the kernel, with almost no overhead, and how its policies stop attacks as they happen.',
  ),
};
const marked = (snippet: ReturnType<typeof matchSnippet>) =>
  snippet && snippet.text.slice(snippet.start, snippet.end);

describe('matchSnippet', () => {
  it('says nothing when the title and the speakers’ names hold every word', () => {
    expect(matchSnippet(talk, queryWords('ebpf zieba'))).toBeNull();
  });

  it('names the company when a word matched a speaker’s company', () => {
    expect(matchSnippet(talk, queryWords('isovalent'))).toEqual({
      where: 'company',
      text: 'Isovalent',
      start: 0,
      end: 9,
    });
  });

  it('quotes the abstract around the word, cut at spaces, with the word marked as written', () => {
    const snippet = matchSnippet(talk, queryWords('ebpf TETRAGON'));
    expect(snippet?.where).toBe('abstract');
    expect(marked(snippet)).toBe('Tetragon');
    expect(snippet?.text).toBe(
      '…large clusters of machines. This talk shows how Tetragon observes process execution and network activity in the kernel, with almost no overhead,…',
    );
  });

  it('finds an accented word from plain letters and marks the accented original', () => {
    const accented = { ...talk, abstract: paragraphs('A talk about the café at the venue.') };
    const snippet = matchSnippet(accented, queryWords('cafe'));
    expect(snippet?.text).toBe('A talk about the café at the venue.');
    expect(marked(snippet)).toBe('café');
  });
});
