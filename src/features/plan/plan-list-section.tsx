import { useId, type ReactNode } from 'react';
import { MutedText } from '@/components/muted-text';
import styles from './plan-list-section.module.css';

interface PlanListSectionProps {
  heading: string;
  /** One sentence on what the list holds. */
  intro: ReactNode;
  /** The border: plain for kept talks, dashed for missing ones, starred for changed ones. */
  tone: 'kept' | 'missing' | 'changed';
  /** The list's items. */
  children: ReactNode;
}

/** A titled list beside My plan's picks (Changes, Watch later, talks no longer listed). */
export function PlanListSection({ heading, intro, tone, children }: PlanListSectionProps) {
  const headingId = useId();
  const toneClass = tone === 'kept' ? '' : ` ${styles[tone]}`;
  return (
    <section className={`${styles.section}${toneClass}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <MutedText>{intro}</MutedText>
      <ul>{children}</ul>
    </section>
  );
}
