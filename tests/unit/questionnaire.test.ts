import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';
import { toDirectoryEntry } from '../../src/lib/directory.ts';
import { helpsAnyCrime, isNational, specialisesIn } from '../../src/lib/eligibility.ts';
import {
  answerIds,
  answerToken,
  criteriaFrom,
  findDistricts,
  findHelp,
  noScriptPlan,
  progress,
  resultsPath,
  resultsPaths,
  route,
  staticSuggestions,
  suggest,
  type Answers,
  type Candidate,
  type Reason,
} from '../../src/lib/questionnaire.ts';
import { questionnaireSchema, type Questionnaire } from '../../src/schemas/questionnaire.ts';

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repo = dir('../../');
const real = checkContent(`${repo}content`, repo, chosenAreaId(`${repo}content`));
const questionnaire = real.questionnaire!;
// A made-up area whose services do not change when the real content does.
const fixture = checkContent(`${dir('../fixtures/questionnaire-site/')}content`, dir('../fixtures/questionnaire-site/'));
/**
 * Content services as the engine gets them (as the find-help page hands them to its island): the
 * plain facts matching needs, e.g. `policeReport` without its sources.
 */
const candidates = (list: typeof fixture.services): Candidate[] => list.map((s) => ({ ...toDirectoryEntry(s.id, s), order: s.order, name: s.name }));
const services = candidates(fixture.services);
const realServices = candidates(real.services);

/** Answers by question, in the words of the scenario table. */
function answers(a: { safe?: string; what?: string[]; who?: string; age?: string; where?: string; police?: string }): Answers {
  const out: Record<string, string[]> = {};
  if (a.safe) out.safe = [a.safe];
  if (a.what) out['what-happened'] = a.what;
  if (a.who) out.who = [a.who];
  if (a.age) out.age = [a.age];
  if (a.where) out.where = [a.where];
  if (a.police) out.police = [a.police];
  return out;
}

interface Scenario {
  name: string;
  answers: Answers;
  /** Must all appear, in this order (others may come between). */
  inOrder?: string[];
  /** Exactly these, in this order. */
  only?: string[];
  excludes?: string[];
  /** Reason keys (without "questionnaire.reason.") a service must show, and ones it must not. */
  reasons?: Record<string, string[]>;
  withoutReasons?: Record<string, string[]>;
  rights?: string[];
}

const DA = 'domestic-abuse';
const scenarios: Scenario[] = [
  {
    name: 'no answers: everything, general services first, those needing a police report last',
    answers: {},
    inOrder: ['local-victim-service', 'young-victims-service', 'national-victim-support', 'county-da-helpline', 'national-da-helpline', 'witness-care', 'city-home-security'],
    excludes: [],
    withoutReasons: { 'local-victim-service': ['ageUnconfirmed'] },
    rights: [],
  },
  {
    name: 'domestic abuse in a county district: local specialists, national specialist, then general',
    answers: answers({ what: [DA], where: 'north-dale' }),
    inOrder: ['county-da-helpline', 'teen-da-project', 'national-da-helpline', 'local-victim-service', 'young-victims-service', 'national-victim-support', 'witness-care'],
    excludes: ['city-da-service', 'adult-isva', 'county-hate-line', 'fraud-advice', 'city-home-security'],
    reasons: { 'county-da-helpline': ['specialist', 'coversDistrict', 'selfReferral'], 'national-da-helpline': ['specialist', 'national'] },
    rights: [DA],
  },
  {
    name: 'domestic abuse in the city: the city service, not the county one',
    answers: answers({ what: [DA], where: 'city' }),
    inOrder: ['city-da-service', 'national-da-helpline', 'local-victim-service', 'national-victim-support'],
    excludes: ['county-da-helpline', 'teen-da-project'],
  },
  {
    name: 'domestic abuse, under 18, county: services for young people first among equals',
    answers: answers({ what: [DA], age: 'under-18', where: 'north-dale' }),
    inOrder: ['teen-da-project', 'county-da-helpline', 'national-da-helpline', 'young-victims-service', 'local-victim-service', 'national-victim-support'],
    excludes: ['adult-isva'],
    reasons: { 'teen-da-project': ['youngPeople'], 'young-victims-service': ['youngPeople', 'anyCrime'], 'county-da-helpline': ['ageUnconfirmed'] },
    withoutReasons: { 'county-da-helpline': ['youngPeople'], 'teen-da-project': ['ageUnconfirmed'], 'young-victims-service': ['ageUnconfirmed'] },
  },
  {
    name: 'domestic abuse, adult: no services for children only',
    answers: answers({ what: [DA], age: 'adult' }),
    inOrder: ['county-da-helpline', 'national-da-helpline', 'local-victim-service', 'national-victim-support'],
    excludes: ['teen-da-project', 'young-victims-service'],
  },
  {
    name: 'sexual violence, adult, county: advocates before the national line',
    answers: answers({ what: ['sexual-violence'], age: 'adult', where: 'east-moor' }),
    only: ['adult-isva', 'national-rape-line', 'local-victim-service', 'national-victim-support', 'witness-care'],
    reasons: { 'national-rape-line': ['ageUnconfirmed'] },
    withoutReasons: { 'adult-isva': ['ageUnconfirmed'] },
  },
  {
    name: 'sexual violence, under 18: not the adults-only advocates',
    answers: answers({ what: ['sexual-violence'], age: 'under-18' }),
    inOrder: ['national-rape-line', 'young-victims-service', 'local-victim-service', 'national-victim-support'],
    excludes: ['adult-isva'],
  },
  {
    name: 'hate crime in the city: no county-only line, the local general service first',
    answers: answers({ what: ['hate-crime'], where: 'city' }),
    inOrder: ['local-victim-service', 'national-victim-support'],
    excludes: ['county-hate-line'],
  },
  {
    name: 'hate crime in a county district: the county line first, saying it covers the district',
    answers: answers({ what: ['hate-crime'], where: 'north-dale' }),
    inOrder: ['county-hate-line', 'local-victim-service'],
    reasons: { 'county-hate-line': ['specialist', 'coversDistrict'] },
    rights: ['hate-crime'],
  },
  {
    name: 'fraud: the national specialist before general services, no enhanced rights',
    answers: answers({ what: ['fraud-cyber'] }),
    inOrder: ['fraud-advice', 'local-victim-service', 'national-victim-support'],
    excludes: ['county-da-helpline'],
    rights: [],
  },
  {
    name: 'something else: only services for any crime',
    answers: answers({ what: ['other'] }),
    only: ['local-victim-service', 'young-victims-service', 'national-victim-support', 'witness-care'],
    reasons: { 'local-victim-service': ['anyCrime'] },
  },
  {
    name: '"I\'d rather not say" what happened: services for any crime, even with a crime type chosen too',
    answers: answers({ what: [DA, 'rather-not-say'] }),
    only: ['local-victim-service', 'young-victims-service', 'national-victim-support', 'witness-care'],
    rights: [],
  },
  {
    name: 'what happened skipped: every service, those for any crime first',
    answers: answers({ what: [], where: 'city' }),
    inOrder: ['local-victim-service', 'national-victim-support', 'city-da-service', 'city-home-security'],
    excludes: ['county-da-helpline', 'county-hate-line'],
  },
  {
    name: 'lives somewhere else: national services only',
    answers: answers({ where: 'elsewhere' }),
    only: ['national-victim-support', 'national-da-helpline', 'national-rape-line', 'fraud-advice'],
  },
  {
    name: 'domestic abuse, somewhere else: the national helpline and the national supportline',
    answers: answers({ what: [DA], where: 'elsewhere' }),
    only: ['national-da-helpline', 'national-victim-support'],
  },
  {
    name: 'not reporting: services that need a police report are left out',
    answers: answers({ police: 'no' }),
    excludes: ['witness-care', 'city-home-security'],
    reasons: { 'local-victim-service': ['noPoliceReport'], 'national-da-helpline': ['noPoliceReport'] },
  },
  {
    name: 'not sure about reporting: services that need a report come last',
    answers: answers({ police: 'not-sure' }),
    inOrder: ['national-victim-support', 'national-rape-line', 'witness-care', 'city-home-security'],
    reasons: { 'witness-care': ['afterReport'], 'local-victim-service': ['noPoliceReport'] },
    withoutReasons: { 'witness-care': ['noPoliceReport'] },
  },
  {
    name: 'burglary in the city, reporting: the police-referral scheme leads',
    answers: answers({ what: ['burglary'], where: 'city', police: 'yes' }),
    inOrder: ['city-home-security', 'local-victim-service', 'witness-care', 'national-victim-support'],
    reasons: { 'city-home-security': ['specialist', 'coversDistrict', 'afterReport'] },
    withoutReasons: { 'local-victim-service': ['noPoliceReport'] },
  },
  {
    name: 'burglary in the city, not sure about reporting: help without a report first',
    answers: answers({ what: ['burglary'], where: 'city', police: 'not-sure' }),
    inOrder: ['local-victim-service', 'national-victim-support', 'city-home-security'],
  },
  {
    name: 'burglary in the city, not reporting: no scheme that needs a report',
    answers: answers({ what: ['burglary'], where: 'city', police: 'no' }),
    inOrder: ['local-victim-service', 'young-victims-service', 'national-victim-support'],
    excludes: ['city-home-security', 'witness-care'],
  },
  {
    name: 'a professional asking: says who takes professional referrals',
    answers: answers({ who: 'professional', what: [DA], where: 'north-dale' }),
    inOrder: ['county-da-helpline', 'teen-da-project'],
    reasons: { 'county-da-helpline': ['professionalReferral'], 'teen-da-project': ['professionalReferral'] },
    withoutReasons: { 'national-da-helpline': ['professionalReferral'], 'teen-da-project': ['selfReferral'] },
  },
  {
    name: 'asking for myself: says who I can contact myself',
    answers: answers({ who: 'me', what: [DA], where: 'north-dale' }),
    reasons: { 'county-da-helpline': ['selfReferral'], 'national-da-helpline': ['selfReferral'] },
    withoutReasons: { 'teen-da-project': ['selfReferral', 'professionalReferral'] },
  },
  {
    name: 'two crime types: enhanced rights for the one that has them',
    answers: answers({ what: [DA, 'fraud-cyber'] }),
    inOrder: ['county-da-helpline', 'fraud-advice', 'local-victim-service'],
    rights: [DA],
  },
  {
    name: 'domestic abuse and hate crime in a county district: both local specialists lead',
    answers: answers({ what: [DA, 'hate-crime'], where: 'north-dale' }),
    inOrder: ['county-da-helpline', 'county-hate-line', 'national-da-helpline', 'local-victim-service'],
    rights: [DA, 'hate-crime'],
  },
  {
    name: 'not safe, then domestic abuse in a county district: the same help as when safe',
    answers: answers({ safe: 'no', what: [DA], where: 'north-dale' }),
    inOrder: ['county-da-helpline', 'teen-da-project', 'national-da-helpline', 'local-victim-service'],
    excludes: ['city-da-service'],
  },
  {
    name: 'only age and not reporting: services for young people, none that need a report',
    answers: answers({ age: 'under-18', police: 'no' }),
    inOrder: ['young-victims-service', 'local-victim-service', 'national-victim-support'],
    excludes: ['adult-isva', 'witness-care', 'city-home-security'],
  },
  {
    name: 'not sure where they live: local services everywhere still count',
    answers: answers({ what: [DA], where: 'not-sure' }),
    inOrder: ['city-da-service', 'national-da-helpline'],
    excludes: ['adult-isva'],
    withoutReasons: { 'county-da-helpline': ['coversDistrict'] },
  },
  {
    name: 'domestic abuse, city, under 18, not reporting',
    answers: answers({ what: [DA], where: 'city', age: 'under-18', police: 'no' }),
    only: ['city-da-service', 'national-da-helpline', 'young-victims-service', 'local-victim-service', 'national-victim-support'],
  },
  {
    name: 'sexual violence, under 18, somewhere else',
    answers: answers({ what: ['sexual-violence'], where: 'elsewhere', age: 'under-18' }),
    only: ['national-rape-line', 'national-victim-support'],
  },
  {
    name: 'every question skipped but the last: same list as no answers, minus nothing',
    answers: answers({ police: 'yes' }),
    inOrder: ['local-victim-service', 'young-victims-service', 'witness-care', 'national-victim-support'],
    withoutReasons: { 'local-victim-service': ['noPoliceReport'] },
  },
];

const short = (r: Reason) => r.key.replace('questionnaire.reason.', '');

describe('find-help scenarios (fixture services)', () => {
  it('has a fixture with no content problems and a table of at least 25 scenarios', () => {
    expect(fixture.problems.map(formatProblem)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const result = findHelp(questionnaire, services, fixture.crimeTypes, s.answers);
    const ids = result.suggestions.map((x) => x.id);
    if (s.only) expect(ids).toEqual(s.only);
    if (s.inOrder) {
      for (const id of s.inOrder) expect(ids, `${id} should be listed`).toContain(id);
      const positions = s.inOrder.map((id) => ids.indexOf(id));
      expect(positions, `order of ${s.inOrder.join(', ')} in ${ids.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
    }
    for (const id of s.excludes ?? []) expect(ids, `${id} should be left out`).not.toContain(id);
    if (s.excludes?.length === 0) expect(ids).toHaveLength(services.length);
    const reasonsOf = (id: string) => result.suggestions.find((x) => x.id === id)?.reasons.map(short) ?? [];
    for (const [id, keys] of Object.entries(s.reasons ?? {})) expect(reasonsOf(id), id).toEqual(expect.arrayContaining(keys));
    for (const [id, keys] of Object.entries(s.withoutReasons ?? {})) {
      expect(ids, `${id} should be listed`).toContain(id);
      for (const key of keys) expect(reasonsOf(id), id).not.toContain(key);
    }
    if (s.rights) expect(result.enhancedRights).toEqual(s.rights);
  });

  it('names the district and the crime type in the reasons', () => {
    const result = findHelp(questionnaire, services, fixture.crimeTypes, answers({ what: [DA], where: 'north-dale' }));
    expect(result.suggestions[0]!.reasons).toEqual(
      expect.arrayContaining([
        { key: 'questionnaire.reason.specialist', crimeType: DA },
        { key: 'questionnaire.reason.coversDistrict', district: 'north-dale' },
      ]),
    );
  });
});

describe('find-help and ages a source names as a group, or does not give', () => {
  const base = { crimeTypes: ['any'], areasServed: ['national'], referral: ['self'], policeReport: { needed: false } } as const;
  const group: Candidate[] = [
    { ...base, id: 'young-people', ages: { group: 'young-people' } },
    { ...base, id: 'adults', ages: { group: 'adults' } },
    { ...base, id: 'everyone', ages: { group: 'everyone' } },
    { ...base, id: 'unconfirmed' },
  ];
  const reasonsOf = (list: ReturnType<typeof suggest>, id: string) => list.find((x) => x.id === id)?.reasons.map(short) ?? [];

  it('offers a service for young people to under-18s only, first among equals, and one for adults to adults only', () => {
    const young = findHelp(questionnaire, group, fixture.crimeTypes, answers({ age: 'under-18' })).suggestions;
    expect(young.map((x) => x.id)).toEqual(['young-people', 'everyone', 'unconfirmed']);
    expect(reasonsOf(young, 'young-people')).toContain('youngPeople');
    const adult = findHelp(questionnaire, group, fixture.crimeTypes, answers({ age: 'adult' })).suggestions;
    expect(adult.map((x) => x.id)).toEqual(['adults', 'everyone', 'unconfirmed']);
    expect(adult.map((x) => x.id)).not.toContain('young-people');
  });

  it('offers a service whose ages are not confirmed to every age, saying so only when an age was given', () => {
    for (const age of ['under-18', 'adult']) {
      const list = findHelp(questionnaire, group, fixture.crimeTypes, answers({ age })).suggestions;
      expect(reasonsOf(list, 'unconfirmed'), age).toContain('ageUnconfirmed');
      for (const id of ['young-people', 'adults', 'everyone']) expect(reasonsOf(list, id), `${age}: ${id}`).not.toContain('ageUnconfirmed');
    }
    const noAge = findHelp(questionnaire, group, fixture.crimeTypes, {}).suggestions;
    expect(noAge.map((x) => x.id)).toHaveLength(group.length);
    expect(reasonsOf(noAge, 'unconfirmed')).not.toContain('ageUnconfirmed');
  });
});

describe('find-help against the real content (robust facts only)', () => {
  const crimeType = 'domestic-abuse';
  const local = real.services.find((s) => specialisesIn(s, crimeType) && !isNational(s));

  it('lists a local domestic-abuse service before national general ones, saying it covers the district', () => {
    expect(local, 'content has a local domestic-abuse service').toBeDefined();
    const district = local!.areasServed[0]!;
    const { suggestions } = findHelp(questionnaire, realServices, real.crimeTypes, answers({ what: [crimeType], where: district }));
    const ids = suggestions.map((s) => s.id);
    const nationalGeneral = real.services.filter((s) => isNational(s) && helpsAnyCrime(s)).map((s) => s.id);
    expect(nationalGeneral.length).toBeGreaterThan(0);
    for (const id of nationalGeneral) expect(ids.indexOf(local!.id)).toBeLessThan(ids.indexOf(id));
    expect(suggestions.find((s) => s.id === local!.id)!.reasons).toContainEqual({ key: 'questionnaire.reason.coversDistrict', district });
  });

  it('offers only national services to someone who lives elsewhere', () => {
    const { suggestions } = findHelp(questionnaire, realServices, real.crimeTypes, answers({ where: 'elsewhere' }));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(isNational(real.services.find((x) => x.id === s.id)!), s.id).toBe(true);
  });

  it('finds a district from any of its towns', () => {
    for (const d of real.districts) {
      for (const town of d.towns) expect(findDistricts(real.districts, town)[0]?.district.id, town).toBe(d.id);
    }
  });
});

describe('no-JavaScript results addresses', () => {
  it('name no crime type: a short neutral code, the same for the same id', () => {
    const ids = ['domestic-abuse', 'sexual-violence', 'fraud', 'hate-crime'];
    const paths = resultsPaths(ids);
    for (const id of ids) {
      expect(paths.get(id)).toMatch(/^results\/[0-9a-z]{1,7}\/$/);
      expect(paths.get(id)).not.toContain(id.split('-')[0]);
      expect(resultsPath(id)).toBe(paths.get(id));
    }
    expect(new Set(paths.values()).size).toBe(ids.length);
  });

  it('refuses two crime types that would share an address', () => {
    expect(() => resultsPaths(['fraud', 'fraud'])).toThrow(/same no-JavaScript results address/);
  });
});

describe('questionnaire data', () => {
  it('the real questionnaire is valid and has the six questions of the issue', () => {
    expect(real.problems.map(formatProblem)).toEqual([]);
    expect(questionnaire.questions.filter((q) => q.type === 'choice')).toHaveLength(6);
  });

  it('every label is a key that exists in the English strings', () => {
    const keys: string[] = [];
    for (const q of questionnaire.questions) {
      if (q.type === 'choice') keys.push(q.legend, ...(q.hint ? [q.hint] : []), ...q.answers.flatMap((a) => [a.label, ...(a.hint ? [a.hint] : [])]));
      else keys.push(q.heading, q.continue, ...q.body);
    }
    for (const key of keys) expect(uiStrings.en, key).toHaveProperty([key]);
  });

  it('every reason key the engine can give has English text', () => {
    const reasons = services.flatMap((s) => suggest([s], { crimeTypes: s.crimeTypes.slice(0, 1), generalOnly: false, outsideArea: false, district: s.areasServed[0], age: 'under-18', who: 'professional', reporting: 'not-sure' })[0]?.reasons ?? []);
    const keys = new Set(reasons.map((r) => r.key));
    expect(keys.size).toBeGreaterThanOrEqual(8);
    for (const key of keys) expect(uiStrings.en, key).toHaveProperty([key]);
  });

  it('rejects a branch to a missing question, a loop and a repeated answer, naming file and field', () => {
    const bad = dir('../fixtures/bad-questionnaire/');
    const lines = checkContent(`${bad}content`, bad).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/national/questionnaire.yaml: questions.0.answers.1.next: "staying-safe" is not a question in this file (answer "no" of question "safe"); use one of: safe, what-happened, who, age, or "results"',
      'content/national/questionnaire.yaml: questions.1.next: "whoo" is not a question in this file (question "what-happened"); use one of: safe, what-happened, who, age, or "results"',
      'content/national/questionnaire.yaml: questions.2.answers.1.id: "me" is used twice in question "who"; answer ids must be unique',
      'content/national/questionnaire.yaml: questions.3.next: "who" leads back to an earlier question (question "age"), so the questions would never end',
    ]);
  });

  it('rejects English text where a key belongs, and an unknown kind of match', () => {
    const result = questionnaireSchema.safeParse({
      questions: [
        { id: 'safe', type: 'choice', legend: 'Are you safe?', answers: [{ id: 'yes', label: 'questionnaire.safe.yes', match: { colour: 'red' } }] },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContainEqual(expect.stringMatching(/^questions\.0\.legend: use an interface string key such as "questionnaire\.safe\.legend"/));
    expect(issues).toContainEqual(expect.stringMatching(/^questions\.0\.answers\.0\.match: .*colour/));
  });
});

describe('questionnaire flow', () => {
  it('goes through "what to do now" when not safe, then carries on; it is not counted as a question', () => {
    expect(route(questionnaire, answers({ safe: 'yes' }))).toEqual(['safe', 'what-happened', 'who', 'age', 'where', 'police', 'results']);
    expect(route(questionnaire, answers({ safe: 'no' }))).toEqual(['safe', 'staying-safe', 'what-happened', 'who', 'age', 'where', 'police', 'results']);
    expect(progress(questionnaire, answers({ safe: 'no' }), 'what-happened')).toEqual({ number: 2, total: 6 });
    expect(progress(questionnaire, answers({ safe: 'no' }), 'staying-safe')).toBeUndefined();
    expect(progress(questionnaire, {}, 'police')).toEqual({ number: 6, total: 6 });
  });

  it('ignores answers left behind on a branch that is no longer taken', () => {
    const branching: Questionnaire = questionnaireSchema.parse({
      questions: [
        {
          id: 'who',
          type: 'choice',
          legend: 'questionnaire.who.legend',
          answers: [
            { id: 'me', label: 'questionnaire.who.me', next: 'results' },
            { id: 'professional', label: 'questionnaire.who.professional', match: { who: 'professional' } },
          ],
        },
        { id: 'age', type: 'choice', legend: 'questionnaire.age.legend', answers: [{ id: 'under-18', label: 'questionnaire.age.under18', match: { age: 'under-18' } }] },
      ],
    });
    expect(criteriaFrom(branching, { who: ['professional'], age: ['under-18'] })).toMatchObject({ who: 'professional', age: 'under-18' });
    expect(criteriaFrom(branching, { who: ['me'], age: ['under-18'] }).age).toBeUndefined();
  });

  it('finds districts by town, word start, accents and case', () => {
    const d = fixture.districts;
    const ids = (q: string) => findDistricts(d, q).map((f) => f.district.id);
    expect(findDistricts(d, 'moorbridge')).toEqual([{ district: d[1], town: 'Moorbridge' }]);
    expect(ids('ASHBY')).toEqual(expect.arrayContaining(['north-dale', 'city']));
    expect(ids('vale')[0]).toBe('city');
    expect(ids('st ives')).toEqual(['north-dale']);
    expect(ids('Mőorbridge')).toEqual(['east-moor']);
    expect(ids('x')).toEqual([]);
    expect(ids('Atlantis')).toEqual([]);
  });
});

describe('without JavaScript', () => {
  const plan = noScriptPlan(questionnaire);
  const options = { 'crime-types': fixture.crimeTypes.map((c) => c.id), districts: fixture.districts.map((d) => d.id) };
  const reasonSet = (rs: Reason[]) => rs.map((r) => JSON.stringify(r)).sort();

  it('asks the questions before "what happened?" as pages and the rest on the results page', () => {
    expect(plan.pages.map((q) => q.id)).toEqual(['safe', 'staying-safe', 'what-happened']);
    expect(plan.formQuestions.map((q) => q.id)).toEqual(['who', 'age', 'where', 'police']);
  });

  // The page combines one answer per question by CSS; this proves it shows what the engine would.
  for (const base of [{}, answers({ what: ['rather-not-say'] }), answers({ what: [DA] }), answers({ what: ['burglary'] })]) {
    it(`answer effects combine like the engine (base ${JSON.stringify(base)})`, () => {
      const page = staticSuggestions(questionnaire, services, base, plan.formQuestions, options);
      const tokens = plan.formQuestions.map((q) => answerIds(q, options).map((a, i) => ({ q: q.id, a, token: answerToken(q.id, i) })));
      const pairs = [...tokens.flat().map((x) => [x]), ...tokens.flatMap((xs, i) => tokens.slice(i + 1).flatMap((ys) => xs.flatMap((x) => ys.map((y) => [x, y]))))];
      for (const chosen of pairs) {
        const all = { ...base, ...Object.fromEntries(chosen.map((c) => [c.q, [c.a]])) };
        const active = chosen.map((c) => c.token);
        const engine = suggest(services, criteriaFrom(questionnaire, all));
        const shown = page
          .filter((s) => !s.hiddenBy.some((t) => active.includes(t)))
          .map((s) => ({
            id: s.id,
            reasons: s.reasons
              .filter((r) => (r.shown || r.when.some((t) => active.includes(t))) && !r.unless.some((t) => active.includes(t)))
              .map((r) => r.reason),
          }));
        const label = active.join(' + ');
        expect(shown.map((s) => s.id).sort(), label).toEqual(engine.map((s) => s.id).sort());
        for (const s of shown) expect(reasonSet(s.reasons), `${label}: ${s.id}`).toEqual(reasonSet(engine.find((e) => e.id === s.id)!.reasons));
      }
    });
  }
});

describe('content services handed to the engine as they are', () => {
  // The no-JS results page passes content services straight in ({ id, ...data }): the sourced
  // police-report fact must count there exactly as in the island's compact entries.
  it('give the same suggestions and reasons as the compact entries, police report included', () => {
    const raw: Candidate[] = fixture.services.map((s) => ({ ...s, id: s.id }));
    for (const police of ['yes', 'no', 'not-sure']) {
      for (const age of [undefined, 'under-18', 'adult']) {
        const a = answers({ police, ...(age ? { age } : {}) });
        expect(findHelp(questionnaire, raw, fixture.crimeTypes, a).suggestions, `${police} ${age}`).toEqual(findHelp(questionnaire, services, fixture.crimeTypes, a).suggestions);
      }
    }
    const notReporting = findHelp(questionnaire, raw, fixture.crimeTypes, answers({ police: 'no' })).suggestions.map((s) => s.id);
    const needReport = fixture.services.filter((s) => s.policeReport?.needed).map((s) => s.id);
    expect(needReport.length).toBeGreaterThan(0);
    expect(notReporting.filter((id) => needReport.includes(id))).toEqual([]);
  });
});
