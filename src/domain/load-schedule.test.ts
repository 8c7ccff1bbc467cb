import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from './load-schedule';

const clone = () =>
  structuredClone(raw) as { talks: Record<string, unknown>[] } & Record<string, unknown>;

describe('loadSchedule', () => {
  it('accepts the bundled data and sorts talks by start', () => {
    const schedule = loadSchedule(raw);
    expect(schedule.talks).toHaveLength(25);
    const starts = schedule.talks.map((t) => Date.parse(t.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(schedule.conference.timeZone).toBe('America/Chicago');
  });

  it('names the field of a talk that is missing', () => {
    const data = clone();
    delete data.talks[3]?.title;
    expect(() => loadSchedule(data)).toThrow(/^Schedule data is invalid:/);
    expect(() => loadSchedule(data)).toThrow(/talks\.3\.title/);
  });

  it('refuses a time without an offset, which would be read in the viewer’s zone', () => {
    const data = clone();
    if (data.talks[0]) data.talks[0].start = '2023-11-06T09:15:00';
    expect(() => loadSchedule(data)).toThrow(/talks\.0\.start/);
  });

  it('refuses a talk that ends before it starts', () => {
    const data = clone();
    if (data.talks[0]) data.talks[0].end = '2023-11-06T09:00:00-06:00';
    expect(() => loadSchedule(data)).toThrow(/must not end before it starts/);
  });

  it('accepts a zero-length entry, which real schedules have (a Sched deadline)', () => {
    const data = clone();
    if (data.talks[0]) data.talks[0].end = data.talks[0].start;
    expect(loadSchedule(data).talks).toHaveLength(data.talks.length);
  });

  it('refuses duplicate ids', () => {
    const data = clone();
    if (data.talks[1] && data.talks[0]) data.talks[1].id = data.talks[0].id;
    expect(() => loadSchedule(data)).toThrow(/duplicate id/);
  });

  it('refuses data of another schema version', () => {
    expect(() => loadSchedule({ ...clone(), schemaVersion: 99 })).toThrow(/schemaVersion/);
  });

  /** The bundled data with one field of its first talk replaced. */
  const withFirstTalk = (field: string, value: unknown) => {
    const data = clone();
    if (data.talks[0]) data.talks[0][field] = value;
    return data;
  };

  it('refuses a talk that ends one second before it starts (zero-length ones are valid)', () => {
    const data = withFirstTalk('end', '2023-11-06T09:14:59-06:00');
    if (data.talks[0]) data.talks[0].start = '2023-11-06T09:15:00-06:00';
    expect(() => loadSchedule(data)).toThrow(/must not end before it starts/);
  });

  it.each(['ab cd', '1Rj0z!', 'a/b', ''])(
    'refuses the talk id %j, not only ids that start well',
    (id) => {
      expect(() => loadSchedule(withFirstTalk('id', id))).toThrow(/talks\.0\.id/);
    },
  );

  it.each([
    'x2023-11-06T09:15:00-06:00',
    '2023-11-06T09:15:00-06:00x',
    '2023-11-06T09:15:00-06:00\n',
    '2023-11-06 09:15:00-06:00',
  ])('refuses the instant %j, with anything before or after it', (start) => {
    expect(() => loadSchedule(withFirstTalk('start', start))).toThrow(/talks\.0\.start/);
  });

  it('accepts instants in UTC and with fractions of a second', () => {
    const data = withFirstTalk('start', '2023-11-06T15:15:00.000Z');
    expect(loadSchedule(data).talks[0]?.start).toBe('2023-11-06T15:15:00.000Z');
  });

  it.each(['2023-11-06x', 'x2023-11-06', '2023-11-6'])('refuses the conference day %j', (day) => {
    const data = clone();
    data.conference = { ...(data.conference as object), days: [day] };
    expect(() => loadSchedule(data)).toThrow(/conference\.days\.0/);
  });

  it('accepts an abstract given as a schedule file’s own source', () => {
    for (const format of ['html', 'markdown', 'text']) {
      const abstract = { format, source: '<p>Hello</p>' };
      expect(loadSchedule(withFirstTalk('abstract', abstract)).talks[0]?.abstract).toEqual(
        abstract,
      );
    }
  });

  it.each([
    ['a plain string', 'Plain text'],
    ['an unknown format', { format: 'rtf', source: 'x' }],
    ['an empty paragraph', { format: 'blocks', blocks: [{ type: 'paragraph', text: '' }] }],
    ['a list without items', { format: 'blocks', blocks: [{ type: 'list', items: [] }] }],
    ['an empty list item', { format: 'blocks', blocks: [{ type: 'list', items: ['a', ''] }] }],
    ['an unknown block', { format: 'blocks', blocks: [{ type: 'table', rows: [] }] }],
  ])('refuses an abstract with %s', (_, abstract) => {
    expect(() => loadSchedule(withFirstTalk('abstract', abstract))).toThrow(/talks\.0\.abstract/);
  });
});
