/**
 * Which version of the English a translation was made from. Each translated file records a short
 * fingerprint of the English words it translates (`translatedFrom`); when the English changes, the
 * fingerprint no longer matches and the translation is flagged "may be out of date" (in
 * `npm run i18n:status`, a test and on the page itself) until a translator updates it and records
 * the new fingerprint with `npm run i18n:stamp`.
 *
 * Only words count: facts (numbers, hours, ages) are not translated, so changing them does not
 * make a translation out of date.
 */
import { createHash } from 'node:crypto';

/** The fingerprint of some English words: 8 hex digits of their SHA-256, whitespace-insensitive. */
export function englishVersion(words: ReadonlyArray<string | null | undefined>): string {
  const text = words.map((w) => (w ?? '').replace(/\s+/g, ' ').trim()).join('\u0000');
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

export const versionPattern = /^[0-9a-f]{8}$/;

/** An information page's words: title, description and body. */
export function pageWords(data: { title?: unknown; description?: unknown }, body: string): string[] {
  return [String(data.title ?? ''), String(data.description ?? ''), body];
}

/** A service's words a translation covers: name, summary, hours note, phone labels, description. */
export function serviceWords(
  data: { name?: unknown; summary?: unknown; hours?: { note?: unknown } | undefined; contact?: { phones?: Array<{ label?: unknown }> } | undefined },
  body: string,
): string[] {
  const labels = (data.contact?.phones ?? []).map((p) => (typeof p.label === 'string' ? p.label : ''));
  return [String(data.name ?? ''), String(data.summary ?? ''), String(data.hours?.note ?? ''), ...labels, body];
}

/** The crime types' words: each id's name, hint and synonyms, in order. */
export function crimeTypeWords(list: ReadonlyArray<{ id?: unknown; name?: unknown; hint?: unknown; synonyms?: unknown }>): string[] {
  return list.flatMap((c) => [String(c.id ?? ''), String(c.name ?? ''), String(c.hint ?? ''), ...(Array.isArray(c.synonyms) ? c.synonyms.map(String) : [])]);
}

/** Interface keys without their plural suffix: languages have different plural forms. */
export const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** An interface string's English words: the key's value, or all its plural forms. */
export function uiWords(en: Record<string, string>, key: string): string[] {
  return Object.keys(en)
    .filter((k) => baseKey(k) === key)
    .sort()
    .map((k) => en[k]!);
}

/** The English version of every interface key (base keys). */
export function uiVersions(en: Record<string, string>): Record<string, string> {
  const keys = [...new Set(Object.keys(en).map(baseKey))];
  return Object.fromEntries(keys.map((k) => [k, englishVersion(uiWords(en, k))]));
}
