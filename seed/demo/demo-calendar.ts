// Dates for the demo data, counted from a fixed reference day instead of the clock, so every run gives the same rows.
import type { Random } from './seeded-random.ts';

export const REFERENCE_DATE = '2026-10-31';

const DAY_MS = 86_400_000;
// Japan has no daylight saving time: JST is always UTC+9.
const JST_OFFSET_HOURS = 9;

const toDayNumber = (date: string): number => Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;
const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function randomDateBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

export function daysBeforeReference(random: Random, minDays: number, maxDays: number): string {
  return addDays(REFERENCE_DATE, -random.int(minDays, maxDays));
}

// A moment in Japanese office hours on the given day, as UTC ISO text.
export function officeHoursTimestamp(random: Random, date: string): string {
  const hourJst = random.int(9, 17);
  const minute = random.pick([0, 0, 15, 30, 30, 45]);
  return jstTimestamp({ date, hour: hourJst, minute });
}

// hour and minute are Japanese time.
export function jstTimestamp(moment: { date: string; hour: number; minute: number }): string {
  const ms = toDayNumber(moment.date) * DAY_MS + ((moment.hour - JST_OFFSET_HOURS) * 60 + moment.minute) * 60_000;
  return new Date(ms).toISOString();
}

export function anyTimestamp(random: Random, date: string): string {
  return jstTimestamp({ date, hour: random.int(0, 23), minute: random.int(0, 59) });
}
