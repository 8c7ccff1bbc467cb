import { describe, expect, it } from 'vitest';
import { emojiRuns } from './emoji-runs';

describe('emojiRuns', () => {
  it('sets an emoji and the space after it apart from the words', () => {
    expect(emojiRuns('Lightning Talk: 🚀 Git Going Fast with Cilium and Argo')).toEqual([
      { text: 'Lightning Talk: ', emoji: false },
      { text: '🚀 ', emoji: true },
      { text: 'Git Going Fast with Cilium and Argo', emoji: false },
    ]);
  });

  it('handles a leading emoji and keeps joined emoji whole', () => {
    expect(emojiRuns('🚨 Contribfest')).toEqual([
      { text: '🚨 ', emoji: true },
      { text: 'Contribfest', emoji: false },
    ]);
    expect(emojiRuns('Team 👩‍👩‍👧 🇩🇪!')).toEqual([
      { text: 'Team ', emoji: false },
      { text: '👩‍👩‍👧 🇩🇪', emoji: true },
      { text: '!', emoji: false },
    ]);
  });

  it('leaves text without emoji as one run, digits and symbols included', () => {
    expect(emojiRuns('eBPF 101: #1 & © 2023')).toEqual([
      { text: 'eBPF 101: #1 & © 2023', emoji: false },
    ]);
  });
});
