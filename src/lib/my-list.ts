/**
 * A professional's shortlist of services ("my list"): the ids of the services they added, in the
 * order they added them.
 *
 * It lives ONLY in sessionStorage, under the one key below, for the current tab: never in a
 * cookie, never in storage that outlives the tab, never in a URL. The quick exit clears all of sessionStorage, which
 * covers this key; `forgetListOnQuickExit` also removes it on pages that use the list, in case a
 * page is left by the quick exit before any other script runs.
 */

/** The one sessionStorage key for the list. Nothing else may store it anywhere. */
export const LIST_KEY = 'signpost:list';

/** The part of the Storage interface the list needs (sessionStorage in the browser). */
export type ListStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The ids on the list; anything unreadable or malformed counts as an empty list. */
export function parseList(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((id): id is string => typeof id === 'string' && ID.test(id)))];
  } catch {
    return [];
  }
}

/** sessionStorage when the browser allows it (it can throw in some private modes), else null. */
export function tabStorage(): ListStorage | null {
  try {
    const storage = globalThis.sessionStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function readList(storage: ListStorage | null): string[] {
  try {
    return parseList(storage?.getItem(LIST_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Saves the list; an empty list removes the key altogether. Returns false if storage refused. */
export function writeList(storage: ListStorage | null, ids: readonly string[]): boolean {
  if (!storage) return false;
  try {
    if (ids.length === 0) storage.removeItem(LIST_KEY);
    else storage.setItem(LIST_KEY, JSON.stringify([...new Set(ids)]));
    return true;
  } catch {
    return false;
  }
}

/** The list with the id added at the end, or removed if it was there. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** Removes the list as soon as the quick exit is used (pressed, or activated from the keyboard). */
export function forgetListOnQuickExit(doc: Document, storage: ListStorage | null): void {
  const forget = (event: Event) => {
    if ((event.target as Element | null)?.closest?.('[data-quick-exit]')) writeList(storage, []);
  };
  doc.addEventListener('pointerdown', forget, true);
  doc.addEventListener('click', forget, true);
}

/** One service as the list page shows, prints and copies it (already translated, plain strings). */
export interface ListEntry {
  id: string;
  /** The service page's address on this site ("/en/services/x/"). */
  path: string;
  name: string;
  organisation?: string | undefined;
  summary: string;
  /** Each way to get in touch: the link, its label ("Call 0808 157 0192") and the number or address in it, kept left to right. */
  contacts: Array<{ href: string; text: string; ltr: string }>;
  website?: string | undefined;
  /** Opening hours, a line each: the days ("Monday to Friday") and, kept left to right, the times. */
  hours: Array<{ days: string; times?: string | undefined }>;
  /** "Last checked: November 2026". */
  lastChecked: string;
  /** lang/dir of the service's own words, when they are not in the page's language (English until translated). */
  text: { lang?: string; dir?: string };
}

export interface ListTextLabels {
  heading: string;
  hours: string;
  website: string;
}

/** Opening hours on one line: "Monday to Friday: 08:00–19:00; Saturday: 10:00–12:00". */
export function hoursText(hours: ListEntry['hours']): string {
  return hours.map((h) => (h.times ? `${h.days}: ${h.times}` : h.days)).join('; ');
}

/** One service as plain text, for pasting into a letter or an email. */
export function entryText(e: ListEntry, labels: ListTextLabels): string {
  return [
    e.name,
    e.organisation,
    e.summary,
    ...e.contacts.map((c) => c.text),
    e.website && `${labels.website}: ${e.website}`,
    e.hours.length > 0 && `${labels.hours}: ${hoursText(e.hours)}`,
    e.lastChecked,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The whole list as plain text, in list order. */
export function listText(entries: readonly ListEntry[], labels: ListTextLabels): string {
  return [labels.heading, ...entries.map((e) => entryText(e, labels))].join('\n\n') + '\n';
}
