import type { WeeklyHours as Hours } from '../schemas/hours.ts';
import { weekdays, type Weekday } from '../schemas/values.ts';

export interface DayHours {
  day: Weekday;
  /** Opening ranges on that day, as [opens, closes] in UK time; empty when closed. */
  ranges: Array<[string, string]>;
}

/** The week, Monday first, with each day's openings. */
export function weekTable(hours: Hours): DayHours[] {
  return weekdays.map((day) => ({
    day,
    ranges: hours.weekly
      .filter((o) => o.days.includes(day))
      .map((o): [string, string] => [o.opens, o.closes])
      .sort((a, b) => a[0].localeCompare(b[0])),
  }));
}

/** The weekday and HH:MM time of an instant in the given time zone (UK time by default). */
export function localDayTime(instant: Date, timeZone = 'Europe/London'): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').slice(0, 3).toLowerCase() as Weekday, time: `${get('hour')}:${get('minute')}` };
}

/** Whether a service is open at an instant (UK time). Unknown hours give undefined, not false. */
export function isOpenAt(hours: Hours | undefined, instant: Date, timeZone = 'Europe/London'): boolean | undefined {
  if (!hours) return undefined;
  if (hours.alwaysOpen) return true;
  const { day, time } = localDayTime(instant, timeZone);
  return hours.weekly.some((o) => o.days.includes(day) && o.opens <= time && time < o.closes);
}

/** A run of consecutive days with the same openings ("Monday to Friday: 08:00–19:00"). */
export interface DayRun {
  from: Weekday;
  to: Weekday;
  ranges: Array<[string, string]>;
}

/** The open days of the week, Monday first, with consecutive days that share the same hours joined. */
export function dayRuns(hours: Hours): DayRun[] {
  const runs: DayRun[] = [];
  for (const { day, ranges } of weekTable(hours)) {
    const last = runs.at(-1);
    const same = last && JSON.stringify(last.ranges) === JSON.stringify(ranges);
    const next = last && weekdays.indexOf(last.to) + 1 === weekdays.indexOf(day);
    if (ranges.length === 0) continue;
    if (last && same && next) last.to = day;
    else runs.push({ from: day, to: day, ranges });
  }
  return runs;
}
