/**
 * The guided "find help" questions, one per screen (React island, client:only).
 *
 * Privacy: answers live in React state and in sessionStorage under one key (STORAGE_KEY), so
 * they survive a visit to a service's page and back, and end with the tab. Nothing goes in the
 * URL; history entries carry only a step number ({ findHelpStep: n }), so the browser's Back
 * button moves back one question (in kiosk mode, steps replace the entry instead: see `show`). Exit this page clears sessionStorage and makes a page restored
 * from the back/forward cache reload (src/scripts/quick-exit.ts), so coming back starts afresh.
 *
 * Everything arrives as one JSON string (FindHelpData), strings already picked for the locale
 * (no i18next in the browser).
 */
import { TEL_LINK_CLASS } from '../emergency-numbers.ts';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { RESULTS } from '../../schemas/values.ts';
import type { ChoiceQuestion, InfoQuestion, Questionnaire } from '../../schemas/questionnaire.ts';
import {
  findDistricts,
  findHelp,
  getQuestion,
  progress,
  route,
  type Answers,
  type Reason,
} from '../../lib/questionnaire.ts';
import { tabStorage } from '../../lib/my-list.ts';
import { kioskOn } from '../../scripts/kiosk-setting.ts';
import type { ServiceSummary } from '../service-summary.ts';
import type { TextAttrs } from '../text-attrs.ts';

/** The one sessionStorage key the questionnaire uses (Exit this page clears all of sessionStorage). */
export const STORAGE_KEY = 'signpost:find-help';

export interface FindHelpProps {
  locale: string;
  /** lang and dir of district names and towns when they are not in the page's language. */
  text: TextAttrs;
  questionnaire: Questionnaire;
  /** In the page's language where translated; `text` marks the ones still in English. */
  crimeTypes: Array<{ id: string; name: string; hint: string; enhancedRights: boolean; text: TextAttrs }>;
  districts: Array<{ id: string; name: string; towns: string[] }>;
  services: Array<ServiceSummary & { order: number }>;
  /** The area's numbers for info screens: emergency, silentSolution, nonEmergency, textphone. */
  numbers: Record<string, string>;
  /** Interface strings for this locale, by key. */
  strings: Record<string, string>;
  links: { services: string; rights: string };
  /** Whom someone under 18 can ask which service is for young people (area setting), if anyone. */
  youngPeople?: { href: string; name: string; text: TextAttrs } | undefined;
}

type Params = Record<string, ReactNode>;
const HISTORY_KEY = 'findHelpStep';

/** sessionStorage, or null where the browser refuses it (answers then last as long as the page). */
const storage = tabStorage();

function readSaved(): Answers | undefined {
  try {
    const saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as { answers?: Answers } | null;
    return saved?.answers;
  } catch {
    return undefined;
  }
}

function save(answers: Answers | undefined) {
  try {
    if (answers) storage?.setItem(STORAGE_KEY, JSON.stringify({ answers }));
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or refused: the answers still live in memory.
  }
}

function historyStep(): number | undefined {
  const step = (history.state as Record<string, unknown> | null)?.[HISTORY_KEY];
  return typeof step === 'number' ? step : undefined;
}

/** Where to start: back where this history entry was (reload, Back from a service), or afresh. */
function initialState(): { answers: Answers; pos: number } {
  const step = historyStep();
  const saved = readSaved();
  if (step !== undefined && saved) return { answers: saved, pos: step };
  save(undefined);
  history.replaceState({ ...(history.state as object | null), [HISTORY_KEY]: 0 }, '');
  return { answers: {}, pos: 0 };
}

export default function FindHelp({ data }: { data: string }) {
  const props = useMemo(() => JSON.parse(data) as FindHelpProps, [data]);
  const { questionnaire, strings, locale } = props;
  const [initial] = useState(initialState);
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [pos, setPos] = useState(initial.pos);
  const heading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  const steps = route(questionnaire, answers);
  const at = Math.min(pos, steps.length - 1);
  const stepId = steps[at]!;

  const t = (key: string, params: Params = {}): ReactNode => {
    const parts = (strings[key] ?? key).split(/\{\{(\w+)\}\}/);
    return parts.map((part, i) => <Fragment key={i}>{i % 2 === 1 ? params[part] : part}</Fragment>);
  };
  const plural = (key: string, count: number, params: Params = {}) => {
    const form = new Intl.PluralRules(locale).select(count);
    return t(strings[`${key}_${form}`] ? `${key}_${form}` : `${key}_other`, { count, ...params });
  };
  const content = (text: string, attrs: TextAttrs = props.text) => <span {...attrs}>{text}</span>;

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const step = (event.state as Record<string, unknown> | null)?.[HISTORY_KEY];
      if (typeof step !== 'number') return;
      moveFocus.current = true;
      setPos(step);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Nothing is stored until there is something to keep (a page that is only looked at stores nothing).
  useEffect(() => save(Object.keys(answers).length > 0 ? answers : undefined), [answers]);

  useEffect(() => {
    if (moveFocus.current) heading.current?.focus();
    moveFocus.current = false;
  }, [stepId, at]);

  /**
   * Kiosk mode (a roadshow tablet): the tab's history never grows (see src/scripts/kiosk.ts), so a
   * step replaces the history entry instead of adding one, and Back is handled here.
   */
  const show = (index: number) => {
    history.replaceState({ ...(history.state as object | null), [HISTORY_KEY]: index }, '');
    moveFocus.current = true;
    setPos(index);
  };
  const forward = () => {
    const next = at + 1;
    if (kioskOn()) return show(next);
    history.pushState({ ...(history.state as object | null), [HISTORY_KEY]: next }, '');
    moveFocus.current = true;
    setPos(next);
  };
  const back = () => (kioskOn() ? show(at - 1) : history.back());
  const goTo = (index: number) => {
    if (index === at) return;
    if (kioskOn()) show(index);
    else history.go(index - at);
  };
  const choose = (id: string, chosen: string[]) => setAnswers((prev) => ({ ...prev, [id]: chosen }));
  const startAgain = () => {
    save(undefined);
    setAnswers({});
    if (at === 0) return;
    if (kioskOn()) show(0);
    else history.go(-at);
  };

  const question = getQuestion(questionnaire, stepId);
  const place = question && progress(questionnaire, answers, question.id);
  return (
    <div className="max-w-3xl">
      <p className="mb-6 text-muted">{t('questionnaire.privacy')}</p>
      {question?.type === 'choice' && (
        <ChoiceScreen
          key={question.id}
          {...{ props, question, t, plural, content, heading }}
          chosen={answers[question.id] ?? []}
          progressText={place && t('questionnaire.progress', { number: place.number, total: place.total })}
          onChange={(chosen) => choose(question.id, chosen)}
          onContinue={forward}
          onSkip={() => {
            choose(question.id, []);
            forward();
          }}
          onBack={at > 0 ? back : undefined}
        />
      )}
      {question?.type === 'info' && (
        <InfoScreen key={question.id} {...{ props, question, t, heading }} onContinue={forward} onBack={at > 0 ? back : undefined} />
      )}
      {stepId === RESULTS && (
        <ResultsScreen
          {...{ props, answers, t, plural, content, heading }}
          steps={steps}
          onChange={goTo}
          onStartAgain={startAgain}
        />
      )}
    </div>
  );
}

type T = (key: string, params?: Params) => ReactNode;
const button =
  'inline-flex min-h-12 min-w-12 items-center justify-center rounded px-5 py-2 text-lg font-bold';
const primary = `${button} bg-brand text-white hover:bg-brand-dark`;
const secondary = `${button} border-2 border-brand text-brand bg-white hover:bg-[#eef2f8]`;

function Actions(props: { t: T; primaryLabel: string; onBack?: (() => void) | undefined; onSkip?: () => void }) {
  const { t } = props;
  return (
    <div className="mt-6 flex flex-wrap gap-3">
      <button type="submit" className={primary}>
        {t(props.primaryLabel)}
      </button>
      {props.onSkip && (
        <button type="button" className={secondary} onClick={props.onSkip}>
          {t('questionnaire.skip')}
        </button>
      )}
      {props.onBack && (
        <button type="button" className={secondary} onClick={props.onBack}>
          {t('questionnaire.back')}
        </button>
      )}
    </div>
  );
}

interface Option {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
}

function ChoiceScreen(p: {
  props: FindHelpProps;
  question: ChoiceQuestion;
  t: T;
  plural: (key: string, count: number, params?: Params) => ReactNode;
  content: (text: string, attrs?: TextAttrs) => ReactNode;
  heading: React.RefObject<HTMLHeadingElement | null>;
  chosen: readonly string[];
  progressText: ReactNode;
  onChange: (chosen: string[]) => void;
  onContinue: () => void;
  onSkip: () => void;
  onBack?: (() => void) | undefined;
}) {
  const { question: q, t, content, props } = p;
  const uid = useId();
  const generated: Option[] =
    q.options === 'crime-types'
      ? props.crimeTypes.map((c) => ({ id: c.id, label: content(c.name, c.text), hint: content(c.hint, c.text) }))
      : q.options === 'districts'
        ? props.districts.map((d) => ({ id: d.id, label: content(d.name), hint: content(d.towns.join(', ')) }))
        : [];
  const options = [...generated, ...q.answers.map((a) => ({ id: a.id, label: t(a.label), hint: a.hint && t(a.hint) }))];
  const exclusive = new Set(q.answers.filter((a) => a.exclusive).map((a) => a.id));
  const inputId = (id: string) => `${uid}-${id}`;

  const toggle = (id: string, on: boolean) => {
    if (!q.multiple) return p.onChange(on ? [id] : []);
    if (!on) return p.onChange(p.chosen.filter((c) => c !== id));
    if (exclusive.has(id)) return p.onChange([id]);
    p.onChange([...p.chosen.filter((c) => !exclusive.has(c)), id]);
  };
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    p.onContinue();
  };

  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <fieldset aria-describedby={q.hint ? `${uid}-hint` : undefined}>
        <legend className="mb-3">
          <h2 ref={p.heading} tabIndex={-1} className="text-2xl focus:outline-none sm:text-3xl">
            {p.progressText && <span className="mb-1 block text-lg font-normal text-muted">{p.progressText}</span>}
            {t(q.legend)}
          </h2>
        </legend>
        {(q.hint || q.multiple) && (
          <p id={`${uid}-hint`} className="mb-4 text-lg">
            {q.hint && t(q.hint)} {q.multiple && t('questionnaire.chooseAll')}
          </p>
        )}
        {q.options === 'districts' && (
          <TownSearch {...{ t, plural: p.plural, content, props }} onPick={(id) => {
            toggle(id, true);
            document.getElementById(inputId(id))?.focus();
          }} />
        )}
        <div className="space-y-3">
          {options.map((o) => (
            <div key={o.id} className="relative flex items-start gap-3 rounded border-2 border-line p-3 has-checked:border-brand has-checked:bg-[#eef2f8]">
              <input
                id={inputId(o.id)}
                type={q.multiple ? 'checkbox' : 'radio'}
                name={q.id}
                value={o.id}
                checked={p.chosen.includes(o.id)}
                onChange={(e) => toggle(o.id, e.currentTarget.checked)}
                aria-describedby={o.hint ? `${inputId(o.id)}-hint` : undefined}
                className="relative z-10 mt-2.5 h-6 w-6 shrink-0 accent-brand"
              />
              <div className="min-w-0 flex-1">
                <label htmlFor={inputId(o.id)} className="flex min-h-11 cursor-pointer items-center text-lg font-bold after:absolute after:inset-0">
                  {o.label}
                </label>
                {o.hint && (
                  <p id={`${inputId(o.id)}-hint`} className="text-muted">
                    {o.hint}
                  </p>
                )}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <Actions t={t} primaryLabel="questionnaire.continue" onSkip={p.onSkip} onBack={p.onBack} />
    </form>
  );
}

function TownSearch(p: {
  t: T;
  plural: (key: string, count: number, params?: Params) => ReactNode;
  content: (text: string, attrs?: TextAttrs) => ReactNode;
  props: FindHelpProps;
  onPick: (districtId: string) => void;
}) {
  const { t, content } = p;
  const uid = useId();
  const [query, setQuery] = useState('');
  const found = findDistricts(p.props.districts, query);
  const example = p.props.districts[0]?.towns[0];
  return (
    <div className="mb-5">
      <label htmlFor={`${uid}-town`} className="block text-lg font-bold">
        {t('questionnaire.where.search')}
      </label>
      {example && (
        <p id={`${uid}-example`} className="text-muted">
          {t('questionnaire.where.searchHint', { town: content(example) })}
        </p>
      )}
      <input
        id={`${uid}-town`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        aria-describedby={example ? `${uid}-example` : undefined}
        className="mt-2 min-h-12 w-full max-w-md rounded border-2 border-ink px-3 text-lg"
      />
      <div role="status" className="mt-2">
        {query.trim().length >= 2 &&
          (found.length > 0 ? p.plural('questionnaire.where.results', found.length) : t('questionnaire.where.noResults'))}
      </div>
      {found.length > 0 && (
        <ul className="mt-2 space-y-2">
          {found.map(({ district, town }) => (
            <li key={district.id} className="flex flex-wrap items-center gap-3">
              {town && <span>{t('questionnaire.where.found', { town: content(town), district: content(district.name) })}</span>}
              <button type="button" className={secondary} onClick={() => p.onPick(district.id)}>
                <span>{t('questionnaire.where.choose', { district: content(district.name) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function InfoScreen(p: {
  props: FindHelpProps;
  question: InfoQuestion;
  t: T;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onContinue: () => void;
  onBack?: (() => void) | undefined;
}) {
  const { question: q, t, props } = p;
  const tel = (n: string) => (
    <a href={`tel:${n.replace(/\s/g, '')}`} className={TEL_LINK_CLASS}>
      <bdi className="ltr">{n}</bdi>
    </a>
  );
  const numbers: Params = Object.fromEntries(
    Object.entries(props.numbers).map(([name, n]) => [name, name === 'silentSolution' ? <strong><bdi className="ltr">{n}</bdi></strong> : tel(n)]),
  );
  return (
    <form
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        p.onContinue();
      }}
    >
      <h2 ref={p.heading} tabIndex={-1} className="mb-4 text-2xl focus:outline-none sm:text-3xl">
        {t(q.heading)}
      </h2>
      <div className="space-y-3 border-s-4 border-exit bg-alert p-4 text-lg">
        {q.body.map((key) => (
          <p key={key}>{t(key, numbers)}</p>
        ))}
      </div>
      <Actions t={t} primaryLabel={q.continue} onBack={p.onBack} />
    </form>
  );
}

function ResultsScreen(p: {
  props: FindHelpProps;
  answers: Answers;
  steps: string[];
  t: T;
  plural: (key: string, count: number, params?: Params) => ReactNode;
  content: (text: string, attrs?: TextAttrs) => ReactNode;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onChange: (index: number) => void;
  onStartAgain: () => void;
}) {
  const { props, t, content, answers } = p;
  const { questionnaire, services, crimeTypes, districts, locale } = props;
  const result = findHelp(questionnaire, services, crimeTypes, answers);
  const byId = new Map(services.map((s) => [s.id, s]));
  const crimeName = (id: string) => {
    const c = crimeTypes.find((x) => x.id === id);
    return c ? content(c.name, c.text) : id;
  };
  const districtName = (id: string) => content(districts.find((d) => d.id === id)?.name ?? id);
  const reason = (r: Reason) =>
    t(r.key, {
      crimeType: 'crimeType' in r ? crimeName(r.crimeType) : undefined,
      district: 'district' in r ? districtName(r.district) : undefined,
    });
  const answerText = (q: ChoiceQuestion, id: string) => {
    const own = q.answers.find((a) => a.id === id);
    if (own) return t(own.label);
    return q.options === 'districts' ? districtName(id) : crimeName(id);
  };
  const asked = p.steps
    .map((id, index) => ({ q: getQuestion(questionnaire, id), index }))
    .filter((x): x is { q: ChoiceQuestion; index: number } => x.q?.type === 'choice');
  const firstQuestion = asked[0]?.index ?? 0;

  return (
    <section aria-labelledby="find-help-results">
      <h2 id="find-help-results" ref={p.heading} tabIndex={-1} className="text-2xl focus:outline-none sm:text-3xl">
        {t('questionnaire.results.heading')}
      </h2>
      <p className="mt-2 text-lg">{t('questionnaire.results.intro')}</p>
      <p className="mt-2 font-bold">{p.plural('questionnaire.results.count', result.suggestions.length)}</p>
      {result.enhancedRights.length > 0 && (
        <p className="mt-4 border-s-4 border-brand bg-[#eef2f8] px-4 py-3" data-rights-note>
          {t('questionnaire.results.rights')}{' '}
          <a href={props.links.rights} className="inline-flex min-h-11 items-center font-bold">
            {t('questionnaire.results.rightsLink')}
          </a>
        </p>
      )}
      {result.criteria.age === 'under-18' && props.youngPeople && (
        <p className="mt-4 border-s-4 border-brand bg-[#eef2f8] px-4 py-3" data-young-people-note>
          {t('questionnaire.results.youngPeopleAsk', {
            service: (
              <a href={props.youngPeople.href} className="font-bold" {...props.youngPeople.text}>
                {props.youngPeople.name}
              </a>
            ),
          })}
        </p>
      )}
      {result.suggestions.length === 0 && <p className="mt-4 text-lg">{t('questionnaire.results.none')}</p>}
      <ol className="mt-6 space-y-4" data-results>
        {result.suggestions.map(({ id, reasons }) => {
          const s = byId.get(id)!;
          return (
            <li key={id} data-service={id}>
              <article className="rounded border border-line p-4" aria-labelledby={`fh-${id}`}>
                <h3 id={`fh-${id}`} className="text-xl">
                  <a href={`/${locale}/services/${id}/`} {...s.text}>
                    {s.name}
                  </a>
                </h3>
                <p className="mt-1" {...s.text}>
                  {s.summary}
                </p>
                {s.phone && (
                  <p className="mt-2 font-bold">
                    <a href={s.phone.href} className="inline-flex min-h-11 items-center">
                      <span>
                        {s.phone.label.map((part, i) => (typeof part === 'string' ? part : <bdi key={i} className="ltr">{part.text}</bdi>))}
                      </span>
                    </a>
                  </p>
                )}
                <p className="mt-2 font-bold">{t('questionnaire.results.why')}</p>
                <ul className="list-disc ps-6">
                  {reasons.map((r, i) => (
                    <li key={i}>{reason(r)}</li>
                  ))}
                </ul>
              </article>
            </li>
          );
        })}
      </ol>

      <h3 className="mt-8 mb-2 text-xl">{t('questionnaire.results.yourAnswers')}</h3>
      <dl className="divide-y divide-line border-y border-line">
        {asked.map(({ q, index }) => {
          const chosen = answers[q.id] ?? [];
          return (
            <div key={q.id} className="grid gap-x-4 py-2 sm:grid-cols-[1fr_1fr_auto] sm:items-center">
              <dt className="font-bold">{t(q.legend)}</dt>
              <dd>
                {chosen.length === 0
                  ? t('questionnaire.results.skipped')
                  : chosen.map((id, i) => (
                      <Fragment key={id}>
                        {i > 0 && ', '}
                        {answerText(q, id)}
                      </Fragment>
                    ))}
              </dd>
              <dd>
                <button type="button" className="inline-flex min-h-11 min-w-11 items-center font-bold text-link underline" onClick={() => p.onChange(index)}>
                  {t('questionnaire.results.change')}
                  <span className="sr-only"> {t(q.legend)}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>

      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" className={primary} onClick={() => p.onChange(firstQuestion)}>
          {t('questionnaire.results.changeAnswers')}
        </button>
        <button type="button" className={secondary} onClick={p.onStartAgain}>
          {t('questionnaire.results.startAgain')}
        </button>
        <a href={props.links.services} className={secondary}>
          {t('questionnaire.results.browseAll')}
        </a>
      </div>
    </section>
  );
}
