import { describe, expect, it } from 'vitest';
import { nextLabel } from '../../src/features/safety/meetingLabels';
import { nextMeeting, countInLastWeeks } from '../../src/features/safety/meetingTimes';

// Tuesday 1 December 2026, 18:30 local time.
const now = new Date(2026, 11, 1, 18, 30);

describe('the next meeting', () => {
  it('is today while its time is still to come, and next week once it has passed', () => {
    const tonight = { name: 'Tonight', weekday: 2, time: '19:00' };
    const earlier = { name: 'Earlier', weekday: 2, time: '12:00' };
    expect(nextMeeting([earlier, tonight], now)).toMatchObject({
      meeting: tonight,
      day: '2026-12-01',
      inDays: 0,
    });
    expect(nextMeeting([earlier], now)).toMatchObject({ day: '2026-12-08', inDays: 7 });
  });

  it('counts a meeting with no time all day, skips "when I can", and takes the soonest', () => {
    const anyTime = { name: 'Any time', weekday: 2 };
    const whenICan: { name: string; weekday?: number } = { name: 'When I can' };
    const thursday = { name: 'Thursday', weekday: 4, time: '08:00' };
    const wednesday = { name: 'Wednesday', weekday: 3, time: '20:00' };
    expect(nextMeeting([whenICan, anyTime], now)?.meeting).toBe(anyTime);
    expect(nextMeeting([thursday, whenICan, wednesday], now)).toMatchObject({
      meeting: wednesday,
      day: '2026-12-02',
      inDays: 1,
    });
    expect(nextMeeting([whenICan], now)).toBeUndefined();
    expect(nextMeeting([], now)).toBeUndefined();
  });

  it('crosses the end of the month and the week', () => {
    const saturday = new Date(2026, 10, 28, 21, 0);
    const monday = { weekday: 1, time: '07:00' };
    expect(nextMeeting([monday], saturday)).toMatchObject({ day: '2026-11-30', inDays: 2 });
  });

  it('says today, tomorrow or the weekday', () => {
    expect(nextLabel({ inDays: 0 }, { weekday: 2, time: '19:00' })).toBe('Today at 19:00');
    expect(nextLabel({ inDays: 1 }, { weekday: 3 })).toBe('Tomorrow');
    expect(nextLabel({ inDays: 3 }, { weekday: 5, time: '10:15' })).toBe('Friday at 10:15');
  });
});

describe('meetings in the last weeks', () => {
  it('counts the days from four weeks back up to today, and nothing before or after', () => {
    const went = [
      { day: '2026-11-03' }, // 28 days before: outside
      { day: '2026-11-04' }, // the first of the four weeks
      { day: '2026-11-20' },
      { day: '2026-11-20' }, // two meetings on one day count twice
      { day: '2026-12-01' },
      { day: '2026-12-02' }, // not yet
    ];
    expect(countInLastWeeks(went, '2026-12-01')).toBe(4);
    expect(countInLastWeeks(went, '2026-12-01', 1)).toBe(1);
    expect(countInLastWeeks([], '2026-12-01')).toBe(0);
  });
});
