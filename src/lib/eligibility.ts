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
  minAge?: number | undefined;
  maxAge?: number | undefined;
  referral: readonly string[];
  /** True: only after a police report; false: no report needed; absent: does not apply or not known. */
  policeReportNeeded?: boolean | undefined;
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

/** Open to someone of this age. A band fits when any age in it is served. No limits: all ages. */
export function servesAge(s: ServiceFit, age: AgeAnswer): boolean {
  const min = s.minAge ?? 0;
  const max = s.maxAge ?? Infinity;
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

/** Aimed at children and young people: the service has an upper age limit. */
export const forYoungPeople = (s: ServiceFit) => s.maxAge !== undefined;
