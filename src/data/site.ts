/**
 * The one place pages load content from (Astro's Content Layer), sorted and with language
 * fallbacks applied. Pages stay thin: load here, then render components.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { crimeTypeWords } from '../lib/search.ts';
import { crimeTypeWords as crimeTypeVersionWords, englishVersion, pageWords, serviceWords } from '../lib/translation-version.ts';
import type { Area, Locale } from '../schemas/area.ts';
import { fillPhoneLabel } from '../schemas/phone.ts';
import type { TextAttrs } from '../components/text-attrs.ts';

/** Where a piece of content's words come from on a page in some language. */
export interface TextSource {
  /** lang/dir attributes for the text: empty when it is in the page's language. */
  text: TextAttrs;
  /** The words are in the page's language (false: English shown instead, with a notice). */
  translated: boolean;
  /** A native speaker has checked the translation (always true for the default language). */
  reviewed: boolean;
  /** The English has changed since the translation was made (or it does not say from which English). */
  outdated: boolean;
}

async function sourceFor(
  lang: string,
  translation: { reviewed: boolean; translatedFrom?: string | undefined } | undefined,
  english?: string,
): Promise<TextSource> {
  const area = await getArea();
  if (lang === area.defaultLocale) return { text: {}, translated: true, reviewed: true, outdated: false };
  if (translation) return { text: {}, translated: true, reviewed: translation.reviewed, outdated: english !== undefined && translation.translatedFrom !== english };
  const fallback = area.locales.find((l) => l.code === area.defaultLocale);
  return { text: { lang: area.defaultLocale, ...(fallback ? { dir: fallback.dir } : {}) }, translated: false, reviewed: true, outdated: false };
}

export async function getArea(): Promise<Area> {
  const entry = await getEntry('settings', 'area');
  if (!entry) throw new Error('content/settings/area.yaml is missing');
  return entry.data;
}

/** The SHA-256 (hex) of the kiosk staff code: the kiosk page holds this, never the code itself. */
export async function staffCodeHash(): Promise<string> {
  const { kiosk } = await getArea();
  return createHash('sha256').update(kiosk.staffCode.trim()).digest('hex');
}

export async function getLocale(code: string): Promise<Locale> {
  const locale = (await getArea()).locales.find((l) => l.code === code);
  if (!locale) throw new Error(`unknown locale "${code}"`);
  return locale;
}

/** getStaticPaths for routes under /[lang]/. */
export async function localeParams() {
  return (await getArea()).locales.map((l) => ({ params: { lang: l.code } }));
}

export type LocalService = CollectionEntry<'services'> &
  TextSource & {
    /** The entry whose Markdown body to render: the translation, or the original. */
    textEntry: CollectionEntry<'services'> | CollectionEntry<'serviceTranslations'>;
  };

/**
 * Every service, in order, with its words in `lang` where translated (name, summary, hours note,
 * phone labels, description). Facts stay as written once in content/services/.
 */
export async function getServices(lang?: string): Promise<LocalService[]> {
  const area = await getArea();
  const code = lang ?? area.defaultLocale;
  const translations = code === area.defaultLocale ? [] : await getCollection('serviceTranslations', (t) => t.id.startsWith(`${code}/`));
  const entries = (await getCollection('services')).sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
  return Promise.all(
    entries.map(async (entry) => {
      const tr = translations.find((t) => t.id === `${code}/services/${entry.id}`);
      const data = !tr
        ? entry.data
        : {
            ...entry.data,
            name: tr.data.name ?? entry.data.name,
            summary: tr.data.summary,
            hours: entry.data.hours && { ...entry.data.hours, note: tr.data.hoursNote ?? entry.data.hours.note },
            contact: {
              ...entry.data.contact,
              phones: entry.data.contact.phones.map((p, i) => {
                const label = tr.data.phoneLabels?.[i];
                return { ...p, label: label ? fillPhoneLabel(label, p) : p.label };
              }),
            },
          };
      const english = englishVersion(serviceWords(entry.data, entry.body ?? ''));
      return { ...entry, data, textEntry: tr ?? entry, ...(await sourceFor(code, tr?.data, english)) };
    }),
  );
}

export type LocalCrimeType = Awaited<ReturnType<typeof getCrimeTypes>>[number];

/**
 * Crime types in order, with name, hint and synonyms in `lang` where translated. `searchTerms`
 * holds the translated and the English synonyms: people often type English words in any language.
 */
export async function getCrimeTypes(lang?: string) {
  const area = await getArea();
  const code = lang ?? area.defaultLocale;
  const file = code === area.defaultLocale ? undefined : await getEntry('crimeTypeTranslations', `${code}/crime-types`);
  const types = (await getCollection('crimeTypes')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const english = englishVersion(crimeTypeVersionWords((await getCollection('crimeTypes')).map((e) => e.data)));
  return Promise.all(
    types.map(async (c) => {
      const tr = file?.data.crimeTypes[c.id];
      const source = await sourceFor(code, tr && file ? file.data : undefined, english);
      return {
        ...c,
        name: tr?.name ?? c.name,
        hint: tr?.hint ?? c.hint,
        synonyms: tr?.synonyms ?? c.synonyms,
        searchTerms: [...new Set([...(tr?.synonyms ?? []), ...c.synonyms])],
        ...source,
      };
    }),
  );
}

/**
 * What people may call each crime type on pages in `lang`, for search (crime type id -> words): its name in `lang` and in English, and its search terms (the translation's synonyms and
 * the English ones).
 */
export async function getSearchWords(lang: string): Promise<Map<string, string[]>> {
  const [local, english] = await Promise.all([getCrimeTypes(lang), getCrimeTypes()]);
  const englishNames = new Map(english.map((c) => [c.id, c.name]));
  return new Map(local.map((c) => [c.id, crimeTypeWords([c.name, englishNames.get(c.id) ?? ''], c.searchTerms)]));
}

/** The area's districts in alphabetical order (as every list and select shows them). */
export async function getDistricts() {
  return (await getCollection('districts')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Information pages for a locale; an untranslated page falls back to English and says so. */
export async function getPages(lang: string) {
  const all = await getCollection('pages');
  const area = await getArea();
  const slugs = [...new Set(all.map((p) => p.id.split('/').slice(1).join('/')))];
  return slugs
    .map((slug) => {
      const translated = all.find((p) => p.id === `${lang}/${slug}`);
      const original = all.find((p) => p.id === `${area.defaultLocale}/${slug}`)!;
      const entry = translated ?? original;
      const outdated = translated !== undefined && lang !== area.defaultLocale && translated.data.translatedFrom !== englishVersion(pageWords(original.data, original.body ?? ''));
      return { slug, entry, translated: Boolean(translated), reviewed: lang === area.defaultLocale || Boolean(translated?.data.reviewed), outdated };
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** Roadshows and other events, as listed in content/events.yaml (past ones included). */
export async function getEvents() {
  return (await getCollection('events')).map((e) => e.data);
}

/** The guided "find help" questions (content/questionnaire.yaml). */
export async function getQuestionnaire() {
  const entry = await getEntry('questionnaire', 'questionnaire');
  if (!entry) throw new Error('content/questionnaire.yaml is missing');
  return entry.data;
}
