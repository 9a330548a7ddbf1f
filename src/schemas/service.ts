import { z } from 'zod';
import { dateSchema, emailSchema, httpsUrlSchema, idSchema, urlSchema } from './common.ts';
import { hoursSchema } from './hours.ts';
import { phoneSchema } from './phone.ts';
import { ANY_CRIME, NATIONAL } from './values.ts';

export { ANY_CRIME, NATIONAL };

export const referralRoutes = ['self', 'professional', 'police'] as const;
export const accessibilityFeatures = ['bsl', 'text-relay', 'textphone', 'interpreters'] as const;

/** The ids other content may point at; given, they are checked, otherwise only their shape. */
export interface ContentRefs {
  crimeTypes: readonly string[];
  districts: readonly string[];
}

/** An id that must be one of `ids` when they are given (checked with the whole content), else only its shape. */
export function refTo(kind: string, ids: readonly string[] | undefined) {
  if (!ids) return idSchema;
  return z.string().refine((id) => ids.includes(id), {
    error: (issue) => `unknown ${kind} "${String(issue.input)}"; use one of: ${ids.join(', ')}`,
  });
}

/**
 * A support service (Markdown frontmatter; the body is the description). Aligned with the Open
 * Referral / HSDS 3.0 service object. Every contact fact must be verified in shared/facts with a
 * source listed in `sources`; leave out what is not verified and name it in `unverified`.
 */
export function makeServiceSchema(refs?: ContentRefs) {
  return z
    .object({
      name: z.string().min(1),
      /** Who runs it (HSDS organization). Only where verified. */
      organisation: z.string().min(1).optional(),
      /** One line: what it does, for whom. */
      summary: z.string().min(1).max(200, { error: 'keep the summary to one line (200 characters at most)' }),
      crimeTypes: z
        .array(refTo('crime type', refs ? [...refs.crimeTypes, ANY_CRIME] : undefined))
        .min(1, { error: `list crime type ids, or "${ANY_CRIME}"` }),
      /** HSDS minimum_age / maximum_age, inclusive. Leave out for no limit. */
      minAge: z.number().int().min(0).max(120).optional(),
      maxAge: z.number().int().min(0).max(120).optional(),
      /** District ids, or ["national"] for a service open to people anywhere. */
      areasServed: z
        .array(refTo('district', refs ? [...refs.districts, NATIONAL] : undefined))
        .min(1, { error: `list district ids, or "${NATIONAL}"` }),
      contact: z
        .object({
          phones: z.array(phoneSchema).default([]),
          email: emailSchema.optional(),
          website: httpsUrlSchema.optional(),
          address: z.string().optional(),
        })
        .default({ phones: [] }),
      hours: hoursSchema.optional(),
      referral: z.array(z.enum(referralRoutes)).default([]),
      /**
       * Whether people must have reported to the police to use it: true, false (most services), or
       * left out where the question does not apply (the police and other places people report to)
       * or is not known. Only an explicit false says "you do not need to report".
       */
      policeReportNeeded: z.boolean().optional(),
      free: z.boolean().optional(),
      /** Languages spoken (BCP 47 codes) and whether interpreters can be arranged. */
      languages: z.array(z.string()).default(['en']),
      accessibility: z.array(z.enum(accessibilityFeatures)).default([]),
      /** When the facts were last checked against the sources (YYYY-MM-DD). */
      lastChecked: dateSchema,
      /** The pages the published facts come from. */
      sources: z.array(urlSchema).min(1, { error: 'list the source pages the facts come from' }),
      /** Fields deliberately left out because no source verified them (for the content report). */
      unverified: z.array(z.string()).default([]),
      order: z.number().int().default(100),
    })
    .superRefine((s, ctx) => {
      if (s.lastChecked.getTime() > Date.now()) {
        ctx.addIssue({ code: 'custom', path: ['lastChecked'], message: `${s.lastChecked.toISOString().slice(0, 10)} is in the future: write the day you checked the sources` });
      }
      if (s.minAge !== undefined && s.maxAge !== undefined && s.minAge > s.maxAge) {
        ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'maxAge must not be below minAge' });
      }
      if (s.crimeTypes.includes(ANY_CRIME) && s.crimeTypes.length > 1) {
        ctx.addIssue({ code: 'custom', path: ['crimeTypes'], message: `"${ANY_CRIME}" stands alone; do not list crime types with it` });
      }
      if (s.areasServed.includes(NATIONAL) && s.areasServed.length > 1) {
        ctx.addIssue({ code: 'custom', path: ['areasServed'], message: `"${NATIONAL}" stands alone; do not list districts with it` });
      }
    });
}

export const serviceSchema = makeServiceSchema();
export type Service = z.output<typeof serviceSchema>;
