import { z } from 'zod';
import { dateSchema, idSchema } from './common.ts';
import { timeSchema } from './hours.ts';
import { refTo } from './service.ts';

/**
 * A roadshow or drop-in event (content/events.yaml): where and when people can meet support
 * services in person. List only events that are confirmed; past ones drop off the page by date.
 */
export function makeEventSchema(refs?: { districts: readonly string[] }) {
  return z
    .object({
      /** Stable id, e.g. "2027-03-04-ilkeston". */
      id: idSchema,
      /** The day, YYYY-MM-DD (UK). */
      date: dateSchema,
      /** Start and end times, HH:MM in UK time, when known. */
      starts: timeSchema.optional(),
      ends: timeSchema.optional(),
      /** The district (council area) it takes place in. */
      district: refTo('district', refs?.districts),
      /** Where: the venue's name as people know it, e.g. "the Central Library". */
      venue: z.string({ error: 'say where it takes place, e.g. "the Central Library"' }).min(1),
      /** Street address or meeting point, if it helps people find it. */
      address: z.string().min(1).optional(),
      /** What happens there, in one or two plain sentences. */
      description: z.string({ error: 'say in a sentence or two what happens there' }).min(1),
    })
    .superRefine((e, ctx) => {
      if (e.ends !== undefined && e.starts === undefined) {
        ctx.addIssue({ code: 'custom', path: ['starts'], message: 'give starts as well as ends' });
      }
      if (e.starts !== undefined && e.ends !== undefined && e.ends <= e.starts) {
        ctx.addIssue({ code: 'custom', path: ['ends'], message: 'ends must be later than starts' });
      }
    });
}

export const eventSchema = makeEventSchema();
export type SiteEvent = z.output<typeof eventSchema>;
