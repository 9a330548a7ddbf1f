import { z } from 'zod';

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
});

export type Page = z.output<typeof pageSchema>;
