/**
 * Who a service is for: the one place that decides whether a service fits a crime type, an age
 * and a district. The directory filters and the questionnaire both build on these.
 * Works on plain data (no Date objects), so React islands can use it on serialised services.
 */
import { ANY_CRIME, NATIONAL } from '../schemas/values.ts';

/** The facts about a service that matching needs. */
export interface ServiceFit {
  crimeTypes: readonly string[];
  areasServed: readonly string[];
  /** Ages as a source gives them; absent: not confirmed (the service is still offered, saying so). */
  ages?: AgeFit | undefined;
  referral: readonly string[];
  /** As a source says: needed true, only after a police report; false, no report needed; absent: does not apply or not known. */
  policeReport?: { readonly needed: boolean } | undefined;
}

/** A source's ages: a group, or limits (inclusive). */
export interface AgeFit {
  group?: 'everyone' | 'adults' | 'young-people' | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** An age as people give it: an exact age, or one of two bands. */
export type AgeAnswer = number | 'under-18' | 'adult';

export const ADULT_AGE = 18;

export const isNational = (s: ServiceFit) => s.areasServed.includes(NATIONAL);
export const helpsAnyCrime = (s: ServiceFit) => s.crimeTypes.includes(ANY_CRIME);

/** Helps with this crime type, specifically or because it helps after any crime. */
export function servesCrime(s: ServiceFit, crimeType: string): boolean {
  return helpsAnyCrime(s) || s.crimeTypes.includes(crimeType);
}

/** Helps with this crime type as a specialist (named, not just "any crime"). */
export function specialisesIn(s: ServiceFit, crimeType: string): boolean {
  return s.crimeTypes.includes(crimeType);
}

/**
 * The limits a source's ages set: adults are 18 and over; "children and young people" (no limit
 * given) are under 18. Unknown ages set none: nobody is denied a route to help on a guess.
 */
export function ageLimits(ages: AgeFit | undefined): { min: number; max: number } {
  if (ages?.group === 'adults') return { min: ADULT_AGE, max: Infinity };
  if (ages?.group === 'young-people') return { min: 0, max: ADULT_AGE - 1 };
  return { min: ages?.min ?? 0, max: ages?.max ?? Infinity };
}

/** A source gives the service's ages (a group or limits). */
export const ageConfirmed = (s: ServiceFit) => s.ages !== undefined;

/** A source gives age limits or an age group narrower than everyone. */
export const ageSpecific = (s: ServiceFit) => s.ages !== undefined && s.ages.group !== 'everyone';

/**
 * Open to someone of this age. A band fits when any age in it is served. A service whose ages are
 * not confirmed fits every age (the page then says the age is not confirmed).
 */
export function servesAge(s: ServiceFit, age: AgeAnswer): boolean {
  const { min, max } = ageLimits(s.ages);
  if (age === 'under-18') return min < ADULT_AGE;
  if (age === 'adult') return max >= ADULT_AGE;
  return age >= min && age <= max;
}

/** Serves people living in this district: locally, or because it is national. */
export function servesDistrict(s: ServiceFit, district: string): boolean {
  return isNational(s) || s.areasServed.includes(district);
}

/** Serves this district as a local service (not only because it is national). */
export function isLocalTo(s: ServiceFit, district: string): boolean {
  return s.areasServed.includes(district);
}

export const selfReferral = (s: ServiceFit) => s.referral.includes('self');
export const professionalReferral = (s: ServiceFit) => s.referral.includes('professional');

/** Aimed at children and young people: a source gives an upper age limit or names them. */
export const forYoungPeople = (s: ServiceFit) => ageLimits(s.ages).max < Infinity;
