import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';
import { checkContent, ContentError, formatProblem } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';

const badSite = fileURLToPath(new URL('../fixtures/bad-site/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('friendly content errors', () => {
  const { problems, services } = checkContent(`${badSite}content`, badSite);
  const lines = problems.map(formatProblem);

  it('names the file and the field of a missing field', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/areas\/test\/services\/missing-summary\.md: summary: /));
  });

  it('names an unknown crime type and lists the allowed ones', () => {
    expect(lines).toContain(
      'content/areas/test/services/unknown-refs.md: crimeTypes.1: unknown crime type "shoplifting"; use one of: burglary, fraud, any',
    );
  });

  it('names an unknown district and lists the allowed ones', () => {
    expect(lines).toContain(
      'content/areas/test/services/unknown-refs.md: areasServed.0: unknown district "east-town"; use one of: north-town, south-town, national',
    );
  });

  it('rejects a malformed phone number and says how to write one', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/national\/services\/bad-phone\.md: contact\.phones\.0\.number: "0800 123" is not a valid UK phone number/),
    );
  });

  it('rejects an impossible date and shows the expected form', () => {
    expect(lines).toContain('content/areas/test/services/bad-date.md: lastChecked: "2026-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21');
  });

  it('reports exactly one line per problem and accepts the valid file', () => {
    expect(lines).toHaveLength(5);
    expect(services.map((s) => s.id)).toEqual(['good']);
  });

  it('fails the build from the integration hook with every problem listed', () => {
    const hook = contentCheck().hooks['astro:config:setup']!;
    // The fixture's only area, whichever area this run builds (SIGNPOST_AREA).
    vi.stubEnv('SIGNPOST_AREA', '');
    const call = () =>
      (hook as (o: unknown) => void)({ config: { root: new URL(`file://${badSite}`) }, logger: { info: () => {} } });
    expect(call).toThrow(ContentError);
    expect(call).toThrow(/5 problems in content\/:\n {2}content\/national\/services\/bad-phone\.md: contact\.phones\.0\.number:/);
  });

  it('finds no problem in the real content', () => {
    const real = checkContent(`${repo}content`, repo, chosenAreaId(`${repo}content`));
    expect(real.problems.map(formatProblem)).toEqual([]);
    expect(real.services.length).toBeGreaterThan(0);
  });
});
