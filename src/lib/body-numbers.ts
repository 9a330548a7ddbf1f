/**
 * Phone numbers written in a Markdown body (as text or as tel:/sms: links), so that the content
 * check can refuse a number that has no source: in a service's description only that service's own
 * sourced numbers may appear; in a page, only numbers some service publishes with a source, or the
 * area's emergency numbers.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';

export interface BodyNumber {
  /** Digits only, national form for UK numbers ("08081570192"), as written for short codes ("999"). */
  digits: string;
  /** As written. */
  text: string;
  /** 1-based line in the body. */
  line: number;
}

/** A number in national digits: "+44 808 157 0192" and "0808 157 0192" both give "08081570192". */
export function nationalDigits(number: string): string {
  const digits = number.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (number.trim().startsWith('+44') || (digits.startsWith('44') && digits.length > 10)) return `0${digits.slice(2)}`;
  return digits;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every phone number in `body`: UK numbers in the text, and every tel:/sms: link (short codes too). */
export function bodyNumbers(body: string): BodyNumber[] {
  const found: BodyNumber[] = [];
  for (const m of findPhoneNumbersInText(body, 'GB')) {
    found.push({ digits: nationalDigits(m.number.number), text: body.slice(m.startsAt, m.endsAt).replace(/^\[/, ''), line: lineOf(body, m.startsAt) });
  }
  // What the library skips (e.g. a number right after a short code and a comma): anything written
  // like a UK number, 8 to 11 digits starting 0 or +44, valid or not.
  for (const m of body.matchAll(/(?<![\d+])(?:\+44[\s\u00a0-]?(?:\(0\)[\s\u00a0-]?)?|0)\d(?:[\s\u00a0-]?\d){6,9}(?![\d])/g)) {
    found.push({ digits: nationalDigits(m[0]), text: m[0], line: lineOf(body, m.index) });
  }
  for (const m of body.matchAll(/\b(?:tel|sms):(\+?[\d-]+(?:%20[\d-]+)*)/gi)) {
    const raw = decodeURIComponent(m[1]!);
    found.push({ digits: nationalDigits(raw), text: m[0], line: lineOf(body, m.index) });
  }
  const seen = new Set<string>();
  return found.filter((n) => {
    const key = `${n.line}:${n.digits}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The numbers in `body` that are not in `allowed` (any spelling; compared as national digits). */
export function unsourcedNumbers(body: string, allowed: Iterable<string>): BodyNumber[] {
  const ok = new Set([...allowed].map(nationalDigits));
  return bodyNumbers(body).filter((n) => !ok.has(n.digits));
}
