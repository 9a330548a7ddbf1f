/**
 * Finds phone numbers that must never be published (leads seen only in code repositories, numbers
 * whose sources conflict or are too old) in any text: Markdown, YAML, built HTML, search index.
 * A number is found however it is written: "0800 612 6505", "08006126505", "0800-612-6505",
 * "+44 (0)800 612 6505", "tel:+448006126505", with &nbsp; between the groups, and so on.
 */

/** What may sit between the digits of a written number: spaces, dashes, dots, brackets, &nbsp;. */
const LONG_GAP = String.raw`(?:[\s\u00a0\u202f\-.()/]|&nbsp;|&#160;|&#xa0;|%20)*`;
/** Short codes (e.g. a 5-digit text number) only tolerate spaces, to avoid matching decimals. */
const SHORT_GAP = String.raw`(?:[\s\u00a0\u202f]|&nbsp;|&#160;)*`;

export function digitsOf(number: string): string {
  return number.replace(/\D/g, '');
}

/** A pattern matching every usual way of writing `number` (a UK number or a short code). */
export function numberPattern(number: string): RegExp {
  const digits = digitsOf(number.replace(/^\+44/, '0'));
  if (digits.length < 3) throw new Error(`"${number}" is too short to search for`);
  let body: string;
  if (digits.startsWith('0') && digits.length >= 10) {
    const rest = digits.slice(1).split('').join(LONG_GAP);
    // National "0..." or international "+44 ...", "0044 ...", "+44 (0) ...".
    body = String.raw`(?:0|(?:\+|00)?${LONG_GAP}44${LONG_GAP}(?:\(0\)${LONG_GAP})?)${LONG_GAP}${rest}`;
  } else {
    body = digits.split('').join(SHORT_GAP);
  }
  return new RegExp(String.raw`(?<![0-9A-Za-z])${body}(?![0-9A-Za-z])`, 'g');
}

export interface Found<T> {
  entry: T;
  /** 1-based line of the first match. */
  line: number;
  match: string;
}

/** Every entry whose number occurs in `text`, with the line of its first occurrence. */
export function findNumbers<T extends { number: string }>(text: string, entries: readonly T[]): Array<Found<T>> {
  const found: Array<Found<T>> = [];
  for (const entry of entries) {
    const m = numberPattern(entry.number).exec(text);
    if (m) found.push({ entry, line: text.slice(0, m.index).split('\n').length, match: m[0] });
  }
  return found;
}
