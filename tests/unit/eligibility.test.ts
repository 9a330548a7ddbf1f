import { describe, expect, it } from 'vitest';
import { isLocalTo, servesAge, servesCrime, servesDistrict, specialisesIn, type ServiceFit } from '../../src/lib/eligibility.ts';

const base: ServiceFit = { crimeTypes: ['burglary'], areasServed: ['north'], referral: ['self'], policeReportNeeded: false };
const youth: ServiceFit = { ...base, maxAge: 17 };
const adults: ServiceFit = { ...base, minAge: 18 };
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
    [{ ...base, minAge: 16 }, 'under-18', true],
    [{ ...base, minAge: 16 }, 15, false],
  ] as const)('servesAge %#', (s, age, expected) => expect(servesAge(s, age)).toBe(expected));

  it('serves a district locally or nationally', () => {
    expect(servesDistrict(base, 'north')).toBe(true);
    expect(servesDistrict(base, 'south')).toBe(false);
    expect(servesDistrict(any, 'south')).toBe(true);
    expect(isLocalTo(any, 'south')).toBe(false);
    expect(isLocalTo(base, 'north')).toBe(true);
  });
});
