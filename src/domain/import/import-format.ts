import type { ScheduleFormat } from '@/domain/schedule-schema';

/** The formats a schedule file can be opened from. */
export type ImportFormat = Exclude<ScheduleFormat, 'seed'>;

/** How each format is named to a person. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'frab-xml': 'frab/Pentabarf schedule XML',
  'schedule-json': 'pretalx/frab/c3voc schedule JSON',
  'pretalx-widget': 'pretalx schedule widget JSON',
  icalendar: 'iCalendar (.ics)',
  sessionize: 'Sessionize "All data" JSON',
};
