// Content in two layers (src/lib/content-layers.ts): which files make one area's site, on a made-up
// repository with a national layer and three areas (tests/fixtures/two-areas/): North Shire in
// England (leaves one national service out), West Vale in Wales, and one full of mistakes.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { areaIds, chosenAreaId, contentLayout, defaultAreaId, showsNationalService, siteFiles } from '../../src/lib/content-layers.ts';
import { parsePhoneRef, phoneRefsIn } from '../../src/lib/phone-refs.ts';

const root = fileURLToPath(new URL('../fixtures/two-areas/', import.meta.url));
const content = `${root}content`;
const files = (area: string) => siteFiles(contentLayout(content, area));
const problems = (area: string) => checkContent(content, root, area).problems.map(formatProblem);

describe('choosing the area', () => {
  it('lists the area folders and builds content/areas.yaml\'s default when SIGNPOST_AREA is not set', () => {
    expect(areaIds(content)).toEqual(['north', 'west', 'wrong']);
    expect(defaultAreaId(content)).toBe('north');
    expect(chosenAreaId(content, '')).toBe('north');
    expect(chosenAreaId(content, 'west')).toBe('west');
  });

  it('refuses an area that has no folder, naming the ones there are', () => {
    expect(() => chosenAreaId(content, 'east')).toThrow(/no area "east".*use one of north, west, wrong \(SIGNPOST_AREA\)/);
  });
});

describe('national services', () => {
  it('an area shows those that cover its nation, or do not say, less those it excludes', () => {
    expect(showsNationalService({ nation: 'england' }, 'x', ['england', 'wales'])).toBe(true);
    expect(showsNationalService({ nation: 'england' }, 'x', ['wales'])).toBe(false);
    expect(showsNationalService({ nation: 'england' }, 'x', undefined)).toBe(true);
    expect(showsNationalService({ nation: 'england', nationalServices: { exclude: ['x'] } }, 'x', undefined)).toBe(false);
  });

  it('England leaves out the Wales line and the one it excludes; Wales shows every national service', () => {
    expect(files('north').services).toEqual(['national/services/uk-line.md', 'areas/north/services/north-help.md']);
    expect(files('north').nationalLeftOut).toEqual(['national/services/any-line.md', 'national/services/wales-line.md']);
    expect(files('west').services).toEqual([
      'national/services/any-line.md',
      'national/services/uk-line.md',
      'national/services/wales-line.md',
      'areas/west/services/west-help.md',
    ]);
  });

  it("a left-out service's translations are not built", () => {
    expect(files('north').serviceTranslations).toEqual(['national/translations/pl/services/uk-line.md']);
    expect(files('west').serviceTranslations).toContain('national/translations/pl/services/wales-line.md');
  });

  it('the content snapshot holds only the services the area shows', () => {
    expect(checkContent(content, root, 'north').services.map((s) => s.id)).toEqual(['uk-line', 'north-help']);
  });
});

describe('information pages', () => {
  it("an area's page replaces the national page of the same name in every language", () => {
    expect(files('north').pages).toEqual(['national/pages/en/rights.md', 'areas/north/pages/en/about.md']);
    expect(files('west').pages).toEqual(['national/pages/en/about.md', 'national/pages/en/rights.md', 'national/pages/pl/about.md']);
  });
});

describe('the content check, per area', () => {
  it('passes both good areas', () => {
    expect(problems('north')).toEqual([]);
    expect(problems('west')).toEqual([]);
  });

  it('names each mistake about the layers and about numbers written twice, with the file and what to do', () => {
    expect(problems('wrong')).toEqual([
      'content/areas/wrong/services/copied-national.md: areasServed: "national" is for services in content/national/services/ (written once for every area): move it there, or list this area\'s districts',
      'content/areas/wrong/services/uk-line.md: (file): there is a national service "uk-line" (content/national/services/uk-line.md): give this one another file name (to show it instead of the national one, also list "uk-line" under nationalServices.exclude in area.yaml)',
      'content/areas/wrong/area.yaml: nationalServices.exclude.0: there is no national service "no-such-line" in content/national/services/; use a file name from there',
      'content/areas/wrong/pages/en/numbers.md: line 5: "0808 157 0192" is the number of UK line: write <phone:uk-line> instead, so that it is written only in content/national/services/uk-line.md',
      'content/areas/wrong/pages/en/numbers.md: line 5: "<phone:wales-line>": there is no service "wales-line" on this area\'s site (use a service\'s file name)',
      'content/areas/wrong/pages/en/numbers.md: line 5: "<phone:uk-line/2>": uk-line has 1 phone number, not 2',
      'content/areas/wrong/pages/en/numbers.md: line 5: "<phone:Bad_Id>" is not a phone link: write <phone:service-id> (its first number) or <phone:service-id/2> (its second)',
    ]);
  });
});

describe('<phone:service-id> in Markdown', () => {
  it('names a service and which of its phones (the first unless /n says)', () => {
    expect(parsePhoneRef('phone:uk-line')).toEqual({ service: 'uk-line', index: 0 });
    expect(parsePhoneRef('phone:forced-marriage-unit/2')).toEqual({ service: 'forced-marriage-unit', index: 1 });
    expect(parsePhoneRef('tel:+448081570192')).toBeUndefined();
    expect(parsePhoneRef('phone:uk-line/0')).toBeUndefined();
  });

  it('is found in autolinks and in links, with its line', () => {
    expect(phoneRefsIn('One <phone:a>.\n[call](phone:b/2) and <https://example.org>').map((r) => [r.service, r.index, r.line])).toEqual([
      ['a', 0, 1],
      ['b', 1, 2],
    ]);
  });
});
