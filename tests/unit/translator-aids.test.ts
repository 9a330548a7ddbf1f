// What keeps translations right: a description for translators of every interface string (where it
// appears, who hears it), and no digit right after a Latin word in right-to-left text (the
// bidirectional algorithm shows "Shift 3" as "3 Shift" there).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArea } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';
import { baseKey } from '../../src/lib/translation-version.ts';

const en = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<string, string>;
const descriptions = JSON.parse(readFileSync('src/i18n/descriptions.json', 'utf8')) as Record<string, string>;
const area = loadArea('content', chosenAreaId('content'));

describe('descriptions for translators', () => {
  it('describe every interface string, and nothing that is not one', () => {
    const keys = [...new Set(Object.keys(en).map(baseKey))];
    expect(keys.filter((k) => !descriptions[k]?.trim())).toEqual([]);
    expect(Object.keys(descriptions).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('say what each {{placeholder}} holds', () => {
    const missing = Object.entries(en).flatMap(([k, v]) =>
      [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((name) => !descriptions[baseKey(k)]!.includes(name)).map((name) => `${k}: {{${name}}}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('right-to-left text', () => {
  const rtl = area.locales.filter((l) => l.dir === 'rtl').map((l) => l.code);
  const LATIN_THEN_DIGIT = /[A-Za-z][A-Za-z'’.]*[ \u00a0]+\d/;

  it.each(rtl)('%s: no digit right after a Latin word (it would show in the wrong order)', (code) => {
    const found: string[] = [];
    const strings = JSON.parse(readFileSync(`src/i18n/locales/${code}.json`, 'utf8')) as Record<string, string>;
    for (const [k, v] of Object.entries(strings)) if (LATIN_THEN_DIGIT.test(v)) found.push(`${code}.json ${k}: ${v}`);
    // Every translated page and service text in the repository, national and in every area.
    const files = readdirSync('content', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => `${e.parentPath}/${e.name}`)
      .filter((f) => f.includes(`/pages/${code}/`) || f.includes(`/translations/${code}/services/`));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Link targets and frontmatter fields are not shown as text.
          const shown = line.replace(/\]\([^)]*\)/g, ']').replace(/^(translatedFrom|reviewed):.*$/, '');
          if (LATIN_THEN_DIGIT.test(shown)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
