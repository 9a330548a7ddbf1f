/**
 * What a service card shows, as plain translated data: used by ServiceCard.astro (pre-rendered
 * pages) and passed as props to the filters island (which must not bundle i18next). Kept small:
 * the island receives one of these per service.
 */
import type { TFunction } from 'i18next';
import { phoneAction, type PhoneAction } from '../lib/contact.ts';
import { toDirectoryEntry, type DirectoryEntry } from '../lib/directory.ts';
import type { Service } from '../schemas/service.ts';
import type { TextAttrs } from './text-attrs.ts';

/** Text with named slots, e.g. ["Call ", {slot: "number"}, ""]: the slots are numbers or words kept left to right. */
export type Segment = string | { slot: 'number' | 'message'; text: string };

export interface ServiceSummary extends DirectoryEntry {
  name: string;
  summary: string;
  /** lang/dir of the service's own words, when they are not in the page's language. */
  text: TextAttrs;
  /** The main phone (a voice line for the public first), ready to show; says so when only professionals may use it. */
  phone?: { href: string; label: Segment[]; professionalsOnly?: string | undefined } | undefined;
}

const MARK = '\u0001';

/** Splits a translated string around its {{number}} and {{message}} values so they can be isolated (bdi). */
export function segments(t: TFunction, key: PhoneAction['key'], values: { number: string; message?: string | undefined }): Segment[] {
  const text = t(key, { number: `${MARK}number${MARK}`, message: `${MARK}message${MARK}` });
  return text
    .split(MARK)
    .map((part, i): Segment => (i % 2 === 0 ? part : { slot: part as 'number' | 'message', text: part === 'number' ? values.number : values.message ?? '' }))
    .filter((s) => s !== '');
}

/** Segments as HTML (for Astro's set:html), with slots in <bdi class="ltr">. */
export function segmentsHtml(parts: Segment[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return parts.map((p) => (typeof p === 'string' ? esc(p) : `<bdi class="ltr">${esc(p.text)}</bdi>`)).join('');
}

export function serviceSummary(id: string, s: Service, t: TFunction, text: TextAttrs = {}): ServiceSummary {
  const phones = s.contact.phones;
  const first =
    phones.find((p) => p.kind === 'voice' && !p.professionalsOnly) ?? phones.find((p) => !p.professionalsOnly) ?? phones[0];
  const action = first && phoneAction(first);
  return {
    ...toDirectoryEntry(id, s),
    name: s.name,
    summary: s.summary,
    text,
    phone: action && {
      href: action.href,
      label: segments(t, action.key, { number: action.number, message: first.message }),
      professionalsOnly: first.professionalsOnly ? t('service.professionalsOnly') : undefined,
    },
  };
}
