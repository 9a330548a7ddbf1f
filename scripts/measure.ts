// `npm run measure`: gzip bytes of HTML, CSS and JavaScript for each kind of built page (the
// heaviest page of each kind), against the budgets. Prints figures; never fails.
import { BUDGET, builtHtmlFiles, pageType, pageWeight, type Weight } from './lib/page-weight.ts';

const dist = 'dist';
const heaviest = new Map<string, Weight & { count: number }>();
for (const file of builtHtmlFiles(dist)) {
  const w = pageWeight(dist, file);
  const type = pageType(w.path);
  const prev = heaviest.get(type);
  if (!prev || w.total > prev.total) heaviest.set(type, { ...w, count: (prev?.count ?? 0) + 1 });
  else prev.count += 1;
}
const kib = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log('gzip KiB, heaviest page of each kind (budget: 14 KiB without an island, 100 KiB with one)\n');
console.log(`${'page kind'.padEnd(34)} ${'pages'.padStart(5)}   html    css     js  total  budget  heaviest`);
for (const [type, w] of [...heaviest].sort()) {
  const budget = w.island ? BUDGET.island : BUDGET.plain;
  const mark = w.total <= budget ? 'ok' : 'OVER';
  console.log(`${type.padEnd(34)} ${String(w.count).padStart(5)} ${kib(w.html)} ${kib(w.css)} ${kib(w.js)} ${kib(w.total)}  ${mark.padStart(6)}  ${w.path}`);
}
