import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * React.lazy for a component a module exports by name, so modules keep named exports only.
 *
 * @example const PlanView = lazyComponent(() => import('./plan-view').then((m) => m.PlanView));
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
export function lazyComponent<T extends ComponentType<any>>(
  load: () => Promise<T>,
): LazyExoticComponent<T> {
  return lazy(() => load().then((component) => ({ default: component })));
}
