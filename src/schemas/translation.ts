import { z } from 'zod';

/**
 * Translations of content. Facts (numbers, hours, ids, ages, areas) are written once, in the
 * service or crime type itself; a translation holds only words. Every translation says whether a
 * native speaker has reviewed it: pages in a language with unreviewed text say so.
 */
const reviewed = z.boolean({
  error: 'say whether a native speaker has checked this translation: "reviewed: false" until one has',
});

/**
 * The version of the English a translation was made from (8 hex digits; `npm run i18n:stamp`
 * writes it). When the English changes, pages say the translation may be out of date.
 */
export const translatedFromSchema = z
  .string({ error: 'write translatedFrom in double quotes, as npm run i18n:stamp writes it, e.g. translatedFrom: "1a2b3c4d"' })
  .regex(/^[0-9a-f]{8}$/, { error: 'leave translatedFrom as npm run i18n:stamp wrote it (8 letters and digits)' })
  .optional();

/** content/translations/<lang>/services/<service id>.md (frontmatter; the body is the description). */
export const serviceTranslationSchema = z.object({
  reviewed,
  translatedFrom: translatedFromSchema,
  /** Only where the service is known by a translated name; most names stay as they are. */
  name: z.string().min(1).optional(),
  summary: z.string().min(1).max(300, { error: 'keep the summary to one line (300 characters at most)' }),
  /** The hours' free-text note, translated. */
  hoursNote: z.string().min(1).optional(),
  /** Labels of the service's phones, in the same order; null where a phone has no label. */
  phoneLabels: z.array(z.string().min(1).nullable()).optional(),
});

/** content/translations/<lang>/crime-types.yaml */
export const crimeTypeTranslationsSchema = z.object({
  reviewed,
  translatedFrom: translatedFromSchema,
  crimeTypes: z.record(
    z.string(),
    z.object({
      name: z.string().min(1),
      hint: z.string().min(1),
      /** Words people type in this language; the English synonyms are searched as well. */
      synonyms: z.array(z.string().min(1)).default([]),
    }),
  ),
});

export type ServiceTranslation = z.output<typeof serviceTranslationSchema>;
export type CrimeTypeTranslations = z.output<typeof crimeTypeTranslationsSchema>;
