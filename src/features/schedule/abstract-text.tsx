import { abstractBlocks } from '../../domain/abstract/abstract-blocks';
import type { Abstract } from '../../domain/schedule-schema';

/** Whether the abstracts, which arrive just after the first paint, are here yet. */
export type AbstractStatus = 'loading' | 'loaded' | 'failed';

interface AbstractTextProps {
  abstract: Abstract;
  status?: AbstractStatus;
}

/** A talk's abstract as paragraphs and bullet lists, all as plain text. */
export function AbstractText({ abstract, status = 'loaded' }: AbstractTextProps) {
  if (status === 'loading') return <p className="muted">Loading the abstract…</p>;
  if (status === 'failed') {
    return <p className="muted">The abstract could not be loaded. Reload the page to try again.</p>;
  }
  const blocks = abstractBlocks(abstract);
  if (blocks.length === 0) return <p className="muted">No abstract was published for this talk.</p>;
  return (
    <>
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
