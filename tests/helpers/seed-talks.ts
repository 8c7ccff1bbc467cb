import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The blog post the bundled talks are extracted from, as kept in the repository. */
const seedPath = fileURLToPath(
  new URL('../../scripts/sources/cilium-kubecon-na-2023.md', import.meta.url),
);

/**
 * The link texts ("Title - Speakers, Company") of the post's talks on one day, named as the post's
 * bold time lines name it (e.g. "Monday, November 6"), in the post's order.
 */
export function seedLinkTextsOn(dayInPost: string): string[] {
  const lines = readFileSync(seedPath, 'utf8').split('\n');
  const texts: string[] = [];
  let lastLink: string | null = null;
  for (const line of lines) {
    const link = /^\[(.+)\]\(https?:\/\/[^)]+\)\s*$/.exec(line.trim());
    if (link?.[1]) lastLink = link[1];
    else if (line.startsWith(`**${dayInPost}`) && lastLink !== null) {
      texts.push(lastLink);
      lastLink = null;
    }
  }
  return texts;
}
