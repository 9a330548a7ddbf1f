/**
 * A number written once: Markdown in pages and service texts shows another service's number as
 * `<phone:service-id>` (its first phone) or `<phone:service-id/2>` (its second),
 * and the build puts in the number and its link from that service's file. So a national number
 * lives in exactly one file, whatever page or language shows it.
 */
import { phoneAction } from './contact.ts';
import type { Phone } from '../schemas/phone.ts';

const REF = /^phone:([a-z0-9][a-z0-9-]*)(?:\/([1-9]\d*))?$/;

export interface PhoneRef {
  /** The service id. */
  service: string;
  /** Which of its phones, from 0. */
  index: number;
}

/** The service and phone a `phone:` link names, or undefined if `href` is not one. */
export function parsePhoneRef(href: unknown): PhoneRef | undefined {
  if (typeof href !== 'string') return undefined;
  const m = REF.exec(href.trim());
  return m ? { service: m[1]!, index: m[2] ? Number(m[2]) - 1 : 0 } : undefined;
}

/** Every `phone:` link in a Markdown body (`<phone:id>` or `[text](phone:id)`), with its line (1-based). */
export function phoneRefsIn(body: string): Array<PhoneRef & { text: string; line: number }> {
  const found: Array<PhoneRef & { text: string; line: number }> = [];
  body.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<(phone:[^>\s]*)>|\]\((phone:[^)\s]*)\)/g)) {
      const text = (m[1] ?? m[2])!;
      const ref = parsePhoneRef(text) ?? { service: '', index: -1 };
      found.push({ ...ref, text, line: i + 1 });
    }
  });
  return found;
}

/** What a `phone:` link becomes: the number as shown and its link. */
export interface PhoneLink {
  href: string;
  text: string;
}

/** Each service's phones as links, for the Markdown plugin (service id -> phones in order). */
export function phoneBook(services: ReadonlyArray<{ id: string; contact: { phones: readonly Phone[] } }>): Map<string, PhoneLink[]> {
  // The number as the service's file writes it (as its source page does: "0808 157 0192", not "0808 1570192").
  return new Map(services.map((s) => [s.id, s.contact.phones.map((p) => ({ href: phoneAction(p).href, text: phoneAction(p).number.replace(p.display, p.number.trim()) }))]));
}

/** Why a `phone:` link cannot be filled in, or undefined if it can. */
export function phoneRefProblem(ref: PhoneRef & { text: string }, book: ReadonlyMap<string, readonly PhoneLink[]>): string | undefined {
  if (ref.index < 0) return `"<${ref.text}>" is not a phone link: write <phone:service-id> (its first number) or <phone:service-id/2> (its second)`;
  const phones = book.get(ref.service);
  if (!phones) return `"<${ref.text}>": there is no service "${ref.service}" on this area's site (use a service's file name)`;
  if (!phones[ref.index]) return `"<${ref.text}>": ${ref.service} has ${phones.length} phone number${phones.length === 1 ? '' : 's'}, not ${ref.index + 1}`;
  return undefined;
}
