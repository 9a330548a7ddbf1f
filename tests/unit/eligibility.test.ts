import { describe, expect, it } from 'vitest';
import {
  ageConfirmed,
  ageLimits,
  ageSpecific,
  forYoungPeople,
  isLocalTo,
  servesAge,
  servesCrime,
  servesDistrict,
  specialisesIn,
  type ServiceFit,
} from '../../src/lib/eligibility.ts';

const base: ServiceFit = { crimeTypes: ['burglary'], areasServed: ['north'], referral: ['self'], policeReport: { needed: false } };
const youth: ServiceFit = { ...base, ages: { max: 17 } };
const adults: ServiceFit = { ...base, ages: { min: 18 } };
/** Ages as a source names a group, without limits. */
const youngPeople: ServiceFit = { ...base, ages: { group: 'young-people' } };
const adultsGroup: ServiceFit = { ...base, ages: { group: 'adults' } };
const everyone: ServiceFit = { ...base, ages: { group: 'everyone' } };
const any: ServiceFit = { ...base, crimeTypes: ['any'], areasServed: ['national'] };

describe('eligibility', () => {
  it.each([
    [base, 'burglary', true],
    [base, 'fraud', false],
    [any, 'fraud', true],
  ] as const)('servesCrime %#', (s, crime, expected) => expect(servesCrime(s, crime)).toBe(expected));

  it('treats "any crime" services as fitting but not specialist', () => {
    expect(specialisesIn(any, 'fraud')).toBe(false);
    expect(specialisesIn(base, 'burglary')).toBe(true);
  });

  it.each([
    [youth, 'under-18', true],
    [youth, 'adult', false],
    [youth, 17, true],
    [youth, 18, false],
    [adults, 'under-18', false],
    [adults, 'adult', true],
    [adults, 18, true],
    [base, 5, true],
    [base, 'adult', true],
    [{ ...base, ages: { min: 16 } }, 'under-18', true],
    [{ ...base, ages: { min: 16 } }, 15, false],
    [{ ...base, ages: { min: 16, max: 25 } }, 15, false],
    [{ ...base, ages: { min: 16, max: 25 } }, 25, true],
    [{ ...base, ages: { min: 16, max: 25 } }, 26, false],
    [{ ...base, ages: { min: 16, max: 25 } }, 'under-18', true],
    [{ ...base, ages: { min: 16, max: 25 } }, 'adult', true],
    // A named group: young people are under 18, adults 18 and over, everyone all ages.
    [youngPeople, 'under-18', true],
    [youngPeople, 'adult', false],
    [youngPeople, 0, true],
    [youngPeople, 17, true],
    [youngPeople, 18, false],
    [adultsGroup, 'under-18', false],
    [adultsGroup, 'adult', true],
    [adultsGroup, 17, false],
    [adultsGroup, 18, true],
    [adultsGroup, 90, true],
    [everyone, 'under-18', true],
    [everyone, 'adult', true],
    [everyone, 0, true],
    [everyone, 120, true],
    // Ages no source gives: not confirmed, so nobody is turned away on a guess.
    [base, 'under-18', true],
    [base, 0, true],
    [base, 120, true],
  ] as const)('servesAge %#', (s, age, expected) => expect(servesAge(s, age)).toBe(expected));

  it('knows whether a source gives the ages, and whether they narrow who it is for', () => {
    expect(ageConfirmed(base)).toBe(false);
    expect(ageSpecific(base)).toBe(false);
    expect(ageConfirmed(everyone)).toBe(true);
    expect(ageSpecific(everyone)).toBe(false);
    for (const s of [youth, adults, youngPeople, adultsGroup]) {
      expect(ageConfirmed(s)).toBe(true);
      expect(ageSpecific(s)).toBe(true);
    }
  });

  it('turns an age group into limits: young people under 18, adults 18 and over; unknown sets none', () => {
    expect(ageLimits(youngPeople.ages)).toEqual({ min: 0, max: 17 });
    expect(ageLimits(adultsGroup.ages)).toEqual({ min: 18, max: Infinity });
    expect(ageLimits(everyone.ages)).toEqual({ min: 0, max: Infinity });
    expect(ageLimits(undefined)).toEqual({ min: 0, max: Infinity });
    expect(ageLimits({ min: 16, max: 25 })).toEqual({ min: 16, max: 25 });
  });

  it('counts a service as for young people when a source gives an upper limit or names them', () => {
    expect(forYoungPeople(youth)).toBe(true);
    expect(forYoungPeople(youngPeople)).toBe(true);
    expect(forYoungPeople(adults)).toBe(false);
    expect(forYoungPeople(adultsGroup)).toBe(false);
    expect(forYoungPeople(everyone)).toBe(false);
    expect(forYoungPeople(base)).toBe(false);
  });

  it('serves a district locally or nationally', () => {
    expect(servesDistrict(base, 'north')).toBe(true);
    expect(servesDistrict(base, 'south')).toBe(false);
    expect(servesDistrict(any, 'south')).toBe(true);
    expect(isLocalTo(any, 'south')).toBe(false);
    expect(isLocalTo(base, 'north')).toBe(true);
  });
});
