import { z } from 'zod';
import { translatedFromSchema } from './translation.ts';

/** An information page (Markdown; the body is the page). */
export const pageSchema = z.object({
  title: z.string().min(1),
  /** One sentence shown under the title and in lists of pages. */
  description: z.string().min(1),
  /** Position in the list of information pages (lower first). */
  order: z.number().int().default(100),
  /** Show in the footer as well as in the list of information pages. */
  footer: z.boolean().default(false),
  /** For a translation: a native speaker has checked it. Unreviewed pages say so. */
  reviewed: z.boolean().default(false),
  /** For a translation: the version of the English it was made from (`npm run i18n:stamp` writes it). */
  translatedFrom: translatedFromSchema,
});

export type Page = z.output<typeof pageSchema>;
