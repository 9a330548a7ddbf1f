import { readFileSync, readdirSync } from 'node:fs';
import { checkContent } from './src/lib/content-files.ts';
import { findNumbers } from './src/lib/withheld.ts';
const snap = checkContent('content', '.', 'derbyshire');
const files = readdirSync('.', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.includes('node_modules') && !e.parentPath.startsWith('dist') && !e.parentPath.startsWith('.git') && !e.parentPath.startsWith('test-results') && /\.(md|ya?ml|ts|tsx|astro|json)$/.test(e.name)).map((e) => `${e.parentPath}/${e.name}`);
const texts = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
for (const s of snap.services.filter((s) => s.areasServed.includes('national'))) for (const p of s.contact.phones) {
  if (p.short) continue;
  const hits = texts.filter(([, t]) => findNumbers(t, [{ number: p.number }]).length > 0).map(([f]) => f);
  console.log(s.id, p.number, hits.length, hits.filter((f) => !f.includes(`/${s.id}.md`)).slice(0, 6).join(' '));
}
