import { describe, expect, it } from 'vitest';
import { makeTalk, paragraphs } from '../../../tests/helpers/make-talk';
import { talkDescription } from './talk-description';

const talk = {
  ...makeTalk('main', '10:00', '11:00'),
  abstract: paragraphs('What the talk is about.'),
};
const overlaps = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    other: makeTalk(`o${i}`, '10:00', '10:30', { title: `Other ${i + 1}` }),
    overlapMinutes: 30 - i,
  }));

describe('talkDescription', () => {
  it('names every clash of a plan with up to three', () => {
    const lines = talkDescription(talk, overlaps(3)).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Clash: overlaps "Other 1" by 30 min in your plan.',
      'Clash: overlaps "Other 2" by 29 min in your plan.',
      'Clash: overlaps "Other 3" by 28 min in your plan.',
    ]);
    expect(lines[3]).toBe('');
  });

  it('names the first three clashes and counts the rest', () => {
    const text = talkDescription(talk, overlaps(40));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Clash: overlaps "Other 1" by 30 min in your plan.',
      'Clash: overlaps "Other 2" by 29 min in your plan.',
      'Clash: overlaps "Other 3" by 28 min in your plan.',
      'Clash: and 37 more talks in your plan overlap this one.',
    ]);
    expect(text).not.toContain('Other 4');
  });

  it('counts a single unnamed clash as one talk', () => {
    expect(talkDescription(talk, overlaps(4))).toContain(
      'Clash: and 1 more talk in your plan overlaps this one.',
    );
  });

  it('has no clash note without clashes', () => {
    expect(talkDescription(talk, [])).toBe(
      'What the talk is about.\n\nDetails: https://example.com/main',
    );
  });
});
