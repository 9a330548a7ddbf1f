/**
 * Full-text search (Pagefind, one index per language). Two halves, both pure TypeScript:
 * - what each page tells the index at build time: its kind, its filter values (ids, the same in
 *   every language, decided by the eligibility core) and the words people use for what it is about;
 * - what the search island needs to read results back: filters to ask for, result kinds, excerpts.
 * No Pagefind code here: the island loads Pagefind itself, at run time.
 */
import { helpsAnyCrime, servesAge, servesCrime, servesDistrict, specialisesIn, type ServiceFit } from './eligibility.ts';

/** What a result is; the interface translates these ids. */
export const SEARCH_KINDS = ['service', 'crime-type', 'information'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Age bands a visitor can filter by (the same bands as the directory's). */
export const AGE_BANDS = ['under-18', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Filters in the index (data-pagefind-filter): `kind`, and for the filters people choose `crime`,
 * `district`, `age`; `textlang` says which language a page's own text (title, names) is in when
 * it differs from the page's (English content on a page in another language, until translated).
 */
export type SearchFilterName = 'kind' | 'crime' | 'district' | 'age' | 'textlang';
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;

/** Words indexed for a page without being shown, with how much a match on them counts. */
export interface TermGroup {
  /** data-pagefind-weight: 1 is ordinary text, an h1 counts 7, 0 would not count at all. */
  weight: number;
  words: string[];
}

/**
 * How much a match on a crime type's words counts: most on the crime type's own page, then on
 * services that specialise in it, then on services that help after any crime (for the crime types
 * nobody specialises in, such as burglary, those are the services to find).
 */
export const TERM_WEIGHTS = { crimeTypePage: 5, otherName: 5, specialist: 3, anyCrime: 1 } as const;

/** Trimmed, without empty ones, each once (ignoring case), first spelling kept, in order. */
export function uniqueWords(words: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.trim().replace(/\s+/g, ' ');
    const key = word.toLocaleLowerCase();
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}

/**
 * What people may call a crime type on a page in one language: its names (translated and English:
 * people type either) and its synonyms (the translation's and the English ones: people often type
 * the English term, "DV", "scam", whatever the page's language), each once.
 */
export function crimeTypeWords(names: readonly string[], synonyms: readonly string[]): string[] {
  return uniqueWords([...names, ...synonyms]);
}

/** The crime type's own page: its words, weighted highest. */
export function crimeTypeTerms(words: readonly string[] | undefined): TermGroup[] {
  return words && words.length > 0 ? [{ weight: TERM_WEIGHTS.crimeTypePage, words: [...words] }] : [];
}

/** The crime types no service specialises in (only "any crime" services help with them). */
export function unspecialisedCrimeTypes(services: readonly ServiceFit[], crimeTypeIds: readonly string[]): Set<string> {
  return new Set(crimeTypeIds.filter((id) => !services.some((s) => specialisesIn(s, id))));
}

/**
 * A service's page: every word for the crime types it specialises in; when it helps after any
 * crime, every word for the crime types nobody specialises in ("burgled" finds these services).
 * Not the other crime types' words: on every "any crime" page, in every language, they would not
 * fit the page's byte budget, and the crime types' own pages, which list these services, come up
 * for them. `words` maps crime type ids to their words in the page's locale (see crimeTypeWords).
 */
export function serviceTerms(
  s: ServiceFit & { alsoKnownAs?: readonly string[] | undefined },
  words: ReadonlyMap<string, readonly string[]>,
  unspecialised: ReadonlySet<string>,
): TermGroup[] {
  const groups: TermGroup[] = [];
  const taken = new Set<string>();
  const add = (weight: number, list: string[]) => {
    const fresh = uniqueWords(list).filter((w) => !taken.has(w.toLocaleLowerCase()));
    for (const w of fresh) taken.add(w.toLocaleLowerCase());
    if (fresh.length > 0) groups.push({ weight, words: fresh });
  };
  const entries = [...words];
  // Names people still know it by (a former name): found as surely as its own name.
  add(TERM_WEIGHTS.otherName, [...(s.alsoKnownAs ?? [])]);
  add(TERM_WEIGHTS.specialist, entries.filter(([id]) => specialisesIn(s, id)).flatMap(([, w]) => w));
  if (helpsAnyCrime(s)) {
    add(TERM_WEIGHTS.anyCrime, entries.filter(([id]) => unspecialised.has(id)).flatMap(([, w]) => w));
  }
  return groups;
}

/**
 * The filter values of a service: every crime type, district and age band it serves, by the same
 * rules as the directory (a national service serves every district, an "any crime" service every
 * crime type, an age band fits when any age in it is served).
 */
export function serviceFilters(s: ServiceFit, crimeTypeIds: readonly string[], districtIds: readonly string[]): SearchFilters {
  return {
    crime: crimeTypeIds.filter((id) => servesCrime(s, id)),
    district: districtIds.filter((id) => servesDistrict(s, id)),
    age: AGE_BANDS.filter((band) => servesAge(s, band)),
  };
}

/** What a visitor chose in the search form; empty strings mean "any". */
export interface SearchChoice {
  crime?: string | undefined;
  district?: string | undefined;
  age?: string | undefined;
}

/** The filters to pass to pagefind.search(): only those chosen. */
export function pagefindFilters(choice: SearchChoice): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['crime', 'district', 'age'] as const) {
    const value = choice[name];
    if (value) out[name] = value;
  }
  return out;
}

/** A result's kind, from the filters Pagefind returns with it (undefined for a page without one). */
export function resultKind(filters: Readonly<Record<string, readonly string[]>> | undefined): SearchKind | undefined {
  const kind = filters?.kind?.[0];
  return (SEARCH_KINDS as readonly string[]).includes(kind ?? '') ? (kind as SearchKind) : undefined;
}

export interface ExcerptPart {
  text: string;
  /** A matched word (Pagefind wraps them in <mark>). */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Pagefind leaves in excerpts (&amp; &#39; &#x27; ...). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("text with <mark>words</mark>", HTML-escaped) into plain-text parts,
 * so the island can show it without inserting HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    if (/^<\/?mark\b/i.test(piece)) {
      mark = !piece.startsWith('</');
      continue;
    }
    if (piece.startsWith('<') && /^<\/?[a-z]/i.test(piece)) continue;
    const text = decodeEntities(piece);
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** The words of a query, each once (ignoring case). */
export function queryWords(term: string): string[] {
  return uniqueWords(term.split(/\s+/));
}

/**
 * Pagefind returns only pages with every word of a query. When a query of several words finds
 * nothing ("my boyfriend keeps hitting me"), the island searches each word on its own and merges
 * the results with this: a page's scores add up, so pages with more of the words (and the rarer
 * ones) come first; ties keep the order of the first list a page appears in.
 */
export function mergeRanked<T extends { id: string; score: number }>(lists: ReadonlyArray<readonly T[]>): T[] {
  const merged = new Map<string, { item: T; total: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const item of list) {
      const seen = merged.get(item.id);
      if (seen) seen.total += item.score;
      else merged.set(item.id, { item, total: item.score, order: order++ });
    }
  }
  return [...merged.values()].sort((a, b) => b.total - a.total || a.order - b.order).map((m) => m.item);
}

/**
 * A built page without what only the search index needs (SearchData.astro's elements, marked
 * data-search-index-only: filters, metadata, the words people use), once Pagefind has read them.
 * Each is a hidden <div> of empty <span>s or a hidden <p> of text, never nested, as that
 * component writes them.
 */
export function stripIndexOnly(html: string): { html: string; removed: number } {
  let removed = 0;
  const out = html.replace(/<(div|p) hidden data-search-index-only\b[^>]*>[\s\S]*?<\/\1>/g, () => {
    removed++;
    return '';
  });
  return { html: out, removed };
}
