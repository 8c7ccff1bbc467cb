import { ScheduleView } from '../features/schedule/schedule-view';
import { schedule } from './schedule-data';

export function App() {
  return (
    <div className="app">
      <header className="app__header">
        <h1>{schedule.conference.shortName}: Cilium talks</h1>
      </header>
      <main>
        <ScheduleView schedule={schedule} />
      </main>
    </div>
  );
}
