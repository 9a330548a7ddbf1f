// Every area folder in content/areas/ (not only the one being built): its content passes the check,
// code names none of its places or services, and a national service's number is written once.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { areaIds } from '../../src/lib/content-layers.ts';
import { findNumbers } from '../../src/lib/withheld.ts';
import { areaNames, wordPattern } from '../support/places.ts';

const areas = areaIds('content');
const names = areaNames();

/** Every text file under the folders and files given (recursively). */
function textFiles(...paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && (/\.(ts|tsx|astro|mjs|js|json|css|md|ya?ml|txt|html|toml|csv)$/.test(e.name) || e.name === '_headers' || e.name === 'run'))
          .map((e) => join(e.parentPath, e.name))
      : [p],
  );
}

describe('every area folder', () => {
  it('there are at least two areas, so the code cannot quietly depend on one', () => {
    expect(areas.length).toBeGreaterThanOrEqual(2);
  });

  it.each(areas)('%s: its content passes the check', (id) => {
    expect(checkContent('content', '.', id).problems.map(formatProblem)).toEqual([]);
  });

  it.each(names.map((n) => [n.id, n] as const))('%s: no code names its places or its services', (_id, area) => {
    const code = textFiles('src', 'scripts', 'astro.config.mjs', 'public');
    const places = wordPattern([...area.places, ...area.serviceNames]);
    const ids = new RegExp(`['"\`/](?:${area.serviceIds.join('|')})['"\`/]`);
    const found = code.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(places)].map((m) => m[0]).concat(ids.exec(line)?.[0] ?? []).map((what) => `${file}:${i + 1}: ${what}`)),
    );
    expect(found).toEqual([]);
  });
});

it('no code names a national service by its file name', () => {
  const ids = readdirSync('content/national/services').map((f) => f.replace(/\.md$/, ''));
  const pattern = new RegExp(`(?<![\\w-])(?:${ids.join('|')})(?![\\w-])`);
  const found = textFiles('src', 'scripts', 'astro.config.mjs', 'public')
    .filter((f) => f !== 'scripts/seed-faults.ts') // it plants faults in named content files
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}`] : [])));
  expect(found).toEqual([]);
});

describe('a national service', () => {
  // Every text file of the repository (not what is installed or built).
  const skip = /^(node_modules|dist|test-results|\.git|\.astro)(\/|$)/;
  const files = readdirSync('.', { withFileTypes: true })
    .filter((e) => !skip.test(e.name))
    .flatMap((e) => textFiles(e.name))
    .filter((f) => !skip.test(f))
    .map((f) => [f, readFileSync(f, 'utf8')] as const);
  const national = checkContent('content', '.', areas[0]).services.filter((s) => s.areasServed.includes('national'));

  it.each(national.map((s) => [s.id, s] as const))('%s: each of its numbers is written in exactly one file, its own', (id, s) => {
    for (const phone of s.contact.phones.filter((p) => !p.short)) {
      const where = files.filter(([, text]) => findNumbers(text, [{ number: phone.number }]).length > 0).map(([f]) => f);
      expect(where, phone.number).toEqual([`content/national/services/${id}.md`]);
    }
  });
});
