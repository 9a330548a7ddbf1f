/**
 * Plain values the schemas share with browser code. Kept apart from the zod schemas so that a
 * browser bundle (the filters island, the service page's script) can use them without pulling in
 * zod and libphonenumber-js.
 */

/** areasServed value for a service open to people anywhere in the country. */
export const NATIONAL = 'national';
/** The nations of the UK: an area is in one; a national service says which it covers. */
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof nations)[number];

/** crimeTypes value for a service that helps after any crime. */
export const ANY_CRIME = 'any';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** A questionnaire `next` value that ends the questions and shows the matching services. */
export const RESULTS = 'results';
