import { describe, expect, it } from 'vitest';
import { fixtureTalks as t } from './calendar-fixtures';
import { plannedTalks } from './planned-talks';

const scheduleTalks = [t.adobe, t.clickhouse, t.keynote, t.contribfest];

describe('plannedTalks', () => {
  it('keeps picks still in the schedule, in schedule order', () => {
    const result = plannedTalks([t.contribfest.id, t.adobe.id], scheduleTalks);
    expect(result.talks.map((talk) => talk.id)).toEqual([t.adobe.id, t.contribfest.id]);
    expect(result.vanishedCount).toBe(0);
  });

  it('leaves out and counts picks that vanished from the schedule', () => {
    const result = plannedTalks(['gone1', t.keynote.id, 'gone2'], scheduleTalks);
    expect(result.talks.map((talk) => talk.id)).toEqual([t.keynote.id]);
    expect(result.vanishedCount).toBe(2);
  });

  it('counts a repeated vanished id once', () => {
    expect(plannedTalks(['gone', 'gone'], scheduleTalks)).toEqual({ talks: [], vanishedCount: 1 });
  });
});
