import type {
  Abstract,
  Conference,
  Schedule,
  Speaker,
  Talk,
} from '../../src/domain/schedule-schema';
import { SCHEDULE_SCHEMA_VERSION } from '../../src/domain/schedule-schema';
import { wallTimeToInstant } from '../../src/domain/time/wall-time-to-instant';
import { seededRandom, type SeededRandom } from './seeded-random';

export interface SyntheticScheduleOptions {
  /** How many talks to generate; spread evenly over every day and track. */
  talks: number;
  /** Same seed, same schedule. */
  seed: number;
  /** Parallel tracks (grid columns) per day. */
  tracks?: number;
}

export const TOPICS = [
  'eBPF',
  'Service Mesh',
  'GitOps',
  'Observability',
  'Network Policy',
  'Multi-Cluster',
  'Supply Chain',
  'Platform Engineering',
  'Autoscaling',
  'WebAssembly',
  'Storage',
  'Security',
  'Tracing',
  'Chaos Engineering',
  'Edge',
  'Machine Learning',
  'Serverless',
  'Gateway API',
  'Policy as Code',
  'Cost',
  'Sustainability',
  'Developer Experience',
  'Operators',
  'Identity',
  'Runtime Security',
] as const;

const TITLE_SHAPES = [
  (a: string, b: string) => `${a} at Scale: Lessons from ${b}`,
  (a: string, b: string) => `From Zero to ${a} with ${b}`,
  (a: string, b: string) => `Debugging ${a} in Production: A ${b} Story`,
  (a: string, b: string) => `What We Learned Running ${a} Next to ${b}`,
  (a: string, b: string) => `${a} Deep Dive: Beyond ${b}`,
  (a: string, b: string) => `Lightning Talk: ${a} Meets ${b}`,
] as const;

const FIRST_NAMES = [
  'Ada',
  'Bilal',
  'Chen',
  'Dara',
  'Elif',
  'Femi',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Luis',
  'Mara',
  'Nikolai',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tamar',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
] as const;

const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'García',
  'Schneider',
  'Haddad',
  'Novak',
  'Rossi',
  'Kowalski',
  'Mendes',
  'Ivanova',
  'Dubois',
  'Tanaka',
  'Brennan',
  'Achebe',
  'Sato',
  'Müller',
  'Costa',
] as const;

const COMPANIES = [
  'Isovalent',
  'Google',
  'Microsoft',
  'Red Hat',
  'Datadog',
  'Intuit',
  'Adobe',
  'Apple',
  'Spotify',
  'Grafana Labs',
  'Bloomberg',
  'Shopify',
  'Independent',
  'Cisco',
  'SUSE',
  'VMware',
] as const;

const SENTENCES = [
  'This session walks through a production migration step by step, including the parts that went wrong.',
  'We share the dashboards, alerts and runbooks that let a small team operate hundreds of clusters.',
  'Attendees will leave with a checklist they can apply to their own platform on Monday morning.',
  'The talk compares three approaches, measures their overhead, and explains when each one wins.',
  'A live demo shows the whole flow from a pull request to a rolled-out change in under five minutes.',
  'We cover the security model, the failure modes we hit, and how the community fixed them upstream.',
  'Expect real numbers: latency, cost and the number of pages our on-call engineers no longer get.',
  'Finally, we look at what is coming next in the project and how you can get involved.',
] as const;

/** Talk lengths in minutes with how often each occurs: many short and mid talks, a few long ones. */
const DURATIONS = [
  [5, 10],
  [10, 10],
  [15, 15],
  [25, 20],
  [30, 20],
  [35, 10],
  [40, 8],
  [60, 5],
  [90, 2],
] as const;

/** Minutes between consecutive talks in one track. */
const GAPS = [
  [0, 30],
  [5, 40],
  [10, 20],
  [15, 10],
] as const;

const FIRST_TALK_MINUTE = 8 * 60;
/** No talk runs past 21:00, so every talk stays on its own conference day. */
const LAST_END_MINUTE = 21 * 60;
const SHORTEST = 5;

/** One to three made-up speakers, most with a company. */
export function speakersFor(random: SeededRandom): Speaker[] {
  const count = random.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
  return Array.from({ length: count }, () => ({
    name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    affiliation: random.next() < 0.9 ? random.pick(COMPANIES) : null,
  }));
}

/** A few sentences about `topic`, as the extractor stores an abstract. */
export function abstractFor(random: SeededRandom, topic: string): Abstract {
  const sentences = Array.from({ length: random.int(2, 5) }, () => random.pick(SENTENCES));
  const text = [`A talk about ${topic}.`, ...sentences].join(' ');
  return { format: 'blocks', blocks: [{ type: 'paragraph', text }] };
}

/** Splits `total` into `parts` near-equal whole numbers, e.g. 10 into 3 → [4, 3, 3]. */
export const spread = (total: number, parts: number): number[] =>
  Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));

/**
 * A schedule of `talks` made-up talks over the conference's days, `tracks` parallel tracks each,
 * talks back to back in each track with varied lengths (5–90 minutes) and short breaks.
 *
 * @example generateSyntheticSchedule(conference, { talks: 2000, seed: 2023 }).talks.length // 2000
 */
export function generateSyntheticSchedule(
  base: Conference,
  { talks, seed, tracks = 25 }: SyntheticScheduleOptions,
): Schedule {
  const random = seededRandom(seed);
  const events = Array.from(
    { length: tracks },
    (_, i) => `Track ${String(i + 1).padStart(2, '0')}: ${TOPICS[i % TOPICS.length]}`,
  );
  const conference: Conference = {
    ...base,
    id: `${base.id}-synthetic`,
    shortName: `${base.shortName} (synthetic)`,
    columnKind: 'event',
    columns: events,
  };
  const perTrackDay = spread(talks, base.days.length * tracks);
  const result: Talk[] = [];
  base.days.forEach((date, dayIndex) => {
    events.forEach((event, trackIndex) => {
      let minute = FIRST_TALK_MINUTE;
      const count = perTrackDay[dayIndex * tracks + trackIndex] ?? 0;
      for (let n = 0; n < count; n += 1) {
        // Leave room for the talks still to come in this track, at their shortest.
        const room = LAST_END_MINUTE - minute - (count - n - 1) * SHORTEST;
        const duration = Math.max(SHORTEST, Math.min(random.weighted(DURATIONS), room));
        const at = (m: number) =>
          wallTimeToInstant({ date, hour: Math.floor(m / 60), minute: m % 60 }, base.timeZone);
        const topic = TOPICS[trackIndex % TOPICS.length] ?? 'Kubernetes';
        const id = `syn${result.length.toString(36).padStart(4, '0')}`;
        result.push({
          id,
          title: random.pick(TITLE_SHAPES)(topic, random.pick(TOPICS)),
          speakers: speakersFor(random),
          column: event,
          start: at(minute),
          end: at(minute + duration),
          day: date,
          room: null,
          track: null,
          recorded: null,
          url: `https://example.org/synthetic/${id}`,
          abstract: abstractFor(random, topic),
        });
        const gap = random.weighted(GAPS);
        minute += duration + (room - duration >= gap ? gap : 0);
      }
    });
  });
  return { schemaVersion: SCHEDULE_SCHEMA_VERSION, conference, talks: result };
}
