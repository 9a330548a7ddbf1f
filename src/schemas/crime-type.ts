import { z } from 'zod';
import { idSchema } from './common.ts';

/** A kind of crime or harm, described in plain words people recognise. */
export const crimeTypeSchema = z.object({
  id: idSchema,
  /** Plain-language name, e.g. "Domestic abuse". */
  name: z.string().min(1),
  /** A short "is this what happened to me?" description. */
  hint: z.string().min(1),
  /** Words people actually type, e.g. "DV", "scam", "stalker". Used by search. */
  synonyms: z.array(z.string()).default([]),
  /** Victims of this crime have enhanced rights under the Victims' Code. */
  enhancedRights: z.boolean().default(false),
  /** Position in lists (lower first). */
  order: z.number().int().default(100),
});

export type CrimeType = z.output<typeof crimeTypeSchema>;
