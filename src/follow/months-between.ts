const DAY_MS = 86_400_000;
/** Average days in a month (365.25 / 12). */
const MONTH_DAYS = 30.4375;

/** Months from one ISO date to another, to one decimal (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const days = (Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS;
  return Math.round((days / MONTH_DAYS) * 10) / 10;
}
