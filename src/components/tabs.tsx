import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import styles from './tabs.module.css';

export interface Tab<Value extends string> {
  value: Value;
  label: ReactNode;
}

interface TabsProps<Value extends string> {
  /** The tab set's id (from `useId`), shared with its `TabPanel`. */
  id: string;
  /** What the tabs choose between, for screen readers. */
  label: string;
  tabs: readonly Tab<Value>[];
  selected: Value;
  onSelect: (value: Value) => void;
  /** `strip` runs the width of its container on a rule and shares it out on phones; `inline` sits in a row. */
  variant?: 'strip' | 'inline';
}

/** The id of one tab of the set, which its panel is labelled by. */
export const tabId = (setId: string, value: string) => `${setId}-tab-${value}`;
const panelId = (setId: string) => `${setId}-panel`;

// Arrow keys wrap around; Home and End jump to the ends (WAI-ARIA tab pattern).
const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * A row of tabs with the WAI-ARIA tab pattern: one Tab stop (the selected tab), arrow keys,
 * Home and End move and select at once.
 */
export function Tabs<Value extends string>({
  id,
  label,
  tabs,
  selected,
  onSelect,
  variant = 'inline',
}: TabsProps<Value>) {
  const tabRefs = useRef(new Map<Value, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = KEY_STEPS[event.key];
    if (!step || tabs.length === 0) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.value === selected);
    const next = tabs[step(Math.max(index, 0), tabs.length)];
    if (!next) return;
    onSelect(next.value);
    tabRefs.current.get(next.value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={`${styles.list} ${styles[variant]}`}>
      {tabs.map((tab) => (
        <button
          key={tab.value}
          ref={(element) => {
            if (element) tabRefs.current.set(tab.value, element);
            else tabRefs.current.delete(tab.value);
          }}
          type="button"
          role="tab"
          id={tabId(id, tab.value)}
          aria-selected={tab.value === selected}
          aria-controls={panelId(id)}
          tabIndex={tab.value === selected ? 0 : -1}
          className={styles.tab}
          onClick={() => onSelect(tab.value)}
          onKeyDown={onKeyDown}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

interface TabPanelProps {
  /** The id of the `Tabs` this panel belongs to. */
  tabsId: string;
  selected: string;
  className?: string;
  children: ReactNode;
}

/** The one panel that shows the selected tab's content. */
export function TabPanel({ tabsId, selected, className, children }: TabPanelProps) {
  return (
    <div
      id={panelId(tabsId)}
      role="tabpanel"
      aria-labelledby={tabId(tabsId, selected)}
      className={className}
    >
      {children}
    </div>
  );
}
