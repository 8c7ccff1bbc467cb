import { useId, type ReactNode, type Ref } from 'react';
import { Button } from '@/components/button';
import styles from './shared-plan-view.module.css';

interface SharedPlanFrameProps {
  onDismiss: () => void;
  ref?: Ref<HTMLElement>;
  /** What the link brought: its picks, where they belong, or what is wrong with it. */
  children: ReactNode;
}

/** The "Shared plan" section around whatever a share link brought, with its Close button. */
export function SharedPlanFrame({ onDismiss, ref, children }: SharedPlanFrameProps) {
  const headingId = useId();
  return (
    <section ref={ref} className={styles.shared} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId}>Shared plan</h2>
        <Button variant="outline" onClick={onDismiss}>
          Close shared plan
        </Button>
      </div>
      {children}
    </section>
  );
}
