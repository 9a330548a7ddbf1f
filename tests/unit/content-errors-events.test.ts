import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';
import { checkContent, ContentError, formatProblem } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';

// A second bad site (tests/fixtures/bad-events): bad roadshow events, withheld numbers that leaked
// into content, and a page whose frontmatter is not valid YAML.
const badSite = fileURLToPath(new URL('../fixtures/bad-events/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('friendly errors for events and withheld numbers', () => {
  const { problems, events, services, pages, withheld } = checkContent(`${badSite}content`, badSite);
  const lines = problems.map(formatProblem);

  it('names the event and the field of each bad event', () => {
    expect(lines).toContain('content/areas/test/events.yaml: unknown-district.district: unknown district "east-town"; use one of: north-town, south-town');
    expect(lines).toContain('content/areas/test/events.yaml: bad-date.date: "2027-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21');
    expect(lines).toContain('content/areas/test/events.yaml: ends-first.ends: ends must be later than starts');
    expect(lines).toContain('content/areas/test/events.yaml: no-venue.venue: say where it takes place, e.g. "the Central Library"');
    expect(lines).toContain('content/areas/test/events.yaml: good.id: "good" is used twice; ids must be unique');
  });

  it('finds a withheld number in a service and in a page, whatever its spacing, with the line', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/areas\/test\/services\/leaky\.md: line 11: "\+44 \(0\)800 612 6505" must not be published \(lead: /),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^content\/areas\/test\/pages\/en\/leaky\.md: line 5: "0800-500-2222" must not be published \(conflict: /));
  });

  it('refuses a number in a body that no source gives: in a service, one that is not its own; in a page, one no service publishes', () => {
    const unsourced = lines.filter((l) => /: line \d+: ".*" is not (one of this service's sourced numbers|a number any service publishes with a source)/.test(l));
    expect(unsourced).toEqual([
      expect.stringMatching(/^content\/areas\/test\/services\/leaky\.md: line 11: "\+44 \(0\)800 612 6505" is not one of this service's sourced numbers: add it to contact\.phones with its source/),
      expect.stringMatching(/^content\/areas\/test\/pages\/en\/leaky\.md: line 5: "0800-500-2222" is not a number any service publishes with a source/),
    ]);
  });

  it('checks the withheld list itself', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/areas\/test\/withheld-numbers\.yaml: \[2\]\.number: write the number with digits and spaces only/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/areas\/test\/withheld-numbers\.yaml: \[2\]\.reason: /));
    expect(withheld.map((w) => w.number)).toEqual(['0800 612 6505', '0800 500 2222']);
  });

  it('reports frontmatter that is not valid YAML instead of crashing', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/areas\/test\/pages\/en\/bad-yaml\.md: \(file\): frontmatter is not valid YAML: .*\(put text containing ": " in double quotes\)$/),
    );
  });

  it('reports exactly one line per problem and keeps the valid entries', () => {
    // The ten of before, and the two withheld numbers as numbers no source gives.
    expect(lines).toHaveLength(12);
    expect(new Set(lines).size, lines.join('\n')).toBe(lines.length);
    expect(events.map((e) => e.id)).toEqual(['good', 'good']);
    expect(services.map((s) => s.id)).toEqual(['good', 'leaky']);
    expect(pages).toEqual(['en/leaky']);
  });

  it('fails the build from the integration hook', () => {
    const hook = contentCheck().hooks['astro:config:setup']!;
    // The fixture's only area, whichever area this run builds (SIGNPOST_AREA).
    vi.stubEnv('SIGNPOST_AREA', '');
    const call = () =>
      (hook as (o: unknown) => void)({ config: { root: new URL(`file://${badSite}`) }, logger: { info: () => {} } });
    expect(call).toThrow(ContentError);
    expect(call).toThrow(/12 problems in content\/:/);
  });

  it('treats a missing events file as no events, and the real events file as an empty list', () => {
    const oldSite = fileURLToPath(new URL('../fixtures/bad-site/', import.meta.url));
    expect(checkContent(`${oldSite}content`, oldSite).events).toEqual([]);
    const real = checkContent(`${repo}content`, repo, chosenAreaId(`${repo}content`));
    expect(real.problems).toEqual([]);
    expect(real.events).toEqual([]);
  });
});
