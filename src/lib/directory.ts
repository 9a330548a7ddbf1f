/**
 * The directory's filters: which services fit what a visitor chose (crime type, age, district,
 * self-referral, no police report, open now, language), why, and in what order to show them.
 * Built on the shared eligibility core (src/lib/eligibility.ts) and opening hours
 * (src/lib/hours.ts). Pure TypeScript on plain data: the filters island runs it in the browser on
 * serialised services, and the pre-rendered crime-type and district pages run it at build time.
 * It returns ids and reason keys; the interface translates them.
 */
import type { WeeklyHours as Hours } from '../schemas/hours.ts';
import type { Service } from '../schemas/service.ts';
import {
  ageConfirmed,
  ageSpecific,
  isLocalTo,
  isNational,
  selfReferral,
  servesAge,
  servesCrime,
  servesDistrict,
  specialisesIn,
  type AgeAnswer,
  type ServiceFit,
} from './eligibility.ts';
import { isOpenAt } from './hours.ts';

/** What the directory needs to know about a service: plain data, small enough for island props. */
export interface DirectoryEntry extends ServiceFit {
  id: string;
  /** Languages spoken as a source says, as BCP 47 codes (empty: not confirmed). */
  languages: readonly string[];
  /** A source says interpreters can be arranged, or help is given in very many languages. */
  interpreters: boolean;
  /** Structured opening hours, when known (without the free-text note). */
  hours?: Hours | undefined;
}

/** What a visitor chose. Anything left out does not narrow the list. */
export interface DirectoryFilters {
  crimeType?: string | undefined;
  age?: AgeAnswer | undefined;
  district?: string | undefined;
  /** Only services people can contact themselves. */
  selfReferral?: boolean | undefined;
  /** Only services open to people who have not reported to the police. */
  noPoliceReport?: boolean | undefined;
  /** Only services open at the moment (UK time); unknown hours do not count as open. */
  openNow?: boolean | undefined;
  /** A language code the visitor needs. */
  language?: string | undefined;
}

/** Why a service is in the results (interface string keys are built from these). */
export type MatchReason =
  | 'crime.specialist'
  | 'crime.any'
  | 'age.specific'
  | 'age.all'
  | 'age.unconfirmed'
  | 'district.local'
  | 'district.national'
  | 'referral.self'
  | 'police.notNeeded'
  | 'hours.openNow'
  | 'language.spoken'
  | 'language.interpreters';

export interface DirectoryMatch {
  id: string;
  reasons: MatchReason[];
  /** Serves the chosen district as a local service (false when no district was chosen). */
  local: boolean;
  /** Open to people anywhere in the country. */
  national: boolean;
  /** How well it fits: higher first, after local before national. */
  fit: number;
}

/** Points for how well a service fits; local-before-national is decided before these. */
const FIT: Partial<Record<MatchReason, number>> = {
  'crime.specialist': 4,
  'age.specific': 2,
  'language.spoken': 2,
  'language.interpreters': 1,
};

/** The language part of a BCP 47 code, lower case ("pa-Guru" -> "pa"). */
export const baseLanguage = (code: string) => code.split('-')[0]!.toLowerCase();

/** The plain facts of a content service that the directory filters on. */
export function toDirectoryEntry(id: string, s: Service): DirectoryEntry {
  const entry: DirectoryEntry = {
    id,
    crimeTypes: s.crimeTypes,
    areasServed: s.areasServed,
    referral: s.referral,
    languages: s.languages?.spoken ?? [],
    interpreters: s.languages?.interpreters === true || s.languages?.moreThan !== undefined || s.accessibility.includes('interpreters'),
  };
  if (s.policeReport) entry.policeReport = { needed: s.policeReport.needed };
  if (s.ages) entry.ages = { group: s.ages.group, min: s.ages.min, max: s.ages.max };
  if (s.hours) entry.hours = { alwaysOpen: s.hours.alwaysOpen, weekly: s.hours.weekly };
  return entry;
}

/** Whether one service fits every chosen filter; if so, why and how well. Otherwise null. */
export function matchService(s: DirectoryEntry, f: DirectoryFilters, now: Date = new Date()): DirectoryMatch | null {
  const reasons: MatchReason[] = [];
  if (f.crimeType) {
    if (!servesCrime(s, f.crimeType)) return null;
    reasons.push(specialisesIn(s, f.crimeType) ? 'crime.specialist' : 'crime.any');
  }
  if (f.age !== undefined) {
    if (!servesAge(s, f.age)) return null;
    reasons.push(!ageConfirmed(s) ? 'age.unconfirmed' : ageSpecific(s) ? 'age.specific' : 'age.all');
  }
  let local = false;
  if (f.district) {
    if (!servesDistrict(s, f.district)) return null;
    local = isLocalTo(s, f.district);
    reasons.push(local ? 'district.local' : 'district.national');
  }
  if (f.selfReferral) {
    if (!selfReferral(s)) return null;
    reasons.push('referral.self');
  }
  if (f.noPoliceReport) {
    if (s.policeReport?.needed !== false) return null;
    reasons.push('police.notNeeded');
  }
  if (f.openNow) {
    if (isOpenAt(s.hours, now) !== true) return null;
    reasons.push('hours.openNow');
  }
  if (f.language) {
    const wanted = baseLanguage(f.language);
    if (s.languages.some((l) => baseLanguage(l) === wanted)) reasons.push('language.spoken');
    else if (s.interpreters) reasons.push('language.interpreters');
    else return null;
  }
  const fit = reasons.reduce((sum, r) => sum + (FIT[r] ?? 0), 0);
  return { id: s.id, reasons, local, national: isNational(s), fit };
}

/**
 * The services that fit every chosen filter, best first: for a chosen district, local services
 * before national ones; then by how well they fit; otherwise in the order given (content order).
 */
export function filterDirectory(entries: readonly DirectoryEntry[], f: DirectoryFilters, now: Date = new Date()): DirectoryMatch[] {
  const matches: Array<DirectoryMatch & { index: number }> = [];
  entries.forEach((s, index) => {
    const m = matchService(s, f, now);
    if (m) matches.push({ ...m, index });
  });
  matches.sort((a, b) => Number(b.local) - Number(a.local) || b.fit - a.fit || a.index - b.index);
  return matches.map(({ index: _index, ...m }) => m);
}

/** How many filters are in use (for "clear filters" and the results heading). */
export function activeFilterCount(f: DirectoryFilters): number {
  return [f.crimeType, f.age, f.district, f.selfReferral || undefined, f.noPoliceReport || undefined, f.openNow || undefined, f.language].filter(
    (v) => v !== undefined && v !== '',
  ).length;
}

/** The languages the services speak, as base codes, each once, in a stable order. */
export function spokenLanguages(entries: readonly DirectoryEntry[]): string[] {
  return [...new Set(entries.flatMap((s) => s.languages.map(baseLanguage)))].sort();
}

/**
 * An exact age typed into a form, or undefined when it is not a whole number of years from 0 to
 * 120 (the same limits as the content schema).
 */
export function parseAge(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const age = Number(trimmed);
  return age <= 120 ? age : undefined;
}
