export type AbstractBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/**
 * Splits an abstract into paragraphs (separated by blank lines) and bullet lists (lines starting "- ").
 *
 * @example abstractBlocks('Intro\n\n- one\n- two') // [{ kind: 'paragraph', … }, { kind: 'list', items: ['one', 'two'] }]
 */
export function abstractBlocks(abstract: string): AbstractBlock[] {
  const blocks: AbstractBlock[] = [];
  for (const chunk of abstract.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length > 0) blocks.push({ kind: 'list', items: list });
      list = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        flushParagraph();
        list.push(line.slice(2).trim());
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
