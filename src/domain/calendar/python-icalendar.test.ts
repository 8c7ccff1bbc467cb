import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Conference } from '@/domain/schedule-schema';
import { resolvePicks } from '@/domain/plan/resolve-picks';
import { changedPicks } from '@/domain/schedule-changes/changed-picks';
import { diffSchedules } from '@/domain/schedule-changes/diff-schedules';
import { ids, version1, version2Talks } from '../../../tests/helpers/schedule-versions';
import { buildPlanCalendar } from './build-plan-calendar';
import { reviseTalks } from './talk-revisions';

/** Debian's interpreter, where `apt-get install python3-icalendar` puts the module. */
const PYTHON = '/usr/bin/python3';

/** Why Debian's python3-icalendar cannot run here, or null when it can. */
function whyPythonIcalendarIsMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import icalendar'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} is not installed`;
  if (probe.status !== 0) return `${PYTHON} has no icalendar module`;
  return null;
}

/** Reads a calendar from standard input with python-icalendar and prints what it understood, as JSON. */
const READ_CALENDAR = `
import json, sys, icalendar
calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
print(json.dumps({
  "name": str(calendar.get("X-WR-CALNAME")),
  "events": [{
    "uid": str(event.get("UID")),
    "sequence": event.decoded("SEQUENCE"),
    "status": str(event.get("STATUS")),
    "priority": event.decoded("PRIORITY") if "PRIORITY" in event else None,
    "start": event.decoded("DTSTART").isoformat(),
    "url": str(event.get("URL")),
  } for event in calendar.walk("VEVENT")],
}))
`;

const missing = whyPythonIcalendarIsMissing();
const title = missing
  ? `SKIPPED: ${missing}; install Debian's python3-icalendar to run this check`
  : 'reads the UIDs, SEQUENCE, STATUS, PRIORITY and escaped name of a re-export';

// Said aloud too, since a skipped test's name is easy to miss in a summary.
if (missing) console.warn(title);

describe("a re-export read by Debian's python3-icalendar", () => {
  it.skipIf(missing !== null)(title, () => {
    const conference: Conference = {
      ...version1.conference,
      name: 'Foo, Bar; Baz\\Qux',
      // A line break too: unescaped, it would cut the name's line in two.
      shortName: 'Foo, Bar; Baz\\Qux\nSpring edition',
    };
    const picks = [ids.tutorial, ids.serviceMesh, ids.adobe];
    const diff = diffSchedules(version1.talks, version2Talks);
    const talks = resolvePicks(picks, version2Talks).talks.map((talk) =>
      talk.id === ids.adobe ? { ...talk, url: 'https://example.com/talks/a,b;c?day=1,2' } : talk,
    );
    const ics = buildPlanCalendar({
      talks,
      cancelledTalks: changedPicks(diff, picks).cancelled,
      revisions: reviseTalks({}, diff),
      mustSeeIds: new Set([ids.adobe]),
      conference,
      reminderMinutes: 10,
      now: Date.parse('2023-11-05T19:30:00Z'),
    });

    const run = spawnSync(PYTHON, ['-c', READ_CALENDAR], { input: ics, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as {
      name: string;
      events: { uid: string; sequence: number; status: string; priority: number | null }[];
    };
    expect(read.name).toBe('Foo, Bar; Baz\\Qux\nSpring edition — my plan');
    expect(read.events).toEqual([
      {
        uid: '1Rj0z@kubecon-na-2023.kubecon-planner',
        sequence: 0,
        status: 'CONFIRMED',
        priority: 1,
        start: '2023-11-06T15:15:00+00:00',
        url: 'https://example.com/talks/a,b;c?day=1,2',
      },
      {
        uid: '1R2on@kubecon-na-2023.kubecon-planner',
        sequence: 1,
        status: 'CONFIRMED',
        priority: null,
        start: '2023-11-08T15:00:00+00:00',
        url: 'https://kccncna2023.sched.com/event/1R2on/tutorial-demystifying-cilium-learn-how-to-build-an-ebpf-cni-plugin-from-scratch-adam-sayah-soloio',
      },
      {
        uid: '1R2ts@kubecon-na-2023.kubecon-planner',
        sequence: 1,
        status: 'CANCELLED',
        priority: null,
        start: '2023-11-07T23:25:00+00:00',
        url: 'https://kccncna2023.sched.com/event/1R2ts',
      },
    ]);
  });
});
