// Every published fact names its source inside the content, and unknown stays unknown: the content
// check refuses a fact without a source (or naming a source the service does not list), the old
// fields that filled in "any age" or "free" without one, and any phone number in a description,
// page or translation that no service publishes with a source. Each translation records the English
// it was made from, so a changed English flags it as possibly out of date.
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import contentCheck, { readUiStamps, readUiStrings } from '../../src/integrations/content-check.ts';
import { bodyNumbers, unsourcedNumbers } from '../../src/lib/body-numbers.ts';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';
import { formatReport, translationReport } from '../../src/lib/translation-report.ts';
import { englishVersion, uiVersions } from '../../src/lib/translation-version.ts';
import { makeServiceSchema } from '../../src/schemas/service.ts';
import { ageBandTokens, answerToken, noScriptCss, noScriptInputId } from '../../src/lib/questionnaire.ts';

const fixture = fileURLToPath(new URL('../fixtures/unsourced-content/', import.meta.url));
const snapshot = checkContent(`${fixture}content`, fixture);
const lines = snapshot.problems.map(formatProblem);
const about = (file: string) => lines.filter((l) => l.startsWith(`${file}: `));
const FROM = 'say where this comes from: from: [id], an id from the sources list';

describe('a published fact without its source is refused, naming file and field', () => {
  it('phone, email, hours, ages, cost, languages and "no police report needed"', () => {
    expect(about('content/national/services/no-source.md').sort()).toEqual(
      [
        `content/national/services/no-source.md: ages.from: ${FROM}`,
        `content/national/services/no-source.md: contact.phones.0.from: ${FROM}`,
        'content/national/services/no-source.md: contact.email: write the email as { address: help@example.org, from: [source id] }',
        `content/national/services/no-source.md: hours.from: ${FROM}`,
        `content/national/services/no-source.md: policeReport.from: ${FROM}`,
        `content/national/services/no-source.md: cost.from: ${FROM}`,
        `content/national/services/no-source.md: languages.from: ${FROM}`,
      ].sort(),
    );
  });

  it('a fact naming a source the service does not list', () => {
    expect(about('content/national/services/unknown-source.md')).toEqual([
      'content/national/services/unknown-source.md: contact.phones.0.from.0: "helpline-page" is not a source of this service; use one of: s1, or add it to sources',
    ]);
  });

  it('the old fields that filled in a value without a source, each with what replaced it', () => {
    const [line, ...rest] = about('content/national/services/old-fields.md');
    expect(rest).toEqual([]);
    expect(line).toContain('"minAge" is no longer used: write ages: { min: N, from: [source id] }');
    expect(line).toContain('"free" is no longer used: write cost: { free: true, from: [source id] }');
    expect(line).toContain('"policeReportNeeded" is no longer used: write policeReport: { needed: false, from: [source id] }');
  });

  it('a valid service with its sources gives no problem', () => {
    expect(about('content/national/services/good.md')).toEqual([]);
  });

  it('unknown stays unknown: nothing is filled in when a source gives no ages, languages, cost or police report', () => {
    const parsed = makeServiceSchema().parse({
      name: 'x',
      summary: 'x',
      crimeTypes: ['any'],
      areasServed: ['national'],
      lastChecked: '2026-11-01',
      sources: [{ id: 's1', url: 'https://example.org/' }],
    });
    expect(parsed.ages).toBeUndefined();
    expect(parsed.languages).toBeUndefined();
    expect(parsed.cost).toBeUndefined();
    expect(parsed.policeReport).toBeUndefined();
  });

  it('fails the build from the integration hook, naming the file', () => {
    const hook = contentCheck().hooks['astro:config:setup'] as (o: unknown) => void;
    // The fixture's only area, whichever area this run builds (SIGNPOST_AREA).
    vi.stubEnv('SIGNPOST_AREA', '');
    expect(() => hook({ config: { root: new URL(`file://${fixture}`) }, logger: { info: () => {} } })).toThrow(/content\/national\/services\/no-source\.md: ages\.from/);
  });
});

describe('the area setting that names whom under-18s can ask', () => {
  it('must name a service that exists', () => {
    expect(about('content/areas/test/area.yaml')).toEqual([
      "content/areas/test/area.yaml: youngPeople.askService: \"no-such-service\" is not one of this area's services; use a service id (its file name), or leave youngPeople out",
    ]);
  });

  it('is shown without JavaScript exactly when an under-18 answer is chosen', () => {
    const questionnaire = checkContent('content', '.', chosenAreaId('content')).questionnaire!;
    const age = questionnaire.questions.find((q) => q.type === 'choice' && q.answers.some((a) => a.match.age === 'under-18'))!;
    if (age.type !== 'choice') throw new Error('no age question');
    const questions = [{ question: age, answers: age.answers.map((a, i) => ({ id: a.id, token: answerToken(age.id, i) })) }];
    const tokens = ageBandTokens(questions, 'under-18');
    expect(tokens).toEqual(age.answers.flatMap((a, i) => (a.match.age === 'under-18' ? [answerToken(age.id, i)] : [])));
    const css = noScriptCss([], questions[0]!.answers.map((a) => a.token), tokens);
    expect(css).toContain(`#fh:has(#${noScriptInputId(tokens[0]!)}:checked) [data-when~="${tokens[0]}"]{display:revert}`);
    expect(css.match(/display:revert/g)).toHaveLength(tokens.length);
  });
});

describe('phone numbers in Markdown must have a source', () => {
  it("a service's description may give only its own sourced numbers and the emergency numbers", () => {
    expect(about('content/national/services/foreign-number.md').map((l) => /: (line \d+): "([^"]+)"/.exec(l)?.slice(1).join(' '))).toEqual([
      'line 15 0300 123 4567',
      'line 17 sms:82228',
    ]);
  });

  it("a page may give only the area's emergency numbers, and a service's number through <phone:id>", () => {
    expect(about('content/areas/test/pages/en/numbers.md')).toEqual([expect.stringMatching(/: line 7: "0121 496 0000" is not a number any service publishes with a source/)]);
  });

  it("a translation of a service may give only that service's numbers, through <phone:id>", () => {
    expect(about('content/national/translations/ur/services/good.md')).toEqual([expect.stringMatching(/: line 7: "0300 123 4567" is not one of this service's sourced numbers/)]);
  });

  it('finds numbers however they are written, and links to short codes', () => {
    const found = bodyNumbers('Ring 0808 157 0247, +44 (0)3069 990040 or 0800-2222; text [82228](sms:82228); 18001 101, 03069 990459.').map((n) => n.digits);
    expect(found).toEqual(expect.arrayContaining(['08081570247', '03069990040', '08002222', '82228', '03069990459']));
    expect(unsourcedNumbers('Call [999](tel:999) or 0808 157 0247.', ['999', '+44 808 157 0247'])).toEqual([]);
  });
});

describe('translations record the English they were made from', () => {
  it('a translation made from another version of the English is flagged as possibly out of date', () => {
    expect(snapshot.translations.ur?.outdated).toEqual(['services/good']);
    const report = translationReport(snapshot, { en: { 'a.key': 'Hello' }, ur: { 'a.key': 'سلام' } }, { ur: { 'a.key': englishVersion(['Hello']) } });
    expect(report[0]!.services.outdated).toEqual(['good']);
    expect(report[0]!.interface.outdated).toEqual([]);
    expect(formatReport(report).join('\n')).toMatch(/ur: may be out of date[^\n]*\n {2}services: good/);
  });

  it('an interface string whose English changed after it was translated is flagged', () => {
    const report = translationReport(snapshot, { en: { 'a.key': 'Hello again' }, ur: { 'a.key': 'سلام' } }, { ur: { 'a.key': englishVersion(['Hello']) } });
    expect(report[0]!.interface.outdated).toEqual(['a.key']);
  });

  it('the fingerprint ignores spacing but not words', () => {
    expect(englishVersion(['Call us\n now'])).toBe(englishVersion(['Call  us now ']));
    expect(englishVersion(['Call us now'])).not.toBe(englishVersion(['Call us today']));
    expect(uiVersions({ 'x_one': 'a', 'x_other': 'b' })).toEqual({ x: englishVersion(['a', 'b']) });
  });

  it('every interface string of every language records the English it was made from', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const ui = readUiStrings(root);
    const stamps = readUiStamps(root);
    for (const [lang, strings] of Object.entries(ui)) {
      if (lang === 'en') continue;
      const keys = [...new Set(Object.keys(strings).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))];
      expect(keys.filter((k) => !stamps[lang]?.[k]), `${lang}: run npm run i18n:stamp -- ${lang} ui/<key> after translating`).toEqual([]);
    }
  });
});
