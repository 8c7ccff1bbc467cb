import { emojiRuns } from './emoji-runs';

/**
 * Text whose emoji are seen but not read aloud: screen readers would say "rocket" in every name
 * the text is part of (the talk's article, heading and link).
 */
export function SeenEmoji({ text }: { text: string }) {
  const runs = emojiRuns(text);
  if (runs.length === 1 && !runs[0]?.emoji) return text;
  return runs.map((run, index) =>
    run.emoji ? (
      <span key={index} aria-hidden="true">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
