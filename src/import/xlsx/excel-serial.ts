/** Excel's serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems (Mac workbooks). */
const DATE_1904_SHIFT = 1462;
const DAY_MS = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Writes a Date's UTC parts as the calendar day (and time, when not midnight) a sheet shows:
 * `2024-03-14` or `2024-03-14 13:30:00`. exceljs gives date cells as UTC Dates holding the
 * wall-clock value, so the UTC parts are the ones the steward sees.
 *
 * @example
 * shownDate(new Date(Date.UTC(2024, 2, 14))) // '2024-03-14'
 */
export function shownDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * Turns an Excel date serial into the day (and time) it shows. Serial 25569 is 1970-01-01; in
 * the 1900 system serials below 60 come one day early because Excel counts a 29 February 1900
 * that never was (serial 60 itself shows as `1900-02-29`, which date parsing then rejects).
 *
 * @example
 * excelSerialDate(45365) // '2024-03-14'
 * excelSerialDate(45365.5) // '2024-03-14 12:00:00'
 */
export function excelSerialDate(serial: number, date1904 = false): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return String(serial);
  if (!date1904 && Math.floor(serial) === 60) return '1900-02-29';
  const days = date1904 ? serial + DATE_1904_SHIFT : serial < 60 ? serial + 1 : serial;
  // Round to the second: serials store times as binary fractions of a day.
  const ms = Math.round(((days - UNIX_EPOCH_SERIAL) * DAY_MS) / 1000) * 1000;
  return shownDate(new Date(ms));
}
