/**
 * The directory's filters and results (React island on /[lang]/services/).
 *
 * Rendered on the server with no filter chosen, so without JavaScript it is simply the full list
 * (the filter form and "Add to my list" buttons stay hidden until the island is running: no dead
 * controls). With JavaScript the filters act at once. Choices live in React state only: never in
 * the URL, the history or any storage. Everything it shows comes in as props, already translated.
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { activeFilterCount, filterDirectory, parseAge, type DirectoryFilters, type MatchReason } from '../../lib/directory.ts';
import { ADULT_AGE } from '../../lib/eligibility.ts';
import { isOpenAt } from '../../lib/hours.ts';
import { readList, tabStorage, toggleId, writeList, forgetListOnQuickExit } from '../../lib/my-list.ts';
import type { Segment, ServiceSummary } from '../service-summary.ts';
import type { TextAttrs } from '../text-attrs.ts';

export interface FilterStrings {
  heading: string;
  crimeType: string;
  anyCrimeType: string;
  age: string;
  ageAny: string;
  ageUnder18: string;
  ageAdult: string;
  ageExact: string;
  ageYears: string;
  ageInvalid: string;
  district: string;
  anyDistrict: string;
  selfReferral: string;
  noPoliceReport: string;
  openNow: string;
  language: string;
  anyLanguage: string;
  clear: string;
  /** Plural forms of "{{count}} services", by Intl.PluralRules category. */
  results: Record<string, string>;
  noResults: string;
  resultsHeading: string;
  national: string;
  local: string;
  /** "Local to {{district}}". */
  localTo: string;
  areas: string;
  /** "Main towns: {{towns}}". */
  towns: string;
  /** Plural forms of "{{count}} services" (nothing chosen yet). */
  total: Record<string, string>;
  badgeSelfReferral: string;
  badgeOpenNow: string;
  specialist: string;
  anyCrime: string;
  interpreters: string;
  ageUnconfirmed: string;
  languageNote: string;
  /** With {{service}} left in. */
  youngPeopleAsk: string;
  addToList: string;
  removeFromList: string;
  added: string;
  removed: string;
  /** Plural forms of "My list ({{count}})". */
  myList: Record<string, string>;
}

/** Everything the island shows, serialised by the page as one JSON string (the smallest form for Astro's island props). */
export interface FilterData {
  lang: string;
  /** lang and dir of the services' own text (English until translated), when it differs from the page's. */
  text: TextAttrs;
  services: ServiceSummary[];
  crimeTypes: Array<{ id: string; name: string; text: TextAttrs }>;
  districts: Array<{ id: string; name: string; towns: string[] }>;
  languages: Array<{ code: string; name: string }>;
  strings: FilterStrings;
  /** Whom someone under 18 can ask which service is for young people (area setting), if anyone. */
  youngPeople?: { href: string; name: string; text: TextAttrs } | undefined;
}

type AgeChoice = '' | 'under-18' | 'adult' | 'exact';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

function Label({ parts }: { parts: Segment[] }) {
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <bdi key={i} className="ltr">
            {p.text}
          </bdi>
        ),
      )}
    </>
  );
}

function Badge({ children }: { children: ReactNode }) {
  return <li className="rounded border border-ink px-2 py-0.5 text-sm font-bold">{children}</li>;
}

const field = 'block min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-base';
const check = 'flex min-h-11 cursor-pointer items-center gap-3 text-base';
const box = 'size-6 shrink-0 accent-brand';

export default function ServiceFilter({ data }: { data: string }) {
  const { lang, text, services, crimeTypes, districts, languages, strings: s, youngPeople } = useMemo(() => JSON.parse(data) as FilterData, [data]);
  const id = useId();
  const [running, setRunning] = useState(false);
  /** sessionStorage is there (some private modes block it): without it, no "Add to my list". */
  const [listable, setListable] = useState(false);
  const [now, setNow] = useState<Date | null>(null);
  const [crimeType, setCrimeType] = useState('');
  const [ageChoice, setAgeChoice] = useState<AgeChoice>('');
  const [exactAge, setExactAge] = useState('');
  const [district, setDistrict] = useState('');
  const [selfReferral, setSelfReferral] = useState(false);
  const [noPoliceReport, setNoPoliceReport] = useState(false);
  const [openNow, setOpenNow] = useState(false);
  const [language, setLanguage] = useState('');
  const [list, setList] = useState<string[]>([]);
  const [listMessage, setListMessage] = useState('');

  useEffect(() => {
    setRunning(true);
    setNow(new Date());
    const storage = tabStorage();
    setListable(storage !== null);
    setList(readList(storage));
    forgetListOnQuickExit(document, storage);
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const age = ageChoice === 'exact' ? parseAge(exactAge) : ageChoice || undefined;
  const ageInvalid = ageChoice === 'exact' && exactAge.trim() !== '' && age === undefined;
  const filters: DirectoryFilters = {
    crimeType: crimeType || undefined,
    age,
    district: district || undefined,
    selfReferral,
    noPoliceReport,
    openNow,
    language: language || undefined,
  };
  const byId = useMemo(() => new Map(services.map((x) => [x.id, x])), [services]);
  const districtNames = useMemo(() => new Map(districts.map((d) => [d.id, d.name])), [districts]);
  const results = filterDirectory(services, filters, now ?? new Date(0));
  const filtering = activeFilterCount(filters) > 0;
  const plural = new Intl.PluralRules(lang);
  const count = (forms: Record<string, string>, n: number) => fill(forms[plural.select(n)] ?? forms.other ?? '', { count: n });
  const chosen = districts.find((d) => d.id === district);
  const districtName = chosen?.name;
  const towns = chosen?.towns.join(', ');

  function clear() {
    setCrimeType('');
    setAgeChoice('');
    setExactAge('');
    setDistrict('');
    setSelfReferral(false);
    setNoPoliceReport(false);
    setOpenNow(false);
    setLanguage('');
  }

  function toggle(serviceId: string) {
    const next = toggleId(list, serviceId);
    writeList(tabStorage(), next);
    setList(next);
    setListMessage(next.includes(serviceId) ? s.added : s.removed);
  }

  const reasonText: Partial<Record<MatchReason, string>> = {
    'crime.specialist': s.specialist,
    'crime.any': s.anyCrime,
    'language.interpreters': s.interpreters,
    'age.unconfirmed': s.ageUnconfirmed,
  };

  return (
    <div>
      <form
        hidden={!running}
        autoComplete="off"
        aria-labelledby={`${id}-h`}
        className="no-print mb-6 rounded border border-line bg-panel p-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <h2 id={`${id}-h`} className="mb-3 text-2xl">
          {s.heading}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-crime`} className="mb-1 block font-bold">
              {s.crimeType}
            </label>
            <select id={`${id}-crime`} className={field} value={crimeType} onChange={(e) => setCrimeType(e.target.value)}>
              <option value="">{s.anyCrimeType}</option>
              {crimeTypes.map((c) => (
                <option key={c.id} value={c.id} lang={c.text.lang}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-district`} className="mb-1 block font-bold">
              {s.district}
            </label>
            <select
              id={`${id}-district`}
              className={field}
              value={district}
              aria-describedby={towns ? `${id}-towns` : undefined}
              onChange={(e) => setDistrict(e.target.value)}
            >
              <option value="">{s.anyDistrict}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id} lang={text.lang}>
                  {`${d.name} (${d.towns.slice(0, 3).join(', ')}${d.towns.length > 3 ? ', …' : ''})`}
                </option>
              ))}
            </select>
            {towns && (
              <p id={`${id}-towns`} className="mt-1">
                {s.towns.split('{{towns}}')[0]}
                <span {...text}>{towns}</span>
                {s.towns.split('{{towns}}')[1]}
              </p>
            )}
          </div>
          <fieldset>
            <legend className="mb-1 font-bold">{s.age}</legend>
            <div className="flex flex-wrap gap-x-5">
              {(
                [
                  ['', s.ageAny],
                  ['under-18', s.ageUnder18],
                  ['adult', s.ageAdult],
                  ['exact', s.ageExact],
                ] as const
              ).map(([value, text]) => (
                <label key={value} className={check}>
                  <input
                    type="radio"
                    name={`${id}-age`}
                    className={box}
                    value={value}
                    checked={ageChoice === value}
                    onChange={() => setAgeChoice(value)}
                  />
                  {text}
                </label>
              ))}
            </div>
            {ageChoice === 'exact' && (
              <div className="mt-2">
                <label htmlFor={`${id}-years`} className="mb-1 block">
                  {s.ageYears}
                </label>
                <input
                  id={`${id}-years`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={3}
                  className={`${field} max-w-32`}
                  value={exactAge}
                  aria-invalid={ageInvalid || undefined}
                  aria-describedby={ageInvalid ? `${id}-years-error` : undefined}
                  onChange={(e) => setExactAge(e.target.value)}
                />
                {ageInvalid && (
                  <p id={`${id}-years-error`} className="mt-1 font-bold text-exit">
                    {s.ageInvalid}
                  </p>
                )}
              </div>
            )}
          </fieldset>
          <div>
            <label htmlFor={`${id}-language`} className="mb-1 block font-bold">
              {s.language}
            </label>
            <select
              id={`${id}-language`}
              aria-describedby={`${id}-language-note`}
              className={field}
              value={language}
              onChange={(e) => setLanguage(e.target.value)}
            >
              <option value="">{s.anyLanguage}</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            <p id={`${id}-language-note`} className="mt-1 text-muted">
              {s.languageNote}
            </p>
          </div>
          <div className="sm:col-span-2">
            <label className={check}>
              <input type="checkbox" className={box} checked={selfReferral} onChange={(e) => setSelfReferral(e.target.checked)} />
              {s.selfReferral}
            </label>
            <label className={check}>
              <input type="checkbox" className={box} checked={noPoliceReport} onChange={(e) => setNoPoliceReport(e.target.checked)} />
              {s.noPoliceReport}
            </label>
            <label className={check}>
              <input type="checkbox" className={box} checked={openNow} onChange={(e) => setOpenNow(e.target.checked)} />
              {s.openNow}
            </label>
          </div>
        </div>
        <p className="mt-4">
          <button
            type="button"
            onClick={clear}
            className="min-h-12 rounded border-2 border-brand bg-white px-4 py-2 font-bold text-brand"
          >
            {s.clear}
          </button>
        </p>
      </form>

      <h2 className="text-2xl">{s.resultsHeading}</h2>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <p id={`${id}-count`} role="status" className="text-lg font-bold" data-results-count={results.length}>
          {results.length === 0 ? s.noResults : count(filtering ? s.results : s.total, results.length)}
        </p>
        <p role="status" className="sr-only">
          {listMessage}
        </p>
        {running && list.length > 0 && (
          <a href={`/${lang}/my-list/`} className="no-print inline-flex min-h-11 items-center font-bold">
            {count(s.myList, list.length)}
          </a>
        )}
      </div>

      {youngPeople && (age === 'under-18' || (typeof age === 'number' && age < ADULT_AGE)) && (
        <p className="mt-4 border-s-4 border-brand bg-[#eef2f8] px-4 py-3" data-young-people-note>
          {s.youngPeopleAsk.split(/(\{\{service\}\})/).map((part, i) =>
            part === '{{service}}' ? (
              <a key={i} href={youngPeople.href} className="font-bold" {...youngPeople.text}>
                {youngPeople.name}
              </a>
            ) : (
              part
            ),
          )}
        </p>
      )}
      <ul className="mt-4 grid gap-4" data-results>
        {results.map((m) => {
          const x = byId.get(m.id)!;
          const inList = list.includes(x.id);
          const open = now && isOpenAt(x.hours, now);
          const shown = m.reasons.map((r) => reasonText[r]).filter(Boolean);
          return (
            <li key={x.id} data-service={x.id}>
              <article className="rounded border border-line p-4" aria-labelledby={`${id}-${x.id}`}>
                <h3 id={`${id}-${x.id}`} className="text-xl">
                  <a href={`/${lang}/services/${x.id}/`} {...x.text}>
                    {x.name}
                  </a>
                </h3>
                <p className="mt-1" {...x.text}>
                  {x.summary}
                </p>
                <ul className="mt-2 flex flex-wrap gap-2">
                  <Badge>{m.national ? s.national : m.local && districtName ? fill(s.localTo, { district: districtName }) : s.local}</Badge>
                  {x.referral.includes('self') && <Badge>{s.badgeSelfReferral}</Badge>}
                  {open && <Badge>{s.badgeOpenNow}</Badge>}
                  {shown.map((text) => (
                    <Badge key={text}>{text}</Badge>
                  ))}
                </ul>
                {!m.national && !district && (
                  <p className="mt-2">
                    <span className="font-bold">{`${s.areas}: `}</span>
                    <span {...text}>{x.areasServed.map((a) => districtNames.get(a) ?? a).join(', ')}</span>
                  </p>
                )}
                <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
                  {x.phone && (
                    <a href={x.phone.href} className="inline-flex min-h-11 items-center text-lg font-bold">
                      <span>
                        <Label parts={x.phone.label} />
                      </span>
                    </a>
                  )}
                  {x.phone?.professionalsOnly && <strong>{x.phone.professionalsOnly}</strong>}
                  <button
                    type="button"
                    hidden={!listable}
                    onClick={() => toggle(x.id)}
                    className="no-print min-h-11 rounded border-2 border-brand bg-white px-3 py-1 font-bold text-brand"
                  >
                    {inList ? s.removeFromList : s.addToList}
                    <span className="sr-only" lang={text.lang}>
                      {`: ${x.name}`}
                    </span>
                  </button>
                </div>
              </article>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
