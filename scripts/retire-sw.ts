// Writes the retiring service worker (src/sw/retire.ts) as <folder>/sw.js (dist/ unless a folder
// is given): publish it, alone or with a "this site has closed" page, where the site was, and
// every device that saved a copy deletes it on its next visit. See "Taking the site down" in README.md.
//   npm run retire            -> dist/sw.js
//   npm run retire -- <dir>   -> <dir>/sw.js
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const dir = process.argv[2] ?? 'dist';
mkdirSync(dir, { recursive: true });
await build({
  entryPoints: ['src/sw/retire.ts'],
  outfile: join(dir, 'sw.js'),
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
});
console.log(`retire-sw: wrote ${join(dir, 'sw.js')}, a worker that deletes the saved copy and unregisters on every device that has one.`);
