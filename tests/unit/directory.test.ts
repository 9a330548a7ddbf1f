import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filterDirectory,
  matchService,
  parseAge,
  spokenLanguages,
  toDirectoryEntry,
  type DirectoryEntry,
  type DirectoryFilters,
} from '../../src/lib/directory.ts';
import type { WeeklyHours as Hours } from '../../src/schemas/hours.ts';
import { serviceSchema } from '../../src/schemas/service.ts';

// Fixtures, not real content: invented ids for districts ("north", "south") and crime types.
const weekdays9to5: Hours = { alwaysOpen: false, weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] };

const services: DirectoryEntry[] = [
  // A national service for any crime and every age, open all the time.
  { id: 'national-any', crimeTypes: ['any'], areasServed: ['national'], ages: { group: 'everyone' }, referral: ['self'], policeReport: { needed: false }, languages: ['en'], interpreters: true, hours: { alwaysOpen: true, weekly: [] } },
  // A local burglary specialist in "north", weekdays only, referral by professionals, Polish spoken; no source gives its ages.
  { id: 'north-burglary', crimeTypes: ['burglary'], areasServed: ['north'], referral: ['professional'], policeReport: { needed: false }, languages: ['en', 'pl'], interpreters: false, hours: weekdays9to5 },
  // A local youth service in "south" for any crime, hours unknown.
  { id: 'south-youth', crimeTypes: ['any'], areasServed: ['south'], ages: { max: 17 }, referral: ['self', 'professional'], policeReport: { needed: false }, languages: ['en'], interpreters: false },
  // A national fraud specialist for adults that only takes people who reported to the police.
  { id: 'national-fraud', crimeTypes: ['fraud'], areasServed: ['national'], ages: { min: 18 }, referral: ['police'], policeReport: { needed: true }, languages: ['en', 'pa-Guru'], interpreters: false, hours: weekdays9to5 },
  // A service in both districts for burglary and fraud, 16 and over.
  { id: 'both-burglary-fraud', crimeTypes: ['burglary', 'fraud'], areasServed: ['north', 'south'], ages: { min: 16 }, referral: ['self'], policeReport: { needed: false }, languages: ['en'], interpreters: false, hours: weekdays9to5 },
];

const mondayNoon = new Date('2026-11-23T12:00:00Z'); // Monday 12:00 in London (GMT)
const saturdayNoon = new Date('2026-11-21T12:00:00Z');
const juneMonday0830Bst = new Date('2026-06-15T07:30:00Z'); // Monday 08:30 in London (BST): before 09:00

const ids = (f: DirectoryFilters, now = mondayNoon) => filterDirectory(services, f, now).map((m) => m.id);

describe('directory filters', () => {
  it.each<[string, DirectoryFilters, string[]]>([
    ['no filters: everything, in content order', {}, ['national-any', 'north-burglary', 'south-youth', 'national-fraud', 'both-burglary-fraud']],
    // Crime type: specialists before "any crime" services.
    ['crime type: burglary', { crimeType: 'burglary' }, ['north-burglary', 'both-burglary-fraud', 'national-any', 'south-youth']],
    ['crime type: fraud', { crimeType: 'fraud' }, ['national-fraud', 'both-burglary-fraud', 'national-any', 'south-youth']],
    ['crime type nobody specialises in', { crimeType: 'stalking' }, ['national-any', 'south-youth']],
    // Age: bands and exact ages; services for an age group rank above all-age ones.
    ['age band: under 18', { age: 'under-18' }, ['south-youth', 'both-burglary-fraud', 'national-any', 'north-burglary']],
    ['age band: 18 or over', { age: 'adult' }, ['national-fraud', 'both-burglary-fraud', 'national-any', 'north-burglary']],
    ['exact age 15', { age: 15 }, ['south-youth', 'national-any', 'north-burglary']],
    ['exact age 16', { age: 16 }, ['south-youth', 'both-burglary-fraud', 'national-any', 'north-burglary']],
    ['exact age 40', { age: 40 }, ['national-fraud', 'both-burglary-fraud', 'national-any', 'north-burglary']],
    // District: local services first, then national ones.
    ['district: north', { district: 'north' }, ['north-burglary', 'both-burglary-fraud', 'national-any', 'national-fraud']],
    ['district: south', { district: 'south' }, ['south-youth', 'both-burglary-fraud', 'national-any', 'national-fraud']],
    ['district nobody is local to', { district: 'east' }, ['national-any', 'national-fraud']],
    // Yes/no filters.
    ['can self-refer', { selfReferral: true }, ['national-any', 'south-youth', 'both-burglary-fraud']],
    ['no police report needed', { noPoliceReport: true }, ['national-any', 'north-burglary', 'south-youth', 'both-burglary-fraud']],
    ['unticked yes/no filters do not narrow', { selfReferral: false, noPoliceReport: false, openNow: false }, ['national-any', 'north-burglary', 'south-youth', 'national-fraud', 'both-burglary-fraud']],
    // Language: speakers first, then services that arrange interpreters; regional codes match their language.
    ['language: Polish', { language: 'pl' }, ['north-burglary', 'national-any']],
    ['language: Punjabi (pa matches pa-Guru)', { language: 'pa' }, ['national-fraud', 'national-any']],
    ['language: English', { language: 'en' }, ['national-any', 'north-burglary', 'south-youth', 'national-fraud', 'both-burglary-fraud']],
    // Combinations narrow the list.
    ['burglary in south', { crimeType: 'burglary', district: 'south' }, ['both-burglary-fraud', 'south-youth', 'national-any']],
    ['fraud, age 17, north', { crimeType: 'fraud', age: 17, district: 'north' }, ['both-burglary-fraud', 'national-any']],
    ['fraud, self-referral, no police report', { crimeType: 'fraud', selfReferral: true, noPoliceReport: true }, ['both-burglary-fraud', 'national-any', 'south-youth']],
    ['burglary in north, in Polish, open now', { crimeType: 'burglary', district: 'north', language: 'pl', openNow: true }, ['north-burglary', 'national-any']],
    ['nothing fits', { crimeType: 'fraud', age: 12, district: 'north', selfReferral: true, language: 'pl' }, ['national-any']],
    ['a language nobody speaks: only services with interpreters', { language: 'de' }, ['national-any']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it.each<[string, Date, string[]]>([
    ['on a weekday at noon', mondayNoon, ['national-any', 'north-burglary', 'national-fraud', 'both-burglary-fraud']],
    ['on a Saturday only 24-hour services', saturdayNoon, ['national-any']],
    ['in UK summer time, not the device clock (08:30 BST is before 09:00)', juneMonday0830Bst, ['national-any']],
  ])('open now %s; unknown hours never count as open', (_name, now, expected) => {
    expect(ids({ openNow: true }, now)).toEqual(expected);
  });

  it('says why each service is listed, as keys for the interface', () => {
    expect(matchService(services[0]!, { crimeType: 'burglary', district: 'north', language: 'pl', openNow: true }, mondayNoon)).toEqual({
      id: 'national-any',
      reasons: ['crime.any', 'district.national', 'hours.openNow', 'language.interpreters'],
      local: false,
      national: true,
      fit: 1,
    });
    expect(matchService(services[0]!, { crimeType: 'burglary', district: 'north', age: 30 }, mondayNoon)).toMatchObject({
      reasons: ['crime.any', 'age.all', 'district.national'],
      local: false,
      national: true,
    });
    // Ages no source gives: still listed for any age, saying the age is not confirmed.
    expect(matchService(services[1]!, { crimeType: 'burglary', district: 'north', age: 30 }, mondayNoon)).toMatchObject({
      reasons: ['crime.specialist', 'age.unconfirmed', 'district.local'],
      local: true,
      national: false,
    });
    expect(matchService(services[2]!, { age: 'under-18', selfReferral: true, noPoliceReport: true })).toMatchObject({
      reasons: ['age.specific', 'referral.self', 'police.notNeeded'],
    });
    expect(matchService(services[3]!, { noPoliceReport: true })).toBeNull();
  });

  it('returns an empty list when nothing fits', () => {
    expect(filterDirectory(services.slice(1), { crimeType: 'burglary', age: 10, openNow: true }, saturdayNoon)).toEqual([]);
  });

  it('puts local before national even when a national service fits better', () => {
    // national-fraud is a fraud specialist (fits better) but not local to north.
    expect(ids({ crimeType: 'fraud', district: 'north' })).toEqual(['both-burglary-fraud', 'national-fraud', 'national-any']);
  });

  it('counts the filters in use', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ selfReferral: false, crimeType: '' })).toBe(0);
    expect(activeFilterCount({ crimeType: 'fraud', age: 0, openNow: true })).toBe(3);
  });

  it.each([
    ['15', 15],
    [' 0 ', 0],
    ['120', 120],
    ['121', undefined],
    ['-3', undefined],
    ['12.5', undefined],
    ['fifteen', undefined],
    ['', undefined],
  ] as const)('reads the typed age %j as %s', (text, expected) => {
    expect(parseAge(text)).toBe(expected);
  });

  it('lists the languages spoken, once each, by base code', () => {
    expect(spokenLanguages(services)).toEqual(['en', 'pa', 'pl']);
  });

  it('makes small plain entries from content services', () => {
    const service = serviceSchema.parse({
      name: 'Example',
      summary: 'Example service.',
      crimeTypes: ['burglary'],
      areasServed: ['north'],
      ages: { min: 11, from: ['page'] },
      policeReport: { needed: false, from: ['page'] },
      hours: { weekly: [{ days: ['mon'], opens: '09:00', closes: '12:00' }], note: 'A note that the filter does not need.', from: ['page'] },
      languages: { spoken: ['en', 'pl'], from: ['page'] },
      accessibility: ['interpreters'],
      lastChecked: '2026-11-21',
      sources: [{ id: 'page', url: 'https://example.org/' }],
    });
    const entry = toDirectoryEntry('example', service);
    expect(entry).toEqual({
      id: 'example',
      crimeTypes: ['burglary'],
      areasServed: ['north'],
      ages: { min: 11 },
      referral: [],
      policeReport: { needed: false },
      languages: ['en', 'pl'],
      interpreters: true,
      hours: { alwaysOpen: false, weekly: [{ days: ['mon'], opens: '09:00', closes: '12:00' }] },
    });
    // Survives JSON (island props) unchanged: no dates, no undefined.
    expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });

  it('leaves out of an entry what no source gives: ages, languages, the police report question', () => {
    const service = serviceSchema.parse({
      name: 'Example',
      summary: 'Example service.',
      crimeTypes: ['burglary'],
      areasServed: ['north'],
      lastChecked: '2026-11-21',
      sources: [{ id: 'page', url: 'https://example.org/' }],
    });
    const entry = toDirectoryEntry('example', service);
    expect(entry).toEqual({ id: 'example', crimeTypes: ['burglary'], areasServed: ['north'], referral: [], languages: [], interpreters: false });
    expect(entry).not.toHaveProperty('ages');
    expect(entry).not.toHaveProperty('policeReport');
    // Not confirmed is not "English": a language filter leaves it out, an age filter keeps it, saying so.
    expect(matchService(entry, { language: 'en' })).toBeNull();
    expect(matchService(entry, { age: 'adult' })?.reasons).toEqual(['age.unconfirmed']);
    expect(matchService(entry, { age: 'under-18' })?.reasons).toEqual(['age.unconfirmed']);
    expect(matchService(entry, { noPoliceReport: true })).toBeNull();
  });

  it('counts interpreters when a source says so or gives help in more languages than it lists', () => {
    const parse = (languages: Record<string, unknown>) =>
      toDirectoryEntry(
        'example',
        serviceSchema.parse({
          name: 'Example',
          summary: 'Example service.',
          crimeTypes: ['any'],
          areasServed: ['national'],
          languages: { ...languages, from: ['page'] },
          lastChecked: '2026-11-21',
          sources: [{ id: 'page', url: 'https://example.org/' }],
        }),
      );
    expect(parse({ spoken: ['en'] })).toMatchObject({ languages: ['en'], interpreters: false });
    expect(parse({ interpreters: true })).toMatchObject({ languages: [], interpreters: true });
    expect(parse({ spoken: ['en'], moreThan: 200 })).toMatchObject({ languages: ['en'], interpreters: true });
    expect(parse({ spoken: ['en'], interpreters: false })).toMatchObject({ languages: ['en'], interpreters: false });
  });

  it('offers a service whose ages no source gives to every age, saying so; an age group only to its ages', () => {
    const unconfirmed = services.find((s) => s.id === 'north-burglary')!;
    expect(unconfirmed.ages).toBeUndefined();
    for (const age of ['adult', 'under-18', 0, 17, 18, 90] as const) {
      expect(matchService(unconfirmed, { age })?.reasons, String(age)).toEqual(['age.unconfirmed']);
    }
    const everyone = services.find((s) => s.id === 'national-any')!;
    for (const age of ['adult', 'under-18', 0, 90] as const) {
      expect(matchService(everyone, { age })?.reasons, String(age)).toEqual(['age.all']);
    }
    // Not confirmed ranks with services for all ages, below those for the chosen age.
    expect(matchService(unconfirmed, { age: 'adult' })!.fit).toBe(matchService(everyone, { age: 'adult' })!.fit);

    const youngPeople: DirectoryEntry = { ...unconfirmed, id: 'young-people', ages: { group: 'young-people' } };
    expect(matchService(youngPeople, { age: 'adult' })).toBeNull();
    expect(matchService(youngPeople, { age: 18 })).toBeNull();
    expect(matchService(youngPeople, { age: 'under-18' })?.reasons).toEqual(['age.specific']);
    expect(matchService(youngPeople, { age: 17 })?.reasons).toEqual(['age.specific']);
    const adults: DirectoryEntry = { ...unconfirmed, id: 'adults', ages: { group: 'adults' } };
    expect(matchService(adults, { age: 'under-18' })).toBeNull();
    expect(matchService(adults, { age: 17 })).toBeNull();
    expect(matchService(adults, { age: 'adult' })?.reasons).toEqual(['age.specific']);
    expect(matchService(adults, { age: 18 })?.reasons).toEqual(['age.specific']);

    expect(filterDirectory([unconfirmed, adults, youngPeople], { age: 'under-18' }).map((m) => m.id)).toEqual(['young-people', 'north-burglary']);
    expect(filterDirectory([unconfirmed, adults, youngPeople], { age: 'adult' }).map((m) => m.id)).toEqual(['adults', 'north-burglary']);
  });

  it('keeps "no police report needed" for services that say so: not for the police, where it does not apply', () => {
    const police = { ...services[0]!, id: 'police', policeReport: undefined };
    expect(matchService(police, { noPoliceReport: true })).toBeNull();
    expect(matchService(services[0]!, { noPoliceReport: true })?.reasons).toContain('police.notNeeded');
    expect(matchService(services.find((s) => s.policeReport?.needed)!, { noPoliceReport: true })).toBeNull();
  });
});
