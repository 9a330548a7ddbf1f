import { z } from 'zod';
import { dateSchema, idSchema, urlSchema } from './common.ts';

/**
 * Where a published fact comes from: a web page (`url`) or a document that is not on the web
 * (`document`, e.g. a specification released under FOI). Facts point at a source by its `id`
 * (`from: [id]`), so a reader, an editor or another area can see why each fact is there.
 */
export const sourceSchema = z
  .object({
    /** A short name the facts use: `from: [helpline-page]`. */
    id: idSchema,
    url: urlSchema.optional(),
    document: z.string().min(1).optional(),
    /** The date the page itself shows, as it shows it ("8 April 2020"), or "undated". */
    pageDate: z.string().min(1).optional(),
    /** The day someone read it for these facts; the service's lastChecked when left out. */
    checked: dateSchema.optional(),
  }, { error: 'write each source as { id: short-name, url: "https://...", pageDate: "as the page shows it" } (document: "title" instead of url for a document)' })
  .strict()
  .refine((s) => (s.url === undefined) !== (s.document === undefined), {
    error: 'give the source either a url (a web page) or a document (its title), not both and not neither',
  });

export type Source = z.output<typeof sourceSchema>;

/** The ids of the sources a fact comes from. */
export const fromSchema = z
  .array(idSchema, { error: 'say where this comes from: from: [id], an id from the sources list' })
  .min(1, { error: 'say where this comes from: from: [id], an id from the sources list' });
