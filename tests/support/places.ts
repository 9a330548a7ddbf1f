// The place names and services of each area folder, to check that code names none of them and that
// one area's build carries no other area's places.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { areaIds, contentLayout, serviceFiles, splitFrontmatter } from '../../src/lib/content-layers.ts';

const CONTENT = 'content';

/** Every word written in lower case in the national English content ("read", "church"): a town named like one cannot be told from the word. */
function ordinaryWords(): Set<string> {
  const dir = join(CONTENT, 'national');
  const text = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name) && !e.parentPath.includes('/translations') && !/\/pages\/(?!en)/.test(`${e.parentPath}/`))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
  return new Set(text.match(/\b[a-z][a-z-]+\b/g) ?? []);
}

export interface AreaNames {
  id: string;
  /** The area's name, its districts' names and their towns (less towns that are ordinary words). */
  places: string[];
  /** The area's own services: file names and names. */
  serviceIds: string[];
  serviceNames: string[];
}

export function areaNames(): AreaNames[] {
  const words = ordinaryWords();
  return areaIds(CONTENT).map((id) => {
    const layout = contentLayout(CONTENT, id);
    const area = parse(readFileSync(join(layout.area, 'area.yaml'), 'utf8')) as { name: string };
    const districts = parse(readFileSync(join(layout.area, 'districts.yaml'), 'utf8')) as Array<{ name: string; towns?: string[] }>;
    const towns = districts.flatMap((d) => d.towns ?? []).filter((t) => !words.has(t.toLowerCase()));
    const services = [...serviceFiles(layout.area)].map(([sid, file]) => ({ id: sid, name: (splitFrontmatter(readFileSync(file, 'utf8'))!.data as { name: string }).name }));
    return {
      id,
      places: [...new Set([area.name, ...districts.map((d) => d.name), ...towns])],
      serviceIds: services.map((s) => s.id),
      serviceNames: services.map((s) => s.name),
    };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word, as written (case matters: "Read" the town, not "read"). */
export const wordPattern = (names: readonly string[]) => new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])`, 'g');
