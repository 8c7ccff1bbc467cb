import styles from './talk-card-surface.module.css';

/**
 * The class of a talk card's box, for the schedule's cards and My plan's picks alike. Imported
 * from script (not CSS `composes`) so the rule is bundled once, before the cards' own rules.
 */
export const talkCardSurface = styles.surface;
