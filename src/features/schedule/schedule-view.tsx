import type { Schedule } from '../../domain/schedule-schema';
import { TalkCard } from './talk-card';

const timeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' });

/** Lists every talk of the schedule in time order. */
export function ScheduleView({ schedule }: { schedule: Schedule }) {
  const format = timeFormat(schedule.conference.timeZone);
  return (
    <section aria-label="Schedule">
      <p>{schedule.talks.length} talks</p>
      {schedule.talks.map((talk) => (
        <TalkCard
          key={talk.id}
          talk={talk}
          timeRange={`${format.format(new Date(talk.start))} – ${format.format(new Date(talk.end))}`}
        />
      ))}
    </section>
  );
}
