import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { MutedText } from '@/components/muted-text';
import { abstractBlocks } from '@/domain/abstract/abstract-blocks';
import type { Abstract } from '@/domain/schedule-schema';
import type { AbstractStatus } from '@/store/shown-schedule';

const RichAbstract = lazyComponent(() => import('./rich-abstract').then((m) => m.RichAbstract));

interface AbstractTextProps {
  abstract: Abstract;
  status?: AbstractStatus;
  /** What relative links in an HTML or Markdown abstract resolve against: the talk's or schedule's page. */
  linkBase?: string | null;
}

/**
 * A talk's abstract: HTML and Markdown sanitised (loaded on demand), anything else as paragraphs
 * and bullet lists of plain text.
 */
export function AbstractText({ abstract, status = 'loaded', linkBase = null }: AbstractTextProps) {
  if (status === 'loading') return <MutedText>Loading the abstract…</MutedText>;
  if (status === 'failed') {
    return <MutedText>The abstract could not be loaded. Reload the page to try again.</MutedText>;
  }
  if ((abstract.format === 'html' || abstract.format === 'markdown') && abstract.source.trim()) {
    const { format, source } = abstract;
    return (
      <Suspense fallback={<MutedText>Loading the abstract…</MutedText>}>
        <RichAbstract abstract={{ format, source }} linkBase={linkBase} />
      </Suspense>
    );
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
