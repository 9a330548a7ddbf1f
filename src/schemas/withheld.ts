import { z } from 'zod';

export const withheldReasons = ['lead', 'conflict', 'old-source', 'superseded'] as const;

/**
 * A phone number that must never appear on the site (content/withheld-numbers.yaml): a lead seen
 * only in someone's code repository, a number whose sources disagree, one with only an old or
 * weak source, or one that has been replaced. The content check and the tests search every
 * content file and every built page for these, however they are written.
 */
export const withheldNumberSchema = z.object({
  number: z.string().regex(/^\+?[\d ]{3,}$/, { error: 'write the number with digits and spaces only, e.g. "0800 612 6505"' }),
  /** The service it was found for. */
  service: z.string().min(1),
  reason: z.enum(withheldReasons),
  /** Why, and what would have to happen before it could be published. */
  note: z.string().min(1),
});

export type WithheldNumber = z.output<typeof withheldNumberSchema>;
