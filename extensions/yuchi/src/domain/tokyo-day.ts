// Calendar days in Japan (Asia/Tokyo): the registry's dates, relations ended "today", findings' expiry, intent days.
// Japan has kept UTC+9 all year since 1952, so a fixed offset gives the Tokyo day whatever the machine's TZ.
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Asia/Tokyo calendar day (YYYY-MM-DD) of an instant, or of `daysAgo` days before it. */
export function tokyoDay(instant: Date = new Date(), daysAgo = 0): string {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS - daysAgo * DAY_MS).toISOString().slice(0, 10);
}
