import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { groupOffline, offlineGroup, offlineUrl, savedCopyAge, savedCopyNotice, savedCopyText, SHARED, type PagefindEntry, type SavedCopyInfo } from '../../src/lib/offline.ts';

const locales = ['en', 'ur'];
// As Pagefind writes it: English has its own WebAssembly, Urdu uses the generic one.
const pagefind: PagefindEntry = {
  languages: { en: { hash: 'en_11bd92143b', wasm: 'en' }, ur: { hash: 'ur_6d81d7dbaa', wasm: null } },
};

describe('which built file belongs to which language', () => {
  it.each([
    ['en/index.html', 'en'],
    ['en/services/mind/index.html', 'en'],
    ['ur/my-list/services.json', 'ur'],
    ['ur/find-help/step/where/index.html', 'ur'],
    ['pagefind/index/en_18508c6.pf_index', 'en'],
    ['pagefind/fragment/ur_1034a89.pf_fragment', 'ur'],
    ['pagefind/filter/en_1034a89.pf_filter', 'en'],
    ['pagefind/pagefind.en_11bd92143b.pf_meta', 'en'],
    ['pagefind/pagefind.ur_6d81d7dbaa.pf_meta', 'ur'],
    ['pagefind/wasm.en.pagefind', 'en'],
    ['pagefind/wasm.unknown.pagefind', 'ur'],
    ['pagefind/pagefind.js', SHARED],
    ['pagefind/pagefind-worker.js', SHARED],
    ['pagefind/pagefind-entry.json', SHARED],
    ['_astro/client.Cd-EeyjT.js', SHARED],
    ['index.html', SHARED],
    ['favicon.svg', SHARED],
    ['_headers', null],
    ['robots.txt', null],
    ['404.html', null],
    ['sw.js', null],
    ['pagefind/index/fr_1a2b3c.pf_index', null],
    ['pagefind/pagefind-ui.js', null],
    ['pagefind/pagefind-ui.css', null],
    ['pagefind/pagefind-modular-ui.js', null],
    ['pagefind/pagefind-component-ui.js', null],
    ['pagefind/pagefind-highlight.js', null],
  ])('%s: %s', (path, group) => {
    expect(offlineGroup(path, locales, pagefind)).toBe(group);
  });

  it('shares the generic search program when several languages use it, and leaves it out when none does', () => {
    const both: PagefindEntry = { languages: { en: { hash: 'en_1', wasm: null }, ur: { hash: 'ur_1', wasm: null } } };
    expect(offlineGroup('pagefind/wasm.unknown.pagefind', locales, both)).toBe(SHARED);
    const neither: PagefindEntry = { languages: { en: { hash: 'en_1', wasm: 'en' }, ur: { hash: 'ur_1', wasm: 'ur' } } };
    expect(offlineGroup('pagefind/wasm.unknown.pagefind', locales, neither)).toBeNull();
  });

  it('matches a language with a region by Pagefind’s lower-case key', () => {
    const entry: PagefindEntry = { languages: { 'pt-br': { hash: 'pt-br_1', wasm: 'pt' } } };
    expect(offlineGroup('pagefind/index/pt-br_9f.pf_index', ['pt-BR'], entry)).toBe('pt-BR');
    expect(offlineGroup('pagefind/wasm.pt.pagefind', ['pt-BR'], entry)).toBe('pt-BR');
    expect(offlineGroup('pt-BR/index.html', ['pt-BR'], entry)).toBe('pt-BR');
  });
});

describe('addresses', () => {
  it.each([
    ['index.html', '/'],
    ['en/index.html', '/en/'],
    ['en/services/mind/index.html', '/en/services/mind/'],
    ['en/my-list/services.json', '/en/my-list/services.json'],
    ['_astro/a.B1.js', '/_astro/a.B1.js'],
    ['pagefind/pagefind.js', '/pagefind/pagefind.js'],
  ])('%s is asked for as %s', (path, url) => {
    expect(offlineUrl(path)).toBe(url);
  });
});

describe('the list written into the service worker', () => {
  it('groups files by language with their revisions, in a stable order, leaving out what is never saved', () => {
    const manifest = groupOffline(
      [
        { url: 'ur/index.html', revision: 'b' },
        { url: 'en/index.html', revision: 'a' },
        { url: '_astro/x.1.js', revision: null },
        { url: 'pagefind/index/en_1.pf_index', revision: null },
        { url: '_headers', revision: 'c' },
        { url: 'en/roadshows/index.html', revision: 'd' },
      ],
      locales,
      pagefind,
    );
    expect(manifest).toEqual({
      shared: [{ url: '/_astro/x.1.js', revision: null }],
      locales: {
        en: [
          { url: '/en/', revision: 'a' },
          { url: '/en/roadshows/', revision: 'd' },
          { url: '/pagefind/index/en_1.pf_index', revision: null },
        ],
        ur: [{ url: '/ur/', revision: 'b' }],
      },
    });
  });

  it('has a group for every language, even one with no file yet', () => {
    expect(groupOffline([], locales).locales).toEqual({ en: [], ur: [] });
  });
});

describe('the notice on a page from the saved copy', () => {
  const info: SavedCopyInfo = {
    builtAt: '2026-12-02T23:30:00Z',
    warnAfterDays: 30,
    notices: { en: { recent: 'Saved copy from {{date}}: details may have changed.', old: 'Old copy from {{date}}.' } },
  };

  it('dates the copy by the UK day it was built on, in the reader’s language', () => {
    // 23:30 UTC on 2 December is still 2 December in the UK in winter.
    expect(savedCopyText(info, 'en', 'recent')).toBe('Saved copy from 2 December 2026: details may have changed.');
    expect(savedCopyText({ ...info, builtAt: '2026-07-02T23:30:00Z' }, 'en', 'old')).toBe('Old copy from 3 July 2026.');
    expect(savedCopyText(info, 'xx', 'recent')).toBeUndefined();
  });

  it('is "old" only past warnAfterDays', () => {
    const built = new Date(info.builtAt);
    expect(savedCopyAge(built, new Date(built.getTime() + 30 * 86_400_000), 30)).toBe('recent');
    expect(savedCopyAge(built, new Date(built.getTime() + 30 * 86_400_000 + 1), 30)).toBe('old');
  });

  it('goes at the start of <main>, with its words escaped, and leaves a page without <main> alone', () => {
    const html = '<body><header>x</header><main id="main" class="a">content</main></body>';
    const out = savedCopyNotice(html, 'Saved <copy> & "more"', 'old');
    expect(out).toMatch(/^<body><header>x<\/header><main id="main" class="a"><p data-saved-copy="old" role="note" class="[^"]+">Saved &#60;copy&#62; &#38; &#34;more&#34;<\/p>content<\/main>/);
    expect(savedCopyNotice('<p>no main</p>', 'x', 'recent')).toBe('<p>no main</p>');
  });
});

describe('the service worker source', () => {
  it('type-checks as a worker (src/sw/tsconfig.json: the WebWorker library, not the DOM)', () => {
    const configFile = resolve('src/sw/tsconfig.json');
    const { config } = ts.parseConfigFileTextToJson(configFile, readFileSync(configFile, 'utf8'));
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile));
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);
});
