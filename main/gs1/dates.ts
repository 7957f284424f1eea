/**
 * GS1 dates and times. Six-digit dates carry a two-digit year, which GS1 resolves with a sliding
 * window around the current year. A year 51 or more years ahead belongs to the previous century,
 * and one 50 or more years back belongs to the next century.
 */

/** Resolves a two-digit GS1 year against the year of `today`. */
export function resolveGs1Year(twoDigitYear: number, today: Date): number {
  const currentYear = today.getUTCFullYear();
  const currentCentury = currentYear - (currentYear % 100);
  const difference = twoDigitYear - (currentYear % 100);

  if (difference >= 51) {
    return currentCentury - 100 + twoDigitYear;
  }
  if (difference <= -50) {
    return currentCentury + 100 + twoDigitYear;
  }
  return currentCentury + twoDigitYear;
}

/** Number of days in a month (1 to 12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a YYMMDD date as an ISO date (YYYY-MM-DD), or returns null when it is no calendar date.
 * With `allowDayZero`, day "00" means the last day of that month, as GS1 defines for expiry and
 * similar dates.
 */
export function readYymmddDate(digits: string, allowDayZero: boolean, today: Date): string | null {
  if (!/^\d{6}$/.test(digits)) {
    return null;
  }

  const year = resolveGs1Year(Number(digits.slice(0, 2)), today);
  return readCalendarDate(year, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)), allowDayZero);
}

/** Reads a YYYYMMDD date as an ISO date, or returns null when it is no calendar date. */
export function readYyyymmddDate(digits: string): string | null {
  if (!/^\d{8}$/.test(digits)) {
    return null;
  }
  return readCalendarDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)), false);
}

function readCalendarDate(year: number, month: number, day: number, allowDayZero: boolean): string | null {
  if (month < 1 || month > 12) {
    return null;
  }

  const lastDay = daysInMonth(year, month);
  if (day === 0 && allowDayZero) {
    return formatIsoDate(year, month, lastDay);
  }
  if (day < 1 || day > lastDay) {
    return null;
  }
  return formatIsoDate(year, month, day);
}

/** True for two digits that form an hour of the day, 00 to 23. */
export function isHour(digits: string): boolean {
  return /^\d{2}$/.test(digits) && Number(digits) <= 23;
}

/** True for two digits that form a minute or a second, 00 to 59. */
export function isMinuteOrSecond(digits: string): boolean {
  return /^\d{2}$/.test(digits) && Number(digits) <= 59;
}
