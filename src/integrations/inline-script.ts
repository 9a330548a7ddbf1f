// Vite plugin: `import { code, hash } from './x.ts?inline-script'` gives the TypeScript file compiled
// and minified into one classic script (`code`), and its Content-Security-Policy hash (`hash`).
//
// Astro bundles an ordinary <script> as a module, and module scripts wait until the whole page has
// been read. The quick exit must work from the first moment a page shows, even on a slow phone
// where the rest of the page is still arriving, so it is written into the page as a classic inline
// script instead, and its hash goes into the page's CSP (see QuickExit.astro).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { minify, transformWithOxc, type Plugin } from 'vite';

const QUERY = '?inline-script';

/** The hash a CSP needs to allow an inline script with exactly this text. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** Compiles one self-contained TypeScript file (no imports) into a minified classic script. */
export async function compileInlineScript(file: string): Promise<string> {
  const source = await readFile(file, 'utf8');
  const js = await transformWithOxc(source, file, { lang: 'ts', target: 'es2020' });
  const min = await minify(file.replace(/\.ts$/, '.js'), js.code, { module: false, compress: true, mangle: true });
  if (min.errors.length) throw new Error(`${file}: ${min.errors.map((e) => e.message).join('; ')}`);
  return min.code.trim();
}

export function inlineScript(): Plugin {
  return {
    name: 'signpost:inline-script',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      const code = await compileInlineScript(file);
      return `export const code = ${JSON.stringify(code)};\nexport const hash = ${JSON.stringify(cspHash(code))};\n`;
    },
  };
}
