// `npm run import:oruk -- <file or folder> [--content <dir>] [--feed <address>]`: turns an Open
// Referral UK / HSDS 3.0 feed (a page of services, one service, a list, or a folder of such JSON
// files, e.g. a saved copy of another site's /openreferral/) into service files in
// <content>/imported/ (default content/). Nothing there is published: an editor checks each file
// against the service's own pages, then moves it to content/services/. `npm run check:content`
// checks the imported files too. A bad or partial feed gives a report, not a crash.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { checkContent, formatProblem } from '../src/lib/content-files.ts';
import { chosenAreaId, contentLayout, defaultAreaId } from '../src/lib/content-layers.ts';
import { importService, isServiceRecord, type ImportedFile } from '../src/lib/oruk-import.ts';

export interface ImportReport {
  written: string[];
  skipped: string[];
  problems: string[];
}

function jsonFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map((f) => join(path, String(f)))
    .filter((f) => f.endsWith('.json') && statSync(f).isFile())
    .sort();
}

/** Imports every service record found under `input` into `contentDir`/imported/. */
export function importFeed(input: string, contentDir: string, options: { feed?: string; today?: string; area?: string } = {}): ImportReport {
  const areaId = options.area ?? defaultAreaId(contentDir);
  const report: ImportReport = { written: [], skipped: [], problems: [] };
  const files = jsonFiles(input);
  if (files.length === 0) report.problems.push(`${input}: no JSON file found (give a feed file, or a folder of them)`);
  // The same service may come in a page and on its own: the fuller record (more fields) wins.
  const records = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      report.problems.push(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const page = json as { contents?: unknown };
    const items = Array.isArray(json) ? json : Array.isArray(page?.contents) ? page.contents : [json];
    for (const [i, item] of items.entries()) {
      const where = items.length > 1 ? `${file} item ${i + 1}` : file;
      if (!isServiceRecord(item)) {
        report.skipped.push(`${where}: not a service record (a service has id, name and status)`);
        continue;
      }
      if (typeof item.name !== 'string' || item.name.trim() === '') {
        report.problems.push(`${where}: a service without a name: skipped`);
        continue;
      }
      const id = String(item.id);
      const known = records.get(id);
      if (!known || Object.keys(item).length > Object.keys(known).length) records.set(id, item);
    }
  }
  const snapshot = checkContent(contentDir, join(contentDir, '..'), areaId);
  const ctx = { districts: snapshot.districts, crimeTypes: snapshot.crimeTypes, feed: options.feed ?? input, today: options.today ?? new Date().toISOString().slice(0, 10) };
  const out = join(contentLayout(contentDir, areaId).area, 'imported');
  mkdirSync(out, { recursive: true });
  const taken = new Set([...snapshot.services.map((s) => s.id), ...readdirSync(out).map((f) => f.replace(/\.md$/, ''))]);
  for (const record of records.values()) {
    const file: ImportedFile = importService(record, ctx);
    let slug = file.slug;
    for (let n = 2; taken.has(slug); n++) slug = `${file.slug}-${n}`;
    taken.add(slug);
    const path = join(out, `${slug}.md`);
    writeFileSync(path, `---\n${stringify(file.data, { lineWidth: 0 })}---\n${file.body}`);
    report.written.push(`${path}${file.notes.length > 0 ? `: ${file.notes.length} thing(s) to check (listed under unverified)` : ''}`);
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const contentDir = option('--content') ?? 'content';
  const feed = option('--feed');
  const input = args[0];
  if (!input) {
    console.error('usage: npm run import:oruk -- <feed file or folder> [--content <dir>] [--feed <address it came from>]');
    process.exit(2);
  }
  const areaId = chosenAreaId(contentDir);
  const report = importFeed(input, contentDir, { feed, area: areaId });
  for (const line of report.written) console.log(`wrote ${line}`);
  if (report.skipped.length > 0) console.log(`skipped ${report.skipped.length} record(s) that are not services`);
  for (const line of report.problems) console.error(line);
  const check = checkContent(contentDir, join(contentDir, '..'), areaId).problems.filter((p) => p.file.includes('/imported/'));
  for (const p of check) console.error(formatProblem(p));
  console.log(`${report.written.length} service(s) imported into ${relative('.', join(contentLayout(contentDir, areaId).area, 'imported'))}/: not published until an editor checks each and moves it to the area's services/ folder.`);
  process.exit(report.written.length === 0 ? 1 : 0);
}
