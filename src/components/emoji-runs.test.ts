import { describe, expect, it } from 'vitest';
import { emojiRuns } from './emoji-runs';

describe('emojiRuns', () => {
  it.each([
    [
      'sets an emoji and the space after it apart from the words',
      'Lightning Talk: 🚀 Git Going Fast with Cilium and Argo',
      [
        { text: 'Lightning Talk: ', emoji: false },
        { text: '🚀 ', emoji: true },
        { text: 'Git Going Fast with Cilium and Argo', emoji: false },
      ],
    ],
    [
      'handles a leading emoji',
      '🚨 Contribfest',
      [
        { text: '🚨 ', emoji: true },
        { text: 'Contribfest', emoji: false },
      ],
    ],
    [
      'keeps joined emoji whole',
      'Team 👩‍👩‍👧 🇩🇪!',
      [
        { text: 'Team ', emoji: false },
        { text: '👩‍👩‍👧 🇩🇪', emoji: true },
        { text: '!', emoji: false },
      ],
    ],
    [
      'leaves text without emoji as one run, digits and symbols included',
      'eBPF 101: #1 & © 2023',
      [{ text: 'eBPF 101: #1 & © 2023', emoji: false }],
    ],
  ])('%s', (_, text, runs) => {
    expect(emojiRuns(text)).toEqual(runs);
  });
});
