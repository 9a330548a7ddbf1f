// `npm run i18n:stamp -- <lang> <what> ...`: records that a translation now matches the current
// English, after a translator has brought it up to date. <what> is one or more of:
//   pages/<slug>      pages/<lang>/<slug>.md beside the English page (national or the area's)
//   services/<id>     translations/<lang>/services/<id>.md in the service's layer
//   crime-types       content/national/translations/<lang>/crime-types.yaml
// Pages and services are those of the area being built (SIGNPOST_AREA, or the default area).
//   ui/<key>          one interface string in src/i18n/locales/<lang>.json (plural forms together)
//   ui                every interface string the language has
// It writes the English version into the file (translatedFrom) or src/i18n/translated-from/<lang>.json.
// Only stamp what you have checked against the current English: `npm run i18n:status` lists what changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkContent } from '../src/lib/content-files.ts';
import { chosenAreaId, contentLayout, siteFiles, splitFrontmatter } from '../src/lib/content-layers.ts';
import { baseKey, crimeTypeWords, englishVersion, pageWords, serviceWords, uiVersions } from '../src/lib/translation-version.ts';

const [lang, ...what] = process.argv.slice(2);
if (!lang || what.length === 0) {
  console.error('usage: npm run i18n:stamp -- <lang> pages/<slug> | services/<id> | crime-types | ui/<key> | ui ...');
  process.exit(2);
}
const read = (file: string) => readFileSync(file, 'utf8');
const layout = contentLayout('content', chosenAreaId('content'));
const files = siteFiles(layout);
const snapshot = checkContent('content', '.', layout.areaId);
/** The one file in `list` (paths relative to content/) ending with `suffix`, as a path from the repository. */
function find(list: string[], suffix: string, what: string): string {
  const file = list.find((f) => f.endsWith(suffix));
  if (!file) throw new Error(`there is no ${what} in the content of area "${layout.areaId}"`);
  return `content/${file}`;
}
function english(file: string) {
  const split = splitFrontmatter(read(file));
  if (!split) throw new Error(`${file} has no frontmatter`);
  return split as { data: Record<string, unknown>; body: string };
}
/** Sets `translatedFrom` in a Markdown or YAML file, after its `reviewed:` line. */
function stampFile(file: string, version: string) {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const text = read(file);
  const next = /^translatedFrom:.*$/m.test(text)
    ? text.replace(/^translatedFrom:.*$/m, `translatedFrom: "${version}"`)
    : text.replace(/^(reviewed:.*)$/m, `$1\ntranslatedFrom: "${version}"`);
  if (next === text && !text.includes(`translatedFrom: "${version}"`)) throw new Error(`${file}: add a "reviewed:" line first`);
  writeFileSync(file, next);
  console.log(`${file}: translatedFrom ${version}`);
}

const en = JSON.parse(read('src/i18n/locales/en.json')) as Record<string, string>;
const own = JSON.parse(read(`src/i18n/locales/${lang}.json`)) as Record<string, string>;
const stampsFile = `src/i18n/translated-from/${lang}.json`;
const stamps = existsSync(stampsFile) ? (JSON.parse(read(stampsFile)) as Record<string, string>) : {};
const versions = uiVersions(en);
let uiChanged = false;
for (const item of what) {
  const [kind, ...rest] = item.split('/');
  const id = rest.join('/');
  if (kind === 'pages') {
    const file = find(files.pages, `/pages/en/${id}.md`, `English page "${id}"`);
    const e = english(file);
    stampFile(file.replace(/\/pages\/en\//, `/pages/${lang}/`), englishVersion(pageWords(e.data, e.body)));
  } else if (kind === 'services') {
    const file = find(files.services, `/services/${id}.md`, `service "${id}"`);
    // The service as the site reads it (e.g. phone labels with {international} filled in).
    const service = snapshot.services.find((s) => s.id === id);
    if (!service) throw new Error(`${file} does not pass the content check: run npm run check:content`);
    stampFile(file.replace(/\/services\/[^/]+\.md$/, `/translations/${lang}/services/${id}.md`), englishVersion(serviceWords(service, service.body)));
  } else if (kind === 'crime-types') {
    stampFile(`${layout.national}/translations/${lang}/crime-types.yaml`, englishVersion(crimeTypeWords(parse(read(`content/${files.crimeTypes}`)) as [])));
  } else if (kind === 'ui') {
    const keys = id ? [id] : [...new Set(Object.keys(own).map(baseKey))];
    for (const key of keys) {
      if (!versions[key]) throw new Error(`"${key}" is not an interface key in en.json`);
      if (!Object.keys(own).some((k) => baseKey(k) === key)) throw new Error(`"${key}" is not translated in ${lang}.json yet`);
      stamps[key] = versions[key]!;
    }
    uiChanged = true;
    console.log(`${stampsFile}: ${keys.length} key(s)`);
  } else {
    throw new Error(`unknown "${item}": use pages/<slug>, services/<id>, crime-types, ui/<key> or ui`);
  }
}
if (uiChanged) {
  const ordered = Object.fromEntries(Object.keys(versions).filter((k) => stamps[k]).map((k) => [k, stamps[k]!]));
  mkdirSync('src/i18n/translated-from', { recursive: true });
  writeFileSync(stampsFile, `${JSON.stringify(ordered, null, 2)}\n`);
}
