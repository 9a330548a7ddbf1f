/**
 * Full-text search (React island on /[lang]/search/), on Pagefind's JavaScript API.
 *
 * Pagefind (/pagefind/pagefind.js, written by scripts/build-search.ts after the build) loads at run
 * time, on first focus or first search, so it is not part of this page's bundle. It searches the
 * index of the page's language (<html lang>). What people type lives in React state only: never
 * in the URL, the history or any storage, and the field asks the browser not to remember it.
 * Rendered on the server as the explanation for browsers without JavaScript (search needs it),
 * with links to browse instead; the form appears once the island runs.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { excerptParts, mergeRanked, pagefindFilters, queryWords, resultKind, type SearchChoice, type SearchKind } from '../../lib/search.ts';
import type { TextAttrs } from '../text-attrs.ts';

export interface SearchStrings {
  label: string;
  hint: string;
  submit: string;
  filters: string;
  crime: string;
  anyCrime: string;
  district: string;
  anyDistrict: string;
  age: string;
  anyAge: string;
  under18: string;
  adult: string;
  clear: string;
  /** Plural forms of "{{count}} results", by Intl.PluralRules category. */
  results: Record<string, string>;
  /** Plural forms of "{{count}} results for “{{query}}”". */
  resultsFor: Record<string, string>;
  resultsHeading: string;
  noResults: string;
  searching: string;
  failed: string;
  more: string;
  kinds: Record<SearchKind, string>;
  areas: string;
  national: string;
  noScript: string;
  browseServices: string;
  browseCrimeTypes: string;
  browseInformation: string;
  privacy: string;
  /** "Showing {{shown}} of {{count}}". */
  shown: string;
  /** Said when some results have only some of the words typed. */
  partial: string;
}

/** Everything the island shows, serialised by the page as one JSON string. */
export interface SearchData {
  lang: string;
  /** lang and dir of English content text (names, titles) on a page in another language. */
  text: TextAttrs;
  /** Crime types, each with its name's lang and dir when it is not translated. */
  crimeTypes: Array<{ id: string; name: string; text: TextAttrs }>;
  districts: Array<{ id: string; name: string }>;
  links: { services: string; crimeTypes: string; information: string };
  strings: SearchStrings;
}

/** The parts of Pagefind's API the island uses (see https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
interface PagefindSearchResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindSearchResult[] }>;
}

/** Only exists in the built site; Vite must not try to bundle it. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
/** A query of several words with fewer results than this also shows pages with some of its words. */
const FEW = 5;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

interface Item {
  url: string;
  title: string;
  kind: SearchKind | undefined;
  /** Language of the page's own text, when not the page's (see src/lib/search.ts). */
  textLang: string | undefined;
  excerpt: string;
  area: string | undefined;
  phone: { label: string; number: string | undefined; href: string } | undefined;
}

function toItem(d: PagefindResultData): Item {
  const m = d.meta;
  return {
    url: d.url,
    title: m.title ?? d.url,
    kind: resultKind(d.filters),
    textLang: d.filters?.textlang?.[0],
    excerpt: d.excerpt,
    area: m.area,
    phone: m.phone && m.phone_href ? { label: m.phone, number: m.phone_number, href: m.phone_href } : undefined,
  };
}

type Status = 'idle' | 'searching' | 'done' | 'failed';

/** Stands for the query in a message until it is shown, isolated (<bdi>) from the text around it. */
const QUERY_MARK = '\u0001';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

const field = 'block min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-base';
const button = 'min-h-12 rounded border-2 border-brand bg-white px-4 py-2 text-lg font-bold text-brand hover:bg-[#eef2f8]';

/** A phone label ("Call 0808 157 0192") with the number kept left to right. */
function PhoneLabel({ label, number }: { label: string; number: string | undefined }) {
  if (!number || !label.includes(number)) return <>{label}</>;
  const at = label.indexOf(number);
  return (
    <>
      {label.slice(0, at)}
      <bdi className="ltr">{number}</bdi>
      {label.slice(at + number.length)}
    </>
  );
}

export default function Search({ data }: { data: string }) {
  const { lang, text, crimeTypes, districts, links, strings: s } = useMemo(() => JSON.parse(data) as SearchData, [data]);
  const id = useId();
  const [running, setRunning] = useState(false);
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<SearchChoice>({ crime: '', district: '', age: '' });
  const [status, setStatus] = useState<Status>('idle');
  const [total, setTotal] = useState(0);
  const [items, setItems] = useState<Item[]>([]);
  const [partial, setPartial] = useState(false);
  /** The words the results shown are for. */
  const [shownFor, setShownFor] = useState('');
  /** How many searches have finished (their results shown): lets tests wait for the next one. */
  const [finished, setFinished] = useState(0);
  const results = useRef<PagefindSearchResult[]>([]);
  const run = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => setRunning(true), []);

  const term = query.trim();
  const filters = pagefindFilters(choice);
  const filterKey = JSON.stringify(filters);
  const filtering = Object.keys(filters).length > 0;

  async function search(searchTerm: string, searchFilters: Record<string, string>) {
    const mine = ++run.current;
    if (searchTerm === '' && Object.keys(searchFilters).length === 0) {
      results.current = [];
      setItems([]);
      setTotal(0);
      setPartial(false);
      setStatus('idle');
      return;
    }
    setStatus('searching');
    try {
      const pagefind = await loadPagefind();
      const options = { filters: searchFilters };
      const found = (await pagefind.search(searchTerm === '' ? null : searchTerm, options)).results;
      // Pagefind finds only pages with every word; when that is (almost) nothing, add the pages
      // with some of the words, best first ("my boyfriend keeps hitting me").
      const words = queryWords(searchTerm);
      let some: PagefindSearchResult[] = [];
      if (words.length > 1 && found.length < FEW) {
        const each = await Promise.all(words.map(async (w) => (await pagefind.search(w, options)).results));
        const all = new Set(found.map((r) => r.id));
        some = mergeRanked(each).filter((r) => !all.has(r.id));
      }
      const list = [...found, ...some];
      const first = await Promise.all(list.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (mine !== run.current) return;
      results.current = list;
      setItems(first.map(toItem));
      setTotal(list.length);
      setPartial(some.length > 0);
      setShownFor(searchTerm);
      setStatus('done');
      setFinished((n) => n + 1);
    } catch {
      if (mine !== run.current) return;
      setStatus('failed');
      setFinished((n) => n + 1);
    }
  }

  // Search as people type (after a short pause) and as soon as a filter changes.
  useEffect(() => {
    if (!running) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(term, filters), term === '' ? 0 : DEBOUNCE_MS);
    if (term !== '') void loadPagefind().then((p) => p.preload(term, { filters }), () => undefined);
    return () => clearTimeout(timer.current);
    // filters is rebuilt on every render; filterKey stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running, term, filterKey]);

  function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    clearTimeout(timer.current);
    void search(term, filters);
  }

  async function more() {
    const mine = run.current;
    const next = await Promise.all(results.current.slice(items.length, items.length + PAGE_SIZE).map((r) => r.data()));
    if (mine === run.current) setItems((prev) => [...prev, ...next.map(toItem)]);
  }

  const choose = (name: keyof SearchChoice) => (e: { target: { value: string } }) => setChoice((c) => ({ ...c, [name]: e.target.value }));
  const plural = new Intl.PluralRules(lang);
  // The live region announces only outcomes (how many results for what, none, failed), not each
  // search starting: it keeps the last outcome while the next search runs.
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (status === 'searching') return;
    const forms = shownFor === '' ? s.results : s.resultsFor;
    setMessage(
      status === 'failed'
        ? s.failed
        : status === 'done'
          ? total === 0
            ? s.noResults
            : fill(forms[plural.select(total)] ?? forms.other ?? '', { count: total, query: QUERY_MARK })
          : '',
    );
    // plural and s never change; finished changes with every search shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, finished]);
  const attrs = (lang: string | undefined) => (lang === undefined ? {} : lang === text.lang ? text : { lang });

  const browse = (
    <ul className="mt-2 space-y-1">
      <li>
        <a href={links.services} className="inline-flex min-h-11 items-center text-lg">
          {s.browseServices}
        </a>
      </li>
      <li>
        <a href={links.crimeTypes} className="inline-flex min-h-11 items-center text-lg">
          {s.browseCrimeTypes}
        </a>
      </li>
      <li>
        <a href={links.information} className="inline-flex min-h-11 items-center text-lg">
          {s.browseInformation}
        </a>
      </li>
    </ul>
  );

  return (
    <div>
      <div hidden={running} data-search-nojs>
        <p className="text-lg font-bold">{s.noScript}</p>
        {browse}
      </div>

      <form hidden={!running} role="search" className="no-print" autoComplete="off" onSubmit={submit}>
        <label htmlFor={`${id}-q`} className="mb-1 block text-lg font-bold">
          {s.label}
        </label>
        <p id={`${id}-hint`} className="mb-2 text-muted">
          {s.hint}
        </p>
        <div className="flex max-w-3xl flex-wrap gap-2">
          <input
            id={`${id}-q`}
            type="search"
            className={`${field} min-w-0 flex-1 basis-60 text-lg`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onFocus={() => void loadPagefind().catch(() => undefined)}
            aria-describedby={`${id}-hint ${id}-privacy`}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="search"
          />
          <button type="submit" className="min-h-12 rounded border-2 border-brand bg-brand px-5 py-2 text-lg font-bold text-white">
            {s.submit}
          </button>
        </div>
        <p id={`${id}-privacy`} className="mt-2 max-w-3xl text-muted">
          {s.privacy}
        </p>

        <fieldset className="mt-4 max-w-3xl rounded border border-line bg-panel p-4">
          <legend className="px-1 font-bold">{s.filters}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <div>
              <label htmlFor={`${id}-crime`} className="mb-1 block font-bold">
                {s.crime}
              </label>
              <select id={`${id}-crime`} className={field} value={choice.crime} onChange={choose('crime')}>
                <option value="">{s.anyCrime}</option>
                {crimeTypes.map((c) => (
                  <option key={c.id} value={c.id} {...c.text}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-district`} className="mb-1 block font-bold">
                {s.district}
              </label>
              <select id={`${id}-district`} className={field} value={choice.district} onChange={choose('district')}>
                <option value="">{s.anyDistrict}</option>
                {districts.map((d) => (
                  <option key={d.id} value={d.id} {...text}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-age`} className="mb-1 block font-bold">
                {s.age}
              </label>
              <select id={`${id}-age`} className={field} value={choice.age} onChange={choose('age')}>
                <option value="">{s.anyAge}</option>
                <option value="under-18">{s.under18}</option>
                <option value="adult">{s.adult}</option>
              </select>
            </div>
          </div>
          {filtering && (
            <button type="button" className={`${button} mt-4`} onClick={() => setChoice({ crime: '', district: '', age: '' })}>
              {s.clear}
            </button>
          )}
        </fieldset>
      </form>

      <section hidden={!running} aria-labelledby={`${id}-results`} className="mt-6" data-search-state={status} data-search-finished={finished} data-search-total={total}>
        <h2 id={`${id}-results`} className="sr-only">
          {s.resultsHeading}
        </h2>
        <p role="status" className="text-lg font-bold" data-search-status>
          {message.split(QUERY_MARK).map((part, i) => (
            <Fragment key={i}>
              {i > 0 && <bdi>{shownFor}</bdi>}
              {part}
            </Fragment>
          ))}
        </p>
        {status === 'searching' && <p className="text-muted">{s.searching}</p>}
        {status === 'done' && partial && <p className="mt-1">{s.partial}</p>}
        {status === 'failed' && browse}
        {status === 'done' && total === 0 && browse}
        {items.length > 0 && (
          <ol className="mt-4 max-w-3xl space-y-4" aria-busy={status === 'searching'} data-search-results>
            {items.map((item) => (
              <li key={item.url} className="rounded border border-line p-4" data-kind={item.kind}>
                <h3 className="text-xl">
                  <a href={item.url} {...attrs(item.textLang)}>
                    {item.title}
                  </a>
                </h3>
                {item.kind && <p className="mt-1 text-sm font-bold text-muted">{s.kinds[item.kind]}</p>}
                {item.kind === 'service' && (
                  <p className="mt-1">
                    <span className="font-bold">{s.areas}:</span>{' '}
                    {item.area ? <span {...attrs(item.textLang)}>{item.area}</span> : s.national}
                  </p>
                )}
                {item.phone && (
                  <p className="mt-1">
                    <a
                      href={item.phone.href}
                      rel={/^https?:/.test(item.phone.href) ? 'noreferrer' : undefined}
                      className="inline-flex min-h-11 items-center text-lg font-bold"
                    >
                      <span>
                        <PhoneLabel label={item.phone.label} number={item.phone.number} />
                      </span>
                    </a>
                  </p>
                )}
                <p className="mt-1">
                  {excerptParts(item.excerpt).map((p, i) =>
                    p.mark ? (
                      <mark key={i} className="bg-focus text-ink">
                        {p.text}
                      </mark>
                    ) : (
                      p.text
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
        {status === 'done' && items.length < total && (
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <p>{fill(s.shown, { shown: items.length, count: total })}</p>
            <button type="button" className={button} onClick={() => void more()}>
              {s.more}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
