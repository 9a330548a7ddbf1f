import { z } from 'zod';
import { fromSchema } from './source.ts';
import { weekdays, type Weekday } from './values.ts';

export { weekdays, type Weekday };

/** A time of day in UK local time, HH:MM. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, { error: 'write times as HH:MM in UK time, e.g. "08:00"' });

/** One block of opening time on some days, in UK local time. */
export const openingSchema = z
  .object({
    days: z.array(z.enum(weekdays)).min(1),
    opens: timeSchema,
    closes: timeSchema,
  })
  .refine((o) => o.opens < o.closes, { error: 'closes must be later than opens', path: ['closes'] });

/**
 * Opening hours as structured data: either open all the time, or a list of weekly openings.
 * Give hours only where a source shows them, naming it in `from`; otherwise leave `hours` out.
 */
export const hoursSchema = z
  .object({
    alwaysOpen: z.boolean().default(false),
    weekly: z.array(openingSchema).default([]),
    /** Anything the structure cannot say, e.g. "Closed on bank holidays". */
    note: z.string().optional(),
    /** The sources that show these hours (ids from the service's sources). */
    from: fromSchema,
  })
  .strict()
  .refine((h) => h.alwaysOpen !== h.weekly.length > 0, {
    error: 'give either alwaysOpen: true or a weekly list of openings, not both and not neither',
  });

export type Hours = z.output<typeof hoursSchema>;

/** Just the weekly pattern (what "open now" and the week table need). */
export type WeeklyHours = Pick<Hours, 'alwaysOpen' | 'weekly'> & { note?: string | undefined };
