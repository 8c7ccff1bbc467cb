import { abstractHtml } from '@/lib/abstract-html';
import styles from './rich-abstract.module.css';

interface RichAbstractProps {
  abstract: { format: 'html' | 'markdown'; source: string };
  /** What relative links in the abstract are resolved against; null drops them. */
  linkBase: string | null;
}

/**
 * An HTML or Markdown abstract, sanitised: loaded with the details, never at start-up, as it
 * brings the Markdown parser and the sanitiser with it.
 */
export function RichAbstract({ abstract, linkBase }: RichAbstractProps) {
  // Only DOMPurify's output reaches the sink, as TrustedHTML where the browser enforces it.
  const html = abstractHtml(abstract, linkBase) as unknown as string;
  return <div className={styles.abstract} dangerouslySetInnerHTML={{ __html: html }} />;
}
