/**
 * The props for the filters island, built at build time: translated strings (the island does not
 * bundle i18next), compact services, and the crime types, districts and languages to choose from.
 */
import { uiStrings, useTranslations } from '../i18n/index.ts';
import { phoneAction } from '../lib/contact.ts';
import { monthYear } from '../lib/dates.ts';
import { baseLanguage, spokenLanguages } from '../lib/directory.ts';
import { dayRuns } from '../lib/hours.ts';
import type { ListEntry } from '../lib/my-list.ts';
import type { District } from '../schemas/district.ts';
import type { Service } from '../schemas/service.ts';
import type { FilterData, FilterStrings } from './islands/ServiceFilter.tsx';
import { serviceSummary } from './service-summary.ts';
import type { TextAttrs } from './text-attrs.ts';
import type { LocalCrimeType, LocalService } from '../data/site.ts';

/** The locale's plural forms of a plural key ("directory.results"), by Intl.PluralRules category. */
export function pluralForms(lang: string, key: string): Record<string, string> {
  const own = uiStrings[lang] ?? {};
  const en = uiStrings.en ?? {};
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((c) => [c, own[`${key}_${c}`] ?? en[`${key}_${c}`] ?? en[`${key}_other`] ?? '']));
}

/** A string with its {{placeholders}} left in, for the island to fill. */
export const raw = (lang: string, key: string) => uiStrings[lang]?.[key] ?? uiStrings.en?.[key] ?? '';

export function filterStrings(lang: string): FilterStrings {
  const t = useTranslations(lang);
  return {
    heading: t('directory.filters'),
    crimeType: t('directory.crimeType'),
    anyCrimeType: t('directory.crimeType.any'),
    age: t('directory.age'),
    ageAny: t('directory.age.any'),
    ageUnder18: t('directory.age.under18'),
    ageAdult: t('directory.age.adult'),
    ageExact: t('directory.age.exact'),
    ageYears: t('directory.age.years'),
    ageInvalid: t('directory.age.invalid'),
    district: t('directory.district'),
    anyDistrict: t('directory.district.any'),
    selfReferral: t('directory.selfReferral'),
    noPoliceReport: t('directory.noPoliceReport'),
    openNow: t('directory.openNow'),
    language: t('directory.language'),
    anyLanguage: t('directory.language.any'),
    clear: t('directory.clear'),
    results: pluralForms(lang, 'directory.results'),
    noResults: t('directory.noResults'),
    resultsHeading: t('directory.resultsHeading'),
    national: t('directory.badge.national'),
    local: t('directory.badge.local'),
    localTo: raw(lang, 'directory.badge.localTo'),
    areas: t('service.areas'),
    towns: raw(lang, 'district.towns'),
    total: pluralForms(lang, 'services.count'),
    badgeSelfReferral: t('directory.badge.selfReferral'),
    badgeOpenNow: t('directory.badge.openNow'),
    specialist: t('directory.badge.specialist'),
    anyCrime: t('directory.badge.anyCrime'),
    interpreters: t('directory.badge.interpreters'),
    ageUnconfirmed: t('directory.badge.ageUnconfirmed'),
    languageNote: t('directory.language.note'),
    youngPeopleAsk: raw(lang, 'questionnaire.results.youngPeopleAsk'),
    addToList: t('list.add'),
    removeFromList: t('list.remove'),
    added: t('list.added'),
    removed: t('list.removed'),
    myList: pluralForms(lang, 'list.link'),
  };
}

/** A language's name in the reader's language ("Polish", "پولش"), or the code if unknown. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The island's data; pass it as JSON.stringify(filterData(...)). */
/** Every service as a card summary, translated for the locale. */
export function serviceSummaries(lang: string, services: LocalService[]) {
  const t = useTranslations(lang);
  return services.map((s) => serviceSummary(s.id, s.data, t, s.text));
}

export function filterData(
  lang: string,
  text: TextAttrs,
  services: LocalService[],
  crimeTypes: LocalCrimeType[],
  districts: District[],
  /** The site's languages: offered in the language filter even where no service is confirmed to speak one. */
  localeCodes: readonly string[] = [],
  youngPeople?: FilterData['youngPeople'],
): FilterData {
  const summaries = serviceSummaries(lang, services);
  return {
    lang,
    text,
    services: summaries,
    crimeTypes: crimeTypes.map((c) => ({ id: c.id, name: c.name, text: c.text })),
    districts: districts.map((d) => ({ id: d.id, name: d.name, towns: d.towns })),
    languages: [...new Set([...localeCodes.map(baseLanguage), ...spokenLanguages(summaries)])]
      .map((code) => ({ code, name: languageName(code, lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
    strings: filterStrings(lang),
    youngPeople,
  };
}

/** One service as the "my list" page shows, prints and copies it, translated for the locale. */
export function listEntry(lang: string, id: string, s: Service, text: TextAttrs = {}): ListEntry {
  const t = useTranslations(lang);
  const contacts = s.contact.phones.map((p) => {
    const a = phoneAction(p);
    const text = t(a.key, { number: a.number, message: p.message ?? '' });
    return { href: a.href, text: p.professionalsOnly ? `${text} (${t('service.professionalsOnly')})` : text, ltr: a.number };
  });
  if (s.contact.email) {
    const email = s.contact.email.address;
    contacts.push({ href: `mailto:${email}`, text: t('service.email', { email }), ltr: email });
  }
  const hours: ListEntry['hours'] = !s.hours
    ? [{ days: t('service.hours.unknown') }]
    : s.hours.alwaysOpen
      ? [{ days: t('service.hours.alwaysOpen') }]
      : dayRuns(s.hours).map((r) => ({
          days: r.from === r.to ? t(`day.${r.from}`) : t('service.hours.dayRange', { from: t(`day.${r.from}`), to: t(`day.${r.to}`) }),
          times: r.ranges.map(([o, c]) => `${o}–${c}`).join(', '),
        }));
  return {
    id,
    path: `/${lang}/services/${id}/`,
    name: s.name,
    organisation: s.organisation,
    summary: s.summary,
    contacts,
    website: s.contact.website,
    hours,
    lastChecked: t('service.lastChecked', { date: monthYear(s.lastChecked, lang) }),
    text,
  };
}
