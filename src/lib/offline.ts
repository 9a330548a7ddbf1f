/**
 * What the service worker saves for use without a connection, grouped so that a device saves only
 * the languages it uses: once a page of a language has loaded, the worker saves that language's
 * group and the shared group (scripts, styles, the search program). Pure logic on the list of
 * built files; scripts/build-sw.ts feeds it dist/ and writes the result into dist/sw.js.
 *
 * Which file is whose:
 * - /<lang>/**: that language's pages (and data such as my-list/services.json);
 * - Pagefind's index for a language: pagefind/index/<lang>_*, fragment/<lang>_*, filter/<lang>_*,
 *   pagefind.<lang>_<hash>.pf_meta, and the WebAssembly file pagefind-entry.json names for it
 *   (wasm.<lang>.pagefind, or wasm.unknown.pagefind for a language Pagefind has no stemmer for,
 *   which goes to the shared group when several languages use it);
 * - everything else (/_astro/**, the rest of /pagefind/, the root page, the icon): shared.
 * Never saved: files for the host (_headers, robots.txt), the 404 page, the worker itself, and
 * the ready-made search interfaces Pagefind writes next to its program (pagefind-ui.js,
 * pagefind-modular-ui.js, pagefind-component-ui.js, pagefind-highlight.js and their styles, some
 * 420 KiB): the site's own search island uses only Pagefind's JavaScript API (pagefind.js).
 */

import { dayMonthYear } from './dates.ts';
import { ukDay } from './events.ts';
import { escapeHtml } from './html.ts';

/** One file to save: its address on the site and a revision (null when the name changes with the content). */
export interface OfflineEntry {
  url: string;
  revision: string | null;
}

export interface OfflineManifest {
  /** Needed by every language: saved together with the first language a device saves. */
  shared: OfflineEntry[];
  /** Each language's own files, by locale code. */
  locales: Record<string, OfflineEntry[]>;
}

/** What a page from the saved copy says about its age (see savedCopyNotice), written in at build. */
export interface SavedCopyInfo {
  /** When this copy was built (ISO 8601). */
  builtAt: string;
  /** Past this many days, the stronger warning (area settings: offline.warnAfterDays). */
  warnAfterDays: number;
  /** Per locale code: the notice, and the stronger warning, with "{{date}}" where the date goes. */
  notices: Record<string, { recent: string; old: string }>;
}

/** The words of the notice for a page from the saved copy, in `locale`, with the day the copy was built. */
export function savedCopyText(info: SavedCopyInfo, locale: string, age: 'recent' | 'old'): string | undefined {
  const words = info.notices[locale]?.[age];
  if (!words) return undefined;
  const day = new Date(`${ukDay(new Date(info.builtAt))}T00:00:00Z`);
  return words.replace('{{date}}', dayMonthYear(day, locale));
}

/** A page from the saved copy is "old" once the copy is more than `warnAfterDays` days old. */
export function savedCopyAge(builtAt: Date, now: Date, warnAfterDays: number): 'recent' | 'old' {
  return now.getTime() - builtAt.getTime() > warnAfterDays * 86_400_000 ? 'old' : 'recent';
}

/** The attribute that marks the notice a page from the saved copy carries (for styles and tests). */
const SAVED_COPY_ATTRIBUTE = 'data-saved-copy';

/**
 * A page's HTML as served from the saved copy: the same page with a notice at the start of its
 * <main> saying it is a saved copy and how old ("Saved copy from 3 December 2026: details may have
 * changed"). `age` picks the words and the look. A page without <main> is returned unchanged.
 */
export function savedCopyNotice(html: string, text: string, age: 'recent' | 'old'): string {
  const main = /<main\b[^>]*>/i.exec(html);
  if (!main) return html;
  const look = age === 'old' ? 'border-exit font-bold' : 'border-brand';
  const notice = `<p ${SAVED_COPY_ATTRIBUTE}="${age}" role="note" class="my-4 border-s-4 ${look} bg-[#eef2f8] px-4 py-2">${escapeHtml(text)}</p>`;
  const at = main.index + main[0].length;
  return html.slice(0, at) + notice + html.slice(at);
}

/** The parts of Pagefind's pagefind/pagefind-entry.json that say which files are whose. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

export const SHARED = 'shared';

/** Built files that are not part of the site a visitor uses. */
const NEVER = new Set(['_headers', 'robots.txt', '404.html', 'sw.js']);

/** Pagefind's ready-made interfaces, which the site does not use (see above). */
const PAGEFIND_UNUSED = /^(pagefind-ui|pagefind-modular-ui|pagefind-component-ui|pagefind-highlight)\.(js|css)$/;

/** Pagefind's key for a language is its lang attribute in lower case. */
const pagefindKey = (code: string) => code.toLowerCase();

/**
 * The group a built file belongs to, from its path inside dist/ ("en/services/index.html",
 * "pagefind/index/en_1a2b.pf_index"): a locale code, SHARED, or null for a file never saved.
 */
export function offlineGroup(path: string, locales: readonly string[], pagefind?: PagefindEntry): string | null {
  if (NEVER.has(path)) return null;
  const top = path.split('/')[0]!;
  if (locales.includes(top) && path.includes('/')) return top;
  if (top !== 'pagefind') return SHARED;

  const name = path.split('/').at(-1)!;
  if (path === `pagefind/${name}` && PAGEFIND_UNUSED.test(name)) return null;
  const byKey = new Map(locales.map((code) => [pagefindKey(code), code]));
  // Index chunks, fragments and filters: "<lang>_<hash>.pf_index" and so on.
  const chunk = /^(?:index|fragment|filter)\/([^_/]+)_[^/]+$/.exec(path.slice('pagefind/'.length));
  if (chunk) return byKey.get(chunk[1]!) ?? null;
  // Metadata: "pagefind.<lang>_<hash>.pf_meta".
  const meta = /^pagefind\.([^_]+)_[^.]+\.pf_meta$/.exec(name);
  if (meta) return byKey.get(meta[1]!) ?? null;
  // The search program's WebAssembly, per language: "wasm.<lang>.pagefind".
  const wasm = /^wasm\.(.+)\.pagefind$/.exec(name);
  if (wasm) {
    const users = locales.filter((code) => (pagefind?.languages[pagefindKey(code)]?.wasm ?? 'unknown') === wasm[1]);
    if (users.length === 1) return users[0]!;
    return users.length > 1 ? SHARED : null;
  }
  return SHARED;
}

/** The address a built file is asked for by: "en/services/index.html" is "/en/services/". */
export function offlineUrl(path: string): string {
  if (path === 'index.html') return '/';
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/** Groups the list of built files (as workbox-build's getManifest gives it) by language. */
export function groupOffline(
  entries: ReadonlyArray<{ url: string; revision: string | null }>,
  locales: readonly string[],
  pagefind?: PagefindEntry,
): OfflineManifest {
  const manifest: OfflineManifest = { shared: [], locales: Object.fromEntries(locales.map((code) => [code, []])) };
  for (const entry of [...entries].sort((a, b) => a.url.localeCompare(b.url))) {
    const path = entry.url.replace(/^\//, '');
    const group = offlineGroup(path, locales, pagefind);
    if (group === null) continue;
    const item = { url: offlineUrl(path), revision: entry.revision };
    (group === SHARED ? manifest.shared : manifest.locales[group]!).push(item);
  }
  return manifest;
}

/** Messages a page sends the service worker (src/sw/sw.ts). */
export type OfflineMessage =
  /** "Save this language (and the shared files) for use without a connection." */
  | { type: 'offline-save'; locale: string }
  /** "How much of each language is saved?" Answered on the message's port with an OfflineStatus. */
  | { type: 'offline-status' }
  /** From the worker in charge to a newer one waiting: take over now (see src/sw/sw.ts). */
  | { type: 'offline-take-over' }
  /** "Delete the saved copy and stop": the quick exit on a device that chose to save (not a kiosk). */
  | { type: 'offline-forget' };

/** The prefix of every cache the site's worker keeps ("signpost-offline-shared", ...). */
export const CACHE_PREFIX = 'signpost-offline-';

/** How much of each language a device has saved: files saved and files in all, shared ones included. */
export type OfflineStatus = Record<string, { saved: number; total: number }>;
