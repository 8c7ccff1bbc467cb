import { Button } from '@/components/button';
import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import { SharedPlanFrame } from './shared-plan-frame';
import styles from './shared-plan-view.module.css';

interface SharedPlanElsewhereProps {
  /** The conference the link names; `name` is null when the person has not opened it. */
  conference: { id: string; name: string | null };
  /** Shows that conference, or null when the person does not have it. */
  onShow: (() => void) | null;
  onDismiss: () => void;
}

/** A shared plan for a conference other than the one shown: where it belongs, and nothing added. */
export function SharedPlanElsewhere({ conference, onShow, onDismiss }: SharedPlanElsewhereProps) {
  return (
    <SharedPlanFrame onDismiss={onDismiss}>
      {conference.name !== null && onShow ? (
        <>
          <p>This shared plan is for {conference.name}.</p>
          <Button onClick={onShow}>Show {conference.name}</Button>
        </>
      ) : (
        <p role="alert" className={styles.problem}>
          This shared plan is for a conference you have not opened here (“
          {quoteExcerpt(conference.id)}”). Open its schedule with “Open a schedule”, then open the
          link again. Nothing was added to your plan.
        </p>
      )}
    </SharedPlanFrame>
  );
}
