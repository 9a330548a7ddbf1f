/** "November 2026" in the reader's language, for "Last checked" lines. */
export function monthYear(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Whole months between two dates (for "older than 12 months" checks). */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}

/** "3 December 2026" in the reader's language (British conventions where the language has them). */
export function dayMonthYear(date: Date, locale: string): string {
  return new Intl.DateTimeFormat([`${locale}-GB`, locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
