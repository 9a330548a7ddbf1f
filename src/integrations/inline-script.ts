// Vite plugin: `import { code, hash } from './x.ts?inline-script'` gives the TypeScript file compiled
// and minified into one classic script (`code`), and its Content-Security-Policy hash (`hash`).
//
// Astro bundles an ordinary <script> as a module, and module scripts wait until the whole page has
// been read. The quick exit must work from the first moment a page shows, even on a slow phone
// where the rest of the page is still arriving, so it is written into the page as a classic inline
// script instead, and its hash goes into the page's CSP (see QuickExit.astro).
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const QUERY = '?inline-script';

/** The hash a CSP needs to allow an inline script with exactly this text. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * Compiles one TypeScript file, with the modules it imports bundled in, into a minified classic
 * script. Returns the script and the files it was built from.
 */
export async function bundleInlineScript(file: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    // A classic script in the page, not a module: no "use strict" prologue (the project's tsconfig asks for one).
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  return { code: result.outputFiles[0]!.text.trim(), inputs: Object.keys(result.metafile.inputs) };
}

export async function compileInlineScript(file: string): Promise<string> {
  return (await bundleInlineScript(file)).code;
}

export function inlineScript(): Plugin {
  return {
    name: 'signpost:inline-script',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      const { code, inputs } = await bundleInlineScript(file);
      for (const input of inputs) this.addWatchFile(input);
      return `export const code = ${JSON.stringify(code)};\nexport const hash = ${JSON.stringify(cspHash(code))};\n`;
    },
  };
}
