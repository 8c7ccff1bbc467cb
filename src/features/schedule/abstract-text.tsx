import { MutedText } from '../../components/muted-text';
import { abstractBlocks } from '../../domain/abstract/abstract-blocks';
import type { Abstract } from '../../domain/schedule-schema';
import type { AbstractStatus } from '../../store/shown-schedule';

interface AbstractTextProps {
  abstract: Abstract;
  status?: AbstractStatus;
}

/** A talk's abstract as paragraphs and bullet lists, all as plain text. */
export function AbstractText({ abstract, status = 'loaded' }: AbstractTextProps) {
  if (status === 'loading') return <MutedText>Loading the abstract…</MutedText>;
  if (status === 'failed') {
    return <MutedText>The abstract could not be loaded. Reload the page to try again.</MutedText>;
  }
  const blocks = abstractBlocks(abstract);
  if (blocks.length === 0) return <MutedText>No abstract was published for this talk.</MutedText>;
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
