import type { ButtonHTMLAttributes } from 'react';
import styles from './button.module.css';

type ButtonVariant = 'primary' | 'outline' | 'plain' | 'danger' | 'link' | 'icon';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * `primary` is the main action, `outline` a secondary one in the accent colour, `plain` a
   * neutral one, `danger` one that destroys, `link` reads as a link, `icon` a round symbol.
   */
  variant?: ButtonVariant;
  /** The smaller height of a toolbar, for a primary button beside outline ones. */
  compact?: boolean;
}

/** The app's one button: a native `<button type="button">` in one of its looks. */
export function Button({
  variant = 'primary',
  compact = false,
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = [styles.button, styles[variant], compact && styles.compact, className];
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...props} />;
}
