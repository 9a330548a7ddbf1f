/**
 * The "find help" engine: answers in, services out, best first, each with the reasons it fits.
 * Pure functions over plain data, shared by the React island (with JavaScript) and the
 * pre-rendered pages (without). Who a service is for is decided in eligibility.ts; this file only
 * turns answers into criteria, and criteria into a ranked list. Reasons are interface string
 * keys with their values (crime type and district ids); the UI translates them.
 */
import { RESULTS } from '../schemas/values.ts';
import type { AgeBand, ChoiceQuestion, HelpFor, Question, Questionnaire, Reporting } from '../schemas/questionnaire.ts';
import {
  ageConfirmed,
  forYoungPeople,
  helpsAnyCrime,
  isLocalTo,
  isNational,
  professionalReferral,
  selfReferral,
  servesAge,
  servesCrime,
  servesDistrict,
  specialisesIn,
  type ServiceFit,
} from './eligibility.ts';

/** Chosen answer ids per question id. A question left out, or with no ids, was skipped. */
export type Answers = Readonly<Record<string, readonly string[]>>;

/** What the answers ask of a service. */
export interface Criteria {
  /** Any of these crime types (none chosen: any service). */
  crimeTypes: string[];
  /** Only services that help after any crime. */
  generalOnly: boolean;
  district?: string;
  /** Lives outside the area: national services only. */
  outsideArea: boolean;
  age?: AgeBand;
  who?: HelpFor;
  reporting?: Reporting;
}

/** A service as the engine needs it. */
export interface Candidate extends ServiceFit {
  id: string;
  /** Position among equals (lower first), from the service's content. */
  order?: number;
  name?: string;
}

type PlainReasonKey =
  | 'questionnaire.reason.anyCrime'
  | 'questionnaire.reason.national'
  | 'questionnaire.reason.youngPeople'
  | 'questionnaire.reason.ageUnconfirmed'
  | 'questionnaire.reason.selfReferral'
  | 'questionnaire.reason.professionalReferral'
  | 'questionnaire.reason.noPoliceReport'
  | 'questionnaire.reason.afterReport';

/** Why a service fits, as an interface string key and the ids it mentions. */
export type Reason =
  | { key: 'questionnaire.reason.specialist'; crimeType: string }
  | { key: 'questionnaire.reason.coversDistrict'; district: string }
  | { key: PlainReasonKey };

export interface Suggestion {
  id: string;
  reasons: Reason[];
}

export interface FindHelpResult {
  criteria: Criteria;
  suggestions: Suggestion[];
  /** Chosen crime types whose victims have enhanced rights under the Victims' Code. */
  enhancedRights: string[];
}

/** Ids offered by `options: crime-types` and `options: districts`, from content. */
export interface OptionIds {
  'crime-types': readonly string[];
  districts: readonly string[];
}

export function getQuestion(questionnaire: Questionnaire, id: string): Question | undefined {
  return questionnaire.questions.find((q) => q.id === id);
}

/** Every answer id a choice question offers: the generated options first, then its own answers. */
export function answerIds(question: ChoiceQuestion, options: OptionIds): string[] {
  return [...(question.options ? options[question.options] : []), ...question.answers.map((a) => a.id)];
}

/** The chosen ids that count: an exclusive answer ("I'd rather not say") overrides the others. */
function effectiveChoice(question: ChoiceQuestion, chosen: readonly string[]): readonly string[] {
  const exclusive = question.answers.find((a) => a.exclusive && chosen.includes(a.id));
  return exclusive ? [exclusive.id] : chosen;
}

/** The step after this question, given what was chosen there. */
export function nextStep(questionnaire: Questionnaire, id: string, chosen: readonly string[] = []): string {
  const { questions } = questionnaire;
  const i = questions.findIndex((q) => q.id === id);
  const question = questions[i];
  if (!question) return RESULTS;
  if (question.type === 'choice') {
    const picked = effectiveChoice(question, chosen);
    const answer = question.answers.find((a) => a.next && picked.includes(a.id));
    if (answer?.next) return answer.next;
  }
  return question.next ?? questions[i + 1]?.id ?? RESULTS;
}

/** The steps the answers lead through, from the first question to the results (always last). */
export function route(questionnaire: Questionnaire, answers: Answers): string[] {
  const steps: string[] = [];
  let id = questionnaire.questions[0]?.id ?? RESULTS;
  while (id !== RESULTS && !steps.includes(id)) {
    steps.push(id);
    id = nextStep(questionnaire, id, answers[id]);
  }
  steps.push(RESULTS);
  return steps;
}

/** "Question 2 of 6" for a choice question on the route; info screens are not counted. */
export function progress(questionnaire: Questionnaire, answers: Answers, id: string): { number: number; total: number } | undefined {
  const asked = route(questionnaire, answers).filter((step) => getQuestion(questionnaire, step)?.type === 'choice');
  const n = asked.indexOf(id);
  return n < 0 ? undefined : { number: n + 1, total: asked.length };
}

/** The criteria the answers on the route set (answers left behind on another branch do not count). */
export function criteriaFrom(questionnaire: Questionnaire, answers: Answers): Criteria {
  const onRoute = new Set(route(questionnaire, answers));
  const criteria: Criteria = { crimeTypes: [], generalOnly: false, outsideArea: false };
  for (const q of questionnaire.questions) {
    if (q.type !== 'choice' || !onRoute.has(q.id)) continue;
    for (const id of effectiveChoice(q, answers[q.id] ?? [])) {
      const answer = q.answers.find((a) => a.id === id);
      if (answer) {
        const m = answer.match;
        if (m.generalOnly) criteria.generalOnly = true;
        if (m.outsideArea) criteria.outsideArea = true;
        if (m.age) criteria.age = m.age;
        if (m.who) criteria.who = m.who;
        if (m.reporting) criteria.reporting = m.reporting;
      } else if (q.options === 'crime-types') {
        if (!criteria.crimeTypes.includes(id)) criteria.crimeTypes.push(id);
      } else if (q.options === 'districts') {
        criteria.district = id;
      }
    }
  }
  return criteria;
}

/** Whether a service can help at all, given the criteria. */
export function fits(s: ServiceFit, c: Criteria): boolean {
  if (c.crimeTypes.length > 0 && !c.crimeTypes.some((crime) => servesCrime(s, crime))) return false;
  if (c.generalOnly && !helpsAnyCrime(s)) return false;
  if (c.outsideArea && !isNational(s)) return false;
  if (c.district && !servesDistrict(s, c.district)) return false;
  if (c.age && !servesAge(s, c.age)) return false;
  if (c.reporting === 'no' && s.policeReport?.needed) return false;
  return true;
}

/** Why a service that fits is suggested, most telling first. */
export function reasonsFor(s: ServiceFit, c: Criteria): Reason[] {
  const reasons: Reason[] = [];
  for (const crimeType of c.crimeTypes) {
    if (specialisesIn(s, crimeType)) reasons.push({ key: 'questionnaire.reason.specialist', crimeType });
  }
  if (helpsAnyCrime(s)) reasons.push({ key: 'questionnaire.reason.anyCrime' });
  if (c.district && isLocalTo(s, c.district)) reasons.push({ key: 'questionnaire.reason.coversDistrict', district: c.district });
  if (isNational(s)) reasons.push({ key: 'questionnaire.reason.national' });
  if (c.age === 'under-18' && forYoungPeople(s)) reasons.push({ key: 'questionnaire.reason.youngPeople' });
  if (c.age && !ageConfirmed(s)) reasons.push({ key: 'questionnaire.reason.ageUnconfirmed' });
  if (selfReferral(s)) reasons.push({ key: 'questionnaire.reason.selfReferral' });
  if (c.who === 'professional' && professionalReferral(s)) reasons.push({ key: 'questionnaire.reason.professionalReferral' });
  if ((c.reporting === 'no' || c.reporting === 'not-sure') && s.policeReport?.needed === false) {
    reasons.push({ key: 'questionnaire.reason.noPoliceReport' });
  }
  if (s.policeReport?.needed) reasons.push({ key: 'questionnaire.reason.afterReport' });
  return reasons;
}

/**
 * Sort key, compared in order (lower first):
 * 1. unless they want to report, services that need no police report come first;
 * 2. specialists in a chosen crime type (with none chosen: services for any crime) come first;
 * 3. local services before national ones;
 * 4. for a child, services for young people first;
 * 5. the content's own order.
 */
function rankKey(s: Candidate, c: Criteria): number[] {
  const needsReport = c.reporting !== 'yes' && s.policeReport?.needed ? 1 : 0;
  const specialist = c.crimeTypes.length > 0 ? c.crimeTypes.some((crime) => specialisesIn(s, crime)) : helpsAnyCrime(s);
  const youth = c.age === 'under-18' && forYoungPeople(s);
  return [needsReport, specialist ? 0 : 1, isNational(s) ? 1 : 0, youth ? 0 : 1, s.order ?? 100];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The services that fit the criteria, best first, each with its reasons. */
export function suggest(services: readonly Candidate[], c: Criteria): Suggestion[] {
  return services
    .filter((s) => fits(s, c))
    .map((s) => ({ s, key: rankKey(s, c) }))
    .sort((a, b) => compareKeys(a.key, b.key) || (a.s.name ?? a.s.id).localeCompare(b.s.name ?? b.s.id) || a.s.id.localeCompare(b.s.id))
    .map(({ s }) => ({ id: s.id, reasons: reasonsFor(s, c) }));
}

/** Answers in, ranked services with reasons out, plus the crime types that carry enhanced rights. */
export function findHelp(
  questionnaire: Questionnaire,
  services: readonly Candidate[],
  crimeTypes: ReadonlyArray<{ id: string; enhancedRights: boolean }>,
  answers: Answers,
): FindHelpResult {
  const criteria = criteriaFrom(questionnaire, answers);
  return {
    criteria,
    suggestions: suggest(services, criteria),
    enhancedRights: criteria.crimeTypes.filter((id) => crimeTypes.some((c) => c.id === id && c.enhancedRights)),
  };
}

// ---------------------------------------------------------------------------------------------
// Finding a district from a town or village someone types.

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Districts whose name or one of whose towns starts with what was typed (at the start of any
 * word: "by" finds North Town by its town Northby), best first: a town named exactly, then a town, then a district.
 */
export function findDistricts<D extends { id: string; name: string; towns: readonly string[] }>(
  districts: readonly D[],
  query: string,
): Array<{ district: D; town?: string }> {
  const q = normalise(query);
  if (q.length < 2) return [];
  const startsWord = (text: string) => {
    const n = normalise(text);
    return n.startsWith(q) || n.includes(` ${q}`);
  };
  const found: Array<{ district: D; town?: string; score: number }> = [];
  for (const district of districts) {
    const exact = district.towns.find((t) => normalise(t) === q);
    const town = exact ?? district.towns.find(startsWord);
    if (town) found.push({ district, town, score: exact ? 0 : 1 });
    else if (startsWord(district.name)) found.push({ district, score: 2 });
  }
  return found.sort((a, b) => a.score - b.score).map(({ district, town }) => (town ? { district, town } : { district }));
}

// ---------------------------------------------------------------------------------------------
// Without JavaScript: the same engine, laid out for pre-rendered pages.

/**
 * How the questions are asked without JavaScript. The questions before the crime-type question
 * are pages of links; the crime-type question links to one results page per crime type; the
 * questions after it are asked on that results page, which filters its list as they are answered.
 * The crime-type question's own answer ("I'd rather not say") has the results page of its own.
 */
export function noScriptPlan(questionnaire: Questionnaire) {
  const { questions } = questionnaire;
  const crimeIndex = questions.findIndex((q) => q.type === 'choice' && q.options === 'crime-types');
  const crimeQuestion = crimeIndex < 0 ? undefined : (questions[crimeIndex] as ChoiceQuestion);
  const pages = crimeIndex < 0 ? [] : questions.slice(0, crimeIndex + 1);
  const formQuestions = questions.slice(crimeIndex + 1).filter((q): q is ChoiceQuestion => q.type === 'choice');
  return { pages, crimeQuestion, declined: crimeQuestion?.answers[0], formQuestions };
}

/**
 * Where a step is asked without JavaScript, relative to /<lang>/find-help/: the first question
 * on the start page, the others before the crime-type question on pages of their own, and
 * everything after it on the results page.
 */
export function noScriptPath(questionnaire: Questionnaire, stepId: string): string {
  if (stepId === questionnaire.questions[0]?.id) return '';
  return noScriptPlan(questionnaire).pages.some((q) => q.id === stepId) ? `step/${stepId}/` : 'results/';
}

/**
 * The address of the no-JavaScript results for a crime type, relative to /<lang>/find-help/
 * ("results/k3x9q1/"): a neutral code (a hash of the id), so the address bar, the history and a
 * bookmark never name what happened. The same id always gives the same code.
 */
export function resultsPath(crimeTypeId: string): string {
  // FNV-1a, 32 bits, in base 36: short, stable, and says nothing readable.
  let hash = 0x811c9dc5;
  for (const ch of crimeTypeId) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `results/${hash.toString(36)}/`;
}

/** resultsPath for every crime type, failing if two would share an address (rename one of them). */
export function resultsPaths(crimeTypeIds: readonly string[]): Map<string, string> {
  const paths = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const id of crimeTypeIds) {
    const path = resultsPath(id);
    const other = seen.get(path);
    if (other) throw new Error(`crime types "${other}" and "${id}" have the same no-JavaScript results address ${path}: change one of the ids`);
    seen.set(path, id);
    paths.set(id, path);
  }
  return paths;
}

/**
 * "age:0": one answer to one question (by its place among the question's answers), as the
 * no-JavaScript page names it. Short, because the page repeats it on every service it changes.
 */
export const answerToken = (questionId: string, answerIndex: number) => `${questionId}:${answerIndex}`;

export interface StaticReason {
  reason: Reason;
  /** Shown before any answer. */
  shown: boolean;
  /** Answers that show it. */
  when: string[];
  /** Answers that hide it. */
  unless: string[];
}

export interface StaticSuggestion {
  id: string;
  /** Answers that leave this service out. */
  hiddenBy: string[];
  reasons: StaticReason[];
}

/** The order reasons are listed in (reasonsFor adds them in this order). */
const reasonOrder: ReadonlyArray<Reason['key']> = [
  'questionnaire.reason.specialist',
  'questionnaire.reason.anyCrime',
  'questionnaire.reason.coversDistrict',
  'questionnaire.reason.national',
  'questionnaire.reason.youngPeople',
  'questionnaire.reason.ageUnconfirmed',
  'questionnaire.reason.selfReferral',
  'questionnaire.reason.professionalReferral',
  'questionnaire.reason.noPoliceReport',
  'questionnaire.reason.afterReport',
];

const reasonId = (r: Reason) => JSON.stringify([r.key, 'crimeType' in r ? r.crimeType : '', 'district' in r ? r.district : '']);

/**
 * For a page without JavaScript: the services for the base answers in their ranked order, and
 * for each further answer, which services it leaves out and which reasons it shows or hides.
 * Each answer's effect is worked out by the engine itself, one answer at a time; answers to
 * different questions combine independently (tests/unit/questionnaire.test.ts checks this), so
 * the page shows what the engine would. Only the order can differ: the page keeps the base order.
 */
export function staticSuggestions(
  questionnaire: Questionnaire,
  services: readonly Candidate[],
  base: Answers,
  questions: readonly ChoiceQuestion[],
  options: OptionIds,
): StaticSuggestion[] {
  const baseList = suggest(services, criteriaFrom(questionnaire, base));
  const result = baseList.map((s) => ({
    id: s.id,
    hiddenBy: [] as string[],
    reasons: new Map<string, StaticReason>(s.reasons.map((reason) => [reasonId(reason), { reason, shown: true, when: [], unless: [] }])),
  }));
  for (const q of questions) {
    for (const [i, a] of answerIds(q, options).entries()) {
      const token = answerToken(q.id, i);
      const withAnswer = new Map(suggest(services, criteriaFrom(questionnaire, { ...base, [q.id]: [a] })).map((s) => [s.id, s.reasons]));
      for (const entry of result) {
        const reasons = withAnswer.get(entry.id);
        if (!reasons) {
          entry.hiddenBy.push(token);
          continue;
        }
        const ids = new Set(reasons.map(reasonId));
        for (const [id, r] of entry.reasons) if (r.shown && !ids.has(id)) r.unless.push(token);
        for (const reason of reasons) {
          const id = reasonId(reason);
          const known = entry.reasons.get(id);
          if (!known) entry.reasons.set(id, { reason, shown: false, when: [token], unless: [] });
          else if (!known.shown) known.when.push(token);
        }
      }
    }
  }
  const rank = (r: StaticReason) => reasonOrder.indexOf(r.reason.key);
  return result.map((e) => ({ id: e.id, hiddenBy: e.hiddenBy, reasons: [...e.reasons.values()].sort((a, b) => rank(a) - rank(b)) }));
}

/** The id of the radio button for an answer on the no-JavaScript results page. */
export const noScriptInputId = (token: string) => `nq-${token.replace(':', '--')}`;

/**
 * The stylesheet that makes the no-JavaScript results page follow its radio buttons: for each
 * answer (token) that changes something, hide the services it leaves out and show or hide the
 * reasons it adds or removes. Everything sits inside the element with id "fh".
 */
export function noScriptCss(list: readonly StaticSuggestion[], tokens: readonly string[], alsoWhen: readonly string[] = []): string {
  const used = (pick: (s: StaticSuggestion) => string[]) => new Set(list.flatMap(pick));
  const hide = used((s) => s.hiddenBy);
  const when = new Set([...used((s) => s.reasons.flatMap((r) => r.when)), ...alsoWhen]);
  const unless = used((s) => s.reasons.flatMap((r) => r.unless));
  const rules = ['#fh [data-when]{display:none}'];
  for (const token of tokens) {
    const chosen = `#fh:has(#${noScriptInputId(token)}:checked)`;
    if (hide.has(token)) rules.push(`${chosen} [data-hide~="${token}"]{display:none}`);
    // revert: back to the element's own display (a reason's list item, a note's paragraph).
    if (when.has(token)) rules.push(`${chosen} [data-when~="${token}"]{display:revert}`);
    if (unless.has(token)) rules.push(`${chosen} [data-unless~="${token}"]{display:none}`);
  }
  return rules.join('\n');
}

/** The no-JS form's answer tokens that give this age band (e.g. every "under 18" answer). */
export function ageBandTokens(questions: ReadonlyArray<{ question: ChoiceQuestion; answers: ReadonlyArray<{ id: string; token: string }> }>, band: AgeBand): string[] {
  return questions.flatMap(({ question, answers }) =>
    answers.filter((a) => question.answers.find((own) => own.id === a.id)?.match.age === band).map((a) => a.token),
  );
}
