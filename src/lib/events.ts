/**
 * Roadshows and other events: which ones are still to come, grouped by district. Pure logic on
 * plain data; the page turns ids into names and dates into words.
 */

/** The facts about an event that listing needs. `date` is the calendar day at midnight UTC. */
export interface EventFit {
  id: string;
  date: Date;
  starts?: string | undefined;
  district: string;
  venue: string;
}

export interface DistrictEvents<E extends EventFit> {
  district: string;
  events: E[];
}

/** The calendar day (YYYY-MM-DD) that an instant falls on in the UK. */
export function ukDay(instant: Date, timeZone = 'Europe/London'): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

const dayOf = (e: EventFit) => e.date.toISOString().slice(0, 10);

/** Still to come at `now`: today's events count as upcoming all day. */
export function isUpcoming(event: EventFit, now: Date): boolean {
  return dayOf(event) >= ukDay(now);
}

/**
 * Upcoming events grouped by district, districts in the given order (districts with no event
 * left out), each group soonest first.
 */
export function upcomingByDistrict<E extends EventFit>(events: readonly E[], districtOrder: readonly string[], now: Date): Array<DistrictEvents<E>> {
  const upcoming = events
    .filter((e) => isUpcoming(e, now))
    .sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || (a.starts ?? '').localeCompare(b.starts ?? '') || a.venue.localeCompare(b.venue));
  const order = [...districtOrder, ...upcoming.map((e) => e.district).filter((d) => !districtOrder.includes(d))];
  return [...new Set(order)]
    .map((district) => ({ district, events: upcoming.filter((e) => e.district === district) }))
    .filter((g) => g.events.length > 0);
}

/** "Thursday 4 March 2027" in the reader's language (British conventions where the language has them). */
export function eventDay(date: Date, locale: string): string {
  return new Intl.DateTimeFormat([`${locale}-GB`, locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
