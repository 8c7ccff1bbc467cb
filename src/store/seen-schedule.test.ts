import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../tests/helpers/fake-storage';
import { ids, version1, version2Talks } from '../../tests/helpers/schedule-versions';
import { cancelledTalk, followScheduleChanges, seenScheduleKey } from './seen-schedule';

const conferenceId = version1.conference.id;

describe('followScheduleChanges', () => {
  it('only remembers the schedule the first time, with nothing to announce', () => {
    const storage = new FakeStorage();
    const { seen, fresh } = followScheduleChanges(storage, conferenceId, version1.talks, [
      ids.tutorial,
    ]);
    expect(fresh).toBe(false);
    expect(seen.changes.moved).toEqual([]);
    expect(
      JSON.parse(storage.getItem(seenScheduleKey(conferenceId)) ?? 'null').state.talks,
    ).toHaveLength(version1.talks.length);
  });

  it('names the starred talks a newer release moved or cancelled, and revises them once', () => {
    const storage = new FakeStorage();
    const starred = [ids.tutorial, ids.serviceMesh];
    followScheduleChanges(storage, conferenceId, version1.talks, starred);
    const { seen, fresh } = followScheduleChanges(storage, conferenceId, version2Talks, starred);
    expect(fresh).toBe(true);
    expect(
      seen.changes.moved.map(({ before, after }) => [after.id, before.start, after.start]),
    ).toEqual([[ids.tutorial, '2023-11-07T16:30:00-06:00', '2023-11-08T09:00:00-06:00']]);
    expect(seen.changes.cancelled.map((talk) => talk.title)).toEqual([
      'Service Mesh Battle Scars: Technology, Timing, and Tradeoffs',
    ]);
    expect(seen.cancelled.map((talk) => talk.id)).toEqual([ids.serviceMesh]);
    expect(seen.revisions).toEqual({ [ids.tutorial]: 1, [ids.serviceMesh]: 1 });

    const again = followScheduleChanges(storage, conferenceId, version2Talks, starred);
    expect(again.fresh).toBe(false);
    // The last changes stay listed until the schedule changes again.
    expect(again.seen.changes.cancelled.map((talk) => talk.id)).toEqual([ids.serviceMesh]);
  });

  it('announces no change to talks that are not starred, but still revises them', () => {
    const storage = new FakeStorage();
    followScheduleChanges(storage, conferenceId, version1.talks, [ids.adobe]);
    const { seen } = followScheduleChanges(storage, conferenceId, version2Talks, [ids.adobe]);
    expect(seen.changes).toEqual({ moved: [], roomChanged: [], cancelled: [], added: [] });
    expect(seen.cancelled).toEqual([]);
    expect(seen.revisions[ids.tutorial]).toBe(1);
  });

  it('takes a snapshot that cannot be read as no snapshot at all', () => {
    const storage = new FakeStorage();
    storage.setItem(seenScheduleKey(conferenceId), '{"state": [');
    const { fresh } = followScheduleChanges(storage, conferenceId, version2Talks, [ids.tutorial]);
    expect(fresh).toBe(false);
  });

  it('gives a cancelled pick the fields the calendar needs', () => {
    const storage = new FakeStorage();
    followScheduleChanges(storage, conferenceId, version1.talks, [ids.serviceMesh]);
    const { seen } = followScheduleChanges(storage, conferenceId, version2Talks, [ids.serviceMesh]);
    expect(cancelledTalk(seen.cancelled[0]!)).toMatchObject({
      id: ids.serviceMesh,
      start: '2023-11-07T17:25:00-06:00',
      speakers: [],
      url: null,
    });
  });
});
