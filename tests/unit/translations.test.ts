import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { formatReport, translationReport } from '../../src/lib/translation-report.ts';

const root = fileURLToPath(new URL('../fixtures/bad-translations/', import.meta.url));
const snapshot = checkContent(`${root}content`, root);
const lines = snapshot.problems.map(formatProblem);

describe('content translations are checked', () => {
  it('requires every translation to say whether it was reviewed', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/national\/translations\/ur\/services\/other\.md: reviewed: say whether a native speaker/));
  });

  it('rejects a translation of a service that does not exist', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/areas\/test\/translations\/ur\/services\/no-such-service\.md: \(file\): there is no service "no-such-service"/));
  });

  it('wants one phone label per phone, and no note the service does not have', () => {
    expect(lines).toContain("content/national/translations/ur/services/helpline.md: phoneLabels: give one label (or null) for each of the service's 2 phones, in the same order");
    expect(lines).toContain('content/national/translations/ur/services/helpline.md: hoursNote: the service has no hours note to translate; remove this field');
  });

  it('rejects an unknown crime type in a translation', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/national\/translations\/ur\/crime-types\.yaml: crimeTypes\.shoplifting: unknown crime type "shoplifting"/));
  });

  it('rejects pages in a language the site does not have, or without an English original', () => {
    expect(lines).toContain('content/areas/test/pages/xx/about.md: (file): "xx" is not one of the site\'s languages (content/areas/test/area.yaml)');
    expect(lines).toContain('content/areas/test/pages/ur/missing-original.md: (file): there is no en page "missing-original" to translate; use the same file name as the en page');
  });

  it('reports nothing else', () => {
    expect(lines).toHaveLength(7);
  });
});

describe('translation report', () => {
  const report = translationReport(snapshot, {
    en: { 'a.one': 'A', 'b.count_one': '{{count}} b', 'b.count_other': '{{count}} bs', 'questionnaire.q': 'Q' },
    ur: { 'a.one': 'اے', 'b.count_other': '{{count}} بی' },
  });

  it('counts interface keys without plural suffixes, and the questionnaire apart', () => {
    expect(report).toHaveLength(1);
    expect(report[0]!.interface).toMatchObject({ done: 2, total: 2, reviewed: 0, missing: [] });
    expect(report[0]!.questionnaire).toMatchObject({ done: 0, total: 1, missing: ['questionnaire.q'] });
  });

  it('counts translated and reviewed pages, services and crime types, and lists what is missing', () => {
    const ur = report[0]!;
    expect(ur.pages).toMatchObject({ done: 1, total: 1, reviewed: 0 });
    expect(ur.crimeTypes).toMatchObject({ done: 1, total: 2, reviewed: 0, missing: ['burglary'] });
    expect(ur.services).toMatchObject({ done: 1, total: 2, reviewed: 0, missing: ['other'] });
    expect(formatReport(report).join('\n')).toMatch(/ur: shown in English until translated:\n {2}questionnaire: questionnaire\.q/);
  });
});
