/**
 * The one place pages load content from (Astro's Content Layer), sorted and with language
 * fallbacks applied. Pages stay thin: load here, then render components.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Area, Locale } from '../schemas/area.ts';

export async function getArea(): Promise<Area> {
  const entry = await getEntry('settings', 'area');
  if (!entry) throw new Error('content/settings/area.yaml is missing');
  return entry.data;
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

export async function getServices(): Promise<Array<CollectionEntry<'services'>>> {
  return (await getCollection('services')).sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

export async function getCrimeTypes() {
  return (await getCollection('crimeTypes')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function getDistricts() {
  return (await getCollection('districts')).map((e) => e.data);
}

/** Information pages for a locale; an untranslated page falls back to English and says so. */
export async function getPages(lang: string) {
  const all = await getCollection('pages');
  const area = await getArea();
  const slugs = [...new Set(all.map((p) => p.id.split('/').slice(1).join('/')))];
  return slugs
    .map((slug) => {
      const translated = all.find((p) => p.id === `${lang}/${slug}`);
      const entry = translated ?? all.find((p) => p.id === `${area.defaultLocale}/${slug}`)!;
      return { slug, entry, translated: Boolean(translated) };
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** Roadshows and other events, as listed in content/events.yaml (past ones included). */
export async function getEvents() {
  return (await getCollection('events')).map((e) => e.data);
}
