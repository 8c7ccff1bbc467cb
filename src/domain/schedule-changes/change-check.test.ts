import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { CHANGE_CHECK_INTERVAL_MS, describeScheduleUpdate, isChangeCheckDue } from './change-check';
import { diffSchedules } from './diff-schedules';

const noon = Date.parse('2026-12-01T12:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('isChangeCheckDue', () => {
  it('is due for an address never looked at, while online', () => {
    expect(isChangeCheckDue({ lastCheckedAt: null, now: noon, online: true })).toBe(true);
  });

  it('waits an hour after the last look', () => {
    const lastCheckedAt = noon - minutes(59);
    expect(isChangeCheckDue({ lastCheckedAt, now: noon, online: true })).toBe(false);
    expect(CHANGE_CHECK_INTERVAL_MS).toBe(minutes(60));
    const anHourOn = noon - minutes(60);
    expect(isChangeCheckDue({ lastCheckedAt: anHourOn, now: noon, online: true })).toBe(true);
  });

  it('never looks while offline', () => {
    expect(isChangeCheckDue({ lastCheckedAt: null, now: noon, online: false })).toBe(false);
    const longAgo = noon - minutes(600);
    expect(isChangeCheckDue({ lastCheckedAt: longAgo, now: noon, online: false })).toBe(false);
  });

  it('looks again when the last look seems to be in the future (the clock was set back)', () => {
    const later = noon + minutes(30);
    expect(isChangeCheckDue({ lastCheckedAt: later, now: noon, online: true })).toBe(true);
  });
});

describe('describeScheduleUpdate', () => {
  const a = makeTalk('a', '10:00', '10:30', { room: 'Janson' });
  const b = makeTalk('b', '11:00', '11:30', { room: 'Janson' });
  const c = makeTalk('c', '12:00', '12:30', { room: 'Janson' });

  it('counts what moved, changed room, was cancelled and added, saying "talk" once', () => {
    const aLater = makeTalk('a', '10:30', '11:00', { room: 'H.1302' });
    const d = makeTalk('d', '13:00', '13:30', { room: 'Janson' });
    const e = makeTalk('e', '14:00', '14:30', { room: 'Janson' });
    expect(describeScheduleUpdate(diffSchedules([a, b, c], [aLater, c, d, e]))).toBe(
      '1 talk moved, 1 in another room, 1 cancelled, 2 added',
    );
    expect(describeScheduleUpdate(diffSchedules([a, b, c], [a, c]))).toBe('1 talk cancelled');
    expect(describeScheduleUpdate(diffSchedules([a], [a, b, c]))).toBe('2 talks added');
  });

  it('is null when no talk moved, changed room, went or came', () => {
    expect(describeScheduleUpdate(diffSchedules([a, b], [b, a]))).toBeNull();
  });
});
