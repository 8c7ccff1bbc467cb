import type { Conference, Talk } from '../schedule-schema';

/** The conference as the bundled schedule describes it; used by tests. */
export const fixtureConference: Conference = {
  id: 'kubecon-na-2023',
  name: 'KubeCon + CloudNativeCon North America 2023',
  shortName: 'KubeCon NA 2023',
  timeZone: 'America/Chicago',
  city: 'Chicago',
  days: ['2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09'],
  events: ['CiliumCon', 'ArgoCon', 'KubeCon + CloudNativeCon'],
};

/** Talks copied from the bundled schedule (abstracts shortened), one or more on each day; used by tests. */
export const fixtureTalks = {
  adobe: {
    id: '1Rj0z',
    title:
      "From Imagination to Implementation: Inside Adobe's Production-Grade Deployment with Cilium",
    speakers: [
      { name: 'Joseph Sandoval', affiliation: 'Adobe' },
      { name: 'Tony Gosselin', affiliation: 'Adobe' },
    ],
    event: 'CiliumCon',
    start: '2023-11-06T09:15:00-06:00',
    end: '2023-11-06T09:40:00-06:00',
    url: 'https://colocatedeventsna2023.sched.com/event/1Rj0z/from-imagination-to-implementation-inside-adobes-production-grade-deployment-with-cilium-joseph-sandoval-tony-gosselin-adobe',
    abstract:
      'Adobe has trusted Cilium in its production deployments for over seven years, proving its resilience and extensibility amidst the rapidly evolving developer workload needs.',
  },
  clickhouse: {
    id: '1Rj2m',
    title: 'Using Cilium CNI in ClickHouse Cloud',
    speakers: [{ name: 'Timur Solodovnikov', affiliation: 'ClickHouse, Inc' }],
    event: 'CiliumCon',
    start: '2023-11-06T11:40:00-06:00',
    end: '2023-11-06T12:05:00-06:00',
    url: 'https://colocatedeventsna2023.sched.com/event/1Rj2m/using-cilium-cni-in-clickhouse-cloud-timur-solodovnikov-clickhouse-inc',
    abstract:
      'Join us at CiliumCon as we delve into the use of Cilium CNI to optimize and enhance deployments in the ClickHouse Cloud.',
  },
  gitGoingFast: {
    id: '1Rj31',
    title: 'Lightning Talk: 🚀 Git Going Fast with Cilium and Argo',
    speakers: [{ name: 'Christine Kim', affiliation: 'Isovalent' }],
    event: 'ArgoCon',
    start: '2023-11-06T12:10:00-06:00',
    end: '2023-11-06T12:15:00-06:00',
    url: 'https://colocatedeventsna2023.sched.com/event/1Rj31/cl-lightning-talk-git-going-fast-with-cilium-and-argo-christine-kim-isovalent',
    abstract:
      'Ever wanted to use Cilium and ArgoCD together? As declarative tools continue to increase, the work to get started can seem overwhelming.',
  },
  tetragon: {
    id: '1Rj3S',
    title:
      'Past, Present, Future of Tetragon- First Production Use Cases, Lessons Learnt, Where Are We Heading?',
    speakers: [
      { name: 'Natalia Reka Ivanko', affiliation: 'Isovalent' },
      { name: 'John Fastabend', affiliation: 'Isovalent' },
    ],
    event: 'CiliumCon',
    start: '2023-11-06T12:15:00-06:00',
    end: '2023-11-06T12:40:00-06:00',
    url: 'https://colocatedeventsna2023.sched.com/event/1Rj3S/past-present-future-of-tetragon-first-production-use-cases-lessons-learnt-where-are-we-heading-natalia-reka-ivanko-john-fastabend-isovalent',
    abstract:
      'As many of you know already, Tetragon is reaching v1.0. Why was it created in the first place? How? What were the first production use cases?',
  },
  keynote: {
    id: '1R4Zf',
    title: 'Keynote: CNCF Graduated Project Updates',
    speakers: [],
    event: 'KubeCon + CloudNativeCon',
    start: '2023-11-07T10:00:00-06:00',
    end: '2023-11-07T10:15:00-06:00',
    url: 'https://kccncna2023.sched.com/event/1R4Zf',
    abstract: 'Cilium will be included in the Graduated projects update keynote.',
  },
  performance: {
    id: '1R2s5',
    title: 'Turning up Performance to 11: Cilium, Meta Devices, and Going Big with TCP',
    speakers: [{ name: 'Daniel Borkmann', affiliation: 'Isovalent' }],
    event: 'KubeCon + CloudNativeCon',
    start: '2023-11-08T16:30:00-06:00',
    end: '2023-11-08T17:05:00-06:00',
    url: 'https://kccncna2023.sched.com/event/1R2s5/turning-up-performance-to-11-cilium-meta-devices-and-going-big-with-tcp-daniel-borkmann-isovalent',
    abstract:
      'The need to move more bits faster through the cloud is constantly turning up, from “day 2” challenges like migrating more workloads into Kubernetes environments.',
  },
  contribfest: {
    id: '1R2tk',
    title: '🚨 Contribfest: Getting Started Contributing to Cilium',
    speakers: [
      { name: 'Bill Mulligan', affiliation: 'Isovalent' },
      { name: 'Joe Stringer', affiliation: 'Isovalent' },
    ],
    event: 'KubeCon + CloudNativeCon',
    start: '2023-11-09T11:00:00-06:00',
    end: '2023-11-09T12:30:00-06:00',
    url: 'https://kccncna2023.sched.com/event/1R2tk/contribfest-getting-started-contributing-to-cilium-bill-mulligan-joe-stringer-isovalent',
    abstract:
      '"It\'s always DNS" has hit production and you have found a bug in Cilium. This is the Contribfest for you!',
  },
  scaling: {
    id: '1R2vB',
    title: 'Scaling Kubernetes Networking to 1k, 5k, ... 100k Nodes!?',
    speakers: [
      { name: 'Marcel Zięba', affiliation: 'Isovalent' },
      { name: 'Dorde Lapcevic', affiliation: 'Google' },
    ],
    event: 'KubeCon + CloudNativeCon',
    start: '2023-11-09T14:55:00-06:00',
    end: '2023-11-09T15:30:00-06:00',
    url: 'https://kccncna2023.sched.com/event/1R2vB',
    abstract:
      'Setting up clusters with thousands of nodes can be challenging especially when running sophisticated networking like Cilium.',
  },
} satisfies Record<string, Talk>;
