import { describe, expect, it } from 'vitest';
import { content } from '../support/content.ts';
import type { ServiceFit } from '../../src/lib/eligibility.ts';
import {
  TERM_WEIGHTS,
  crimeTypeTerms,
  crimeTypeWords,
  decodeEntities,
  excerptParts,
  mergeRanked,
  pagefindFilters,
  queryWords,
  resultKind,
  serviceFilters,
  serviceTerms,
  stripIndexOnly,
  uniqueWords,
  unspecialisedCrimeTypes,
} from '../../src/lib/search.ts';

const base: ServiceFit = { crimeTypes: ['burglary'], areasServed: ['north'], referral: ['self'], policeReport: { needed: false } };
const crimes = ['burglary', 'fraud', 'stalking'];
const districts = ['north', 'south'];

const words = new Map<string, string[]>([
  ['burglary', ['Burglary', 'burgled', 'break in']],
  ['fraud', ['Fraud', 'scam']],
  ['stalking', ['Stalking', 'stalker']],
]);

describe('what a page tells the search index', () => {
  it('keeps each word once, ignoring case and spacing, in order', () => {
    expect(uniqueWords(['DV', ' dv ', 'domestic  violence', '', 'Domestic violence', 'scam'])).toEqual(['DV', 'domestic violence', 'scam']);
  });

  it("gives a crime type its names (the page's language and English) and every synonym, each once", () => {
    expect(crimeTypeWords(['Fraud', 'Fraud'], ['scam', 'Scam'])).toEqual(['Fraud', 'scam']);
    expect(crimeTypeWords(['فراڈ', 'Fraud'], ['دھوکہ', 'scam', 'فراڈ'])).toEqual(['فراڈ', 'Fraud', 'دھوکہ', 'scam']);
  });

  it('weights the words on the crime type’s own page highest', () => {
    expect(crimeTypeTerms(words.get('fraud'))).toEqual([{ weight: TERM_WEIGHTS.crimeTypePage, words: ['Fraud', 'scam'] }]);
    expect(crimeTypeTerms(undefined)).toEqual([]);
    expect(TERM_WEIGHTS.crimeTypePage).toBeGreaterThan(TERM_WEIGHTS.specialist);
    expect(TERM_WEIGHTS.specialist).toBeGreaterThan(TERM_WEIGHTS.anyCrime);
  });

  it('finds the crime types nobody specialises in', () => {
    expect([...unspecialisedCrimeTypes([base, { ...base, crimeTypes: ['any'] }], crimes)]).toEqual(['fraud', 'stalking']);
  });

  it('gives a specialist service the words of its crime types only', () => {
    expect(serviceTerms({ ...base, crimeTypes: ['burglary', 'stalking'] }, words, new Set(['fraud']))).toEqual([
      { weight: TERM_WEIGHTS.specialist, words: ['Burglary', 'burgled', 'break in', 'Stalking', 'stalker'] },
    ]);
  });

  it('gives an "any crime" service the words of the crime types nobody specialises in', () => {
    expect(serviceTerms({ ...base, crimeTypes: ['any'] }, words, new Set(['fraud']))).toEqual([{ weight: TERM_WEIGHTS.anyCrime, words: ['Fraud', 'scam'] }]);
    expect(serviceTerms({ ...base, crimeTypes: ['any', 'fraud'] }, words, new Set(['fraud', 'stalking']))).toEqual([
      { weight: TERM_WEIGHTS.specialist, words: ['Fraud', 'scam'] },
      { weight: TERM_WEIGHTS.anyCrime, words: ['Stalking', 'stalker'] },
    ]);
    expect(serviceTerms({ ...base, crimeTypes: ['any'] }, words, new Set())).toEqual([]);
  });

  it('sets filter values by the eligibility rules', () => {
    expect(serviceFilters(base, crimes, districts)).toEqual({ crime: ['burglary'], district: ['north'], age: ['under-18', 'adult'] });
    const national = { ...base, crimeTypes: ['any'], areasServed: ['national'], ages: { min: 18 } };
    expect(serviceFilters(national, crimes, districts)).toEqual({ crime: crimes, district: districts, age: ['adult'] });
    expect(serviceFilters({ ...base, ages: { max: 17 } }, crimes, districts).age).toEqual(['under-18']);
    expect(serviceFilters({ ...base, ages: { min: 16, max: 25 } }, crimes, districts).age).toEqual(['under-18', 'adult']);
    // Age groups a source names: young people are under 18, adults 18 and over.
    expect(serviceFilters({ ...base, ages: { group: 'young-people' } }, crimes, districts).age).toEqual(['under-18']);
    expect(serviceFilters({ ...base, ages: { group: 'adults' } }, crimes, districts).age).toEqual(['adult']);
    expect(serviceFilters({ ...base, ages: { group: 'everyone' } }, crimes, districts).age).toEqual(['under-18', 'adult']);
    // Ages no source gives (base): found under both age bands, nobody is turned away on a guess.
    expect(base.ages).toBeUndefined();
  });
});

describe('reading results back', () => {
  it('asks Pagefind only for the filters chosen', () => {
    expect(pagefindFilters({ crime: 'fraud', district: '', age: undefined })).toEqual({ crime: 'fraud' });
    expect(pagefindFilters({ crime: '', district: 'north', age: 'adult' })).toEqual({ district: 'north', age: 'adult' });
    expect(pagefindFilters({})).toEqual({});
  });

  it("reads a result's kind from its filters", () => {
    expect(resultKind({ kind: ['service'], crime: ['fraud'] })).toBe('service');
    expect(resultKind({ kind: ['crime-type'] })).toBe('crime-type');
    expect(resultKind({ kind: ['something'] })).toBeUndefined();
    expect(resultKind(undefined)).toBeUndefined();
  });

  it('decodes character references and splits an excerpt around <mark>, dropping other tags', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &#39;hi&#x27; &quot;x&quot; &bogus; &#0;')).toBe(`Tom & Jerry <3 'hi' "x" &bogus; &#0;`);
    expect(excerptParts('Call if your <mark>partner</mark> <mark>hits</mark> you &amp; <b>more</b>')).toEqual([
      { text: 'Call if your ', mark: false },
      { text: 'partner', mark: true },
      { text: ' ', mark: false },
      { text: 'hits', mark: true },
      { text: ' you & more', mark: false },
    ]);
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([{ text: '<script>alert(1)</script>', mark: false }]);
    expect(excerptParts('')).toEqual([]);
  });

  it('splits a query into its words, each once', () => {
    expect(queryWords('  my partner  hits MY ')).toEqual(['my', 'partner', 'hits']);
    expect(queryWords('')).toEqual([]);
  });

  it('merges the results of several words: pages with more (and rarer) words first', () => {
    const r = (id: string, score: number) => ({ id, score });
    const merged = mergeRanked([
      [r('a', 1), r('b', 3)],
      [r('a', 2.5), r('c', 0.5)],
      [r('d', 3)],
    ]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(mergeRanked([])).toEqual([]);
  });
});

describe('pages once indexed', () => {
  it("takes out only what the index needs (SearchData.astro's elements), each of them", () => {
    const data =
      '<div hidden data-search-index-only data-pagefind-ignore><span data-pagefind-filter="kind:service"></span><span data-pagefind-meta="area:Erewash, High Peak"></span></div>' +
      '<p hidden data-search-index-only data-pagefind-weight="3">DV, domestic violence, my partner hits me</p>' +
      '<p hidden data-search-index-only data-pagefind-weight="1">burgled, break in</p>';
    const page = `<main data-pagefind-body><h1>Help</h1><div><p hidden>Kept</p></div>${data}<p>After</p></main>`;
    expect(stripIndexOnly(page)).toEqual({ html: '<main data-pagefind-body><h1>Help</h1><div><p hidden>Kept</p></div><p>After</p></main>', removed: 3 });
    expect(stripIndexOnly('<main><p>Nothing for the index</p></main>')).toEqual({ html: '<main><p>Nothing for the index</p></main>', removed: 0 });
  });
});

describe('content for search', () => {
  it('gives every crime type words people type', () => {
    for (const c of content.crimeTypes) expect(c.synonyms.length, c.id).toBeGreaterThan(0);
  });
});
