import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Schedule } from '../../src/domain/schedule-schema';
import {
  ShownScheduleContext,
  type AbstractStatus,
  type ShownSchedule,
} from '../../src/store/shown-schedule';

interface Options {
  abstractStatus?: AbstractStatus;
  loadFullSchedule?: () => Promise<Schedule>;
}

/** The value the app provides for `schedule`; by default already whole, abstracts loaded. */
export function shownSchedule(schedule: Schedule, options: Options = {}): ShownSchedule {
  return {
    schedule,
    abstractStatus: options.abstractStatus ?? 'loaded',
    loadFullSchedule: options.loadFullSchedule ?? (() => Promise.resolve(schedule)),
  };
}

/** Renders `ui` as the app would, with `schedule` provided as the schedule shown (kept on rerender). */
export function renderWithSchedule(
  schedule: Schedule,
  ui: ReactElement,
  options: Options = {},
): RenderResult {
  const value = shownSchedule(schedule, options);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ShownScheduleContext value={value}>{children}</ShownScheduleContext>
  );
  return render(ui, { wrapper });
}
