/**
 * What a page tells the search index (see SearchData.astro), and the props of the search island.
 * Built at build time from content and the pure rules in src/lib/search.ts.
 */
import type { LocalCrimeType, LocalService } from '../data/site.ts';
import { useTranslations } from '../i18n/index.ts';
import { isNational } from '../lib/eligibility.ts';
import { crimeTypeTerms, serviceFilters, serviceTerms, unspecialisedCrimeTypes, type SearchFilters, type SearchKind, type TermGroup } from '../lib/search.ts';
import type { District } from '../schemas/district.ts';
import { pluralForms, raw } from './directory-props.ts';
import type { SearchStrings } from './islands/Search.tsx';
import { serviceSummary } from './service-summary.ts';

/** The search data of one indexed page (BaseLayout's `search` prop). */
export interface PageSearch {
  kind: SearchKind;
  /** Filter values (ids), by filter name. */
  filters?: SearchFilters;
  /** Metadata returned with a result (data-pagefind-meta). Searchable, so keep it to words that describe the page. */
  meta?: Record<string, string>;
  /** Words people use for what the page is about: indexed, not shown. */
  terms?: TermGroup[];
}

/** A service page: filters by the eligibility rules, area and main phone for the result, crime type words (see serviceTerms). */
export function serviceSearch(
  lang: string,
  entry: LocalService,
  services: LocalService[],
  crimeTypes: LocalCrimeType[],
  districts: District[],
  words: ReadonlyMap<string, readonly string[]>,
): PageSearch {
  const s = entry.data;
  const t = useTranslations(lang);
  const summary = serviceSummary(entry.id, s, t, entry.text);
  const meta: Record<string, string> = {};
  // A national service shows "National" (the island translates it); a local one its districts' names.
  if (!isNational(s)) meta.area = districts.filter((d) => s.areasServed.includes(d.id)).map((d) => d.name).join(', ');
  const phone = s.contact.phones.find((p) => p.kind === 'voice') ?? s.contact.phones[0];
  if (summary.phone && phone) {
    const number = summary.phone.label.find((p) => typeof p !== 'string');
    meta.phone = summary.phone.label.map((p) => (typeof p === 'string' ? p : p.text)).join('');
    if (number && typeof number !== 'string') meta.phone_number = number.text;
    meta.phone_href = summary.phone.href;
  }
  return {
    kind: 'service',
    filters: serviceFilters(
      s,
      crimeTypes.map((c) => c.id),
      districts.map((d) => d.id),
    ),
    meta,
    terms: serviceTerms(
      s,
      words,
      unspecialisedCrimeTypes(
        services.map((e) => e.data),
        crimeTypes.map((c) => c.id),
      ),
    ),
  };
}

/** A crime type's page: its own filter value and words. */
export function crimeTypeSearch(crimeType: LocalCrimeType, words: ReadonlyMap<string, readonly string[]>): PageSearch {
  return { kind: 'crime-type', filters: { crime: [crimeType.id] }, terms: crimeTypeTerms(words.get(crimeType.id)) };
}

export const informationSearch: PageSearch = { kind: 'information' };

/** The interface strings the search island shows, translated (the island does not bundle i18next). */
export function searchStrings(lang: string): SearchStrings {
  const t = useTranslations(lang);
  return {
    label: t('search.label'),
    hint: t('search.hint'),
    submit: t('search.submit'),
    filters: t('search.filters'),
    crime: t('directory.crimeType'),
    anyCrime: t('directory.crimeType.any'),
    district: t('directory.district'),
    anyDistrict: t('directory.district.any'),
    age: t('directory.age'),
    anyAge: t('directory.age.any'),
    under18: t('directory.age.under18'),
    adult: t('directory.age.adult'),
    clear: t('directory.clear'),
    results: pluralForms(lang, 'search.results'),
    resultsFor: pluralForms(lang, 'search.resultsFor'),
    resultsHeading: t('search.resultsHeading'),
    noResults: t('search.noResults'),
    searching: t('search.searching'),
    failed: t('search.failed'),
    more: t('search.more'),
    kinds: { service: t('search.kind.service'), 'crime-type': t('search.kind.crimeType'), information: t('search.kind.information') },
    areas: t('service.areas'),
    national: t('directory.badge.national'),
    noScript: t('search.noScript'),
    browseServices: t('home.browseServices'),
    browseCrimeTypes: t('directory.byCrimeType'),
    browseInformation: t('search.browseInformation'),
    privacy: t('search.privacy'),
    shown: raw(lang, 'search.shown'),
    partial: t('search.partial'),
  };
}
