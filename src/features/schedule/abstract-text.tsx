import { abstractBlocks } from './abstract-blocks';

/** A talk's abstract as paragraphs and bullet lists. */
export function AbstractText({ abstract }: { abstract: string }) {
  const blocks = abstractBlocks(abstract);
  if (blocks.length === 0) return <p className="muted">No abstract was published for this talk.</p>;
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
