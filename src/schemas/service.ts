import { z } from 'zod';
import { dateSchema, emailSchema, httpsUrlSchema, idSchema } from './common.ts';
import { hoursSchema } from './hours.ts';
import { phoneSchema } from './phone.ts';
import { fromSchema, sourceSchema } from './source.ts';
import { ANY_CRIME, NATIONAL, nations } from './values.ts';

export { ANY_CRIME, NATIONAL };

export const referralRoutes = ['self', 'professional', 'police'] as const;
export const accessibilityFeatures = ['bsl', 'text-relay', 'textphone', 'interpreters'] as const;

/** The age groups a source may name without giving limits. */
export const ageGroups = ['everyone', 'adults', 'young-people'] as const;

/**
 * Ages as a source gives them: a group (`everyone`; `adults`, 18 and over; `young-people`, children
 * and young people with no limit given: not adults), or limits (`min`, `max`, inclusive).
 */
export const agesSchema = z
  .object({
    group: z.enum(ageGroups).optional(),
    min: z.int().min(0).max(120).optional(),
    max: z.int().min(0).max(120).optional(),
    from: fromSchema,
  })
  .strict()
  .superRefine((a, ctx) => {
    const limits = a.min !== undefined || a.max !== undefined;
    if ((a.group !== undefined) === limits) {
      ctx.addIssue({ code: 'custom', path: ['group'], message: `give either a group (${ageGroups.join(', ')}) or min and/or max, as the source says; leave ages out when no source says` });
    }
    if (a.min !== undefined && a.max !== undefined && a.min > a.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must not be below min' });
    }
  });

/** Languages as a source gives them: BCP 47 codes, "more than N", and/or interpreters. */
export const languagesSchema = z
  .object({
    spoken: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'use language codes such as "en", "pl", "ur"' })).default([]),
    /** The source gives a count rather than a list ("over 200 languages"). */
    moreThan: z.int().min(1).optional(),
    interpreters: z.boolean().optional(),
    from: fromSchema,
  })
  .strict()
  .refine((l) => l.spoken.length > 0 || l.moreThan !== undefined || l.interpreters !== undefined, {
    error: 'say what the source says: spoken: [codes], moreThan: N or interpreters: true; leave languages out when no source says',
  });

/** Every published fact of a service with the path it sits at and the sources it names. */
export function factSources(s: {
  contact: { phones: ReadonlyArray<{ from: string[] }>; email?: { from: string[] } | undefined };
  hours?: { from: string[] } | undefined;
  ages?: { from: string[] } | undefined;
  languages?: { from: string[] } | undefined;
  cost?: { from: string[] } | undefined;
  policeReport?: { from: string[] } | undefined;
  nations?: { from: string[] } | undefined;
}): Array<{ path: Array<string | number>; from: string[] }> {
  const facts: Array<{ path: Array<string | number>; from: string[] }> = s.contact.phones.map((p, i) => ({ path: ['contact', 'phones', i], from: p.from }));
  if (s.contact.email) facts.push({ path: ['contact', 'email'], from: s.contact.email.from });
  for (const key of ['hours', 'ages', 'languages', 'cost', 'policeReport', 'nations'] as const) {
    const fact = s[key];
    if (fact) facts.push({ path: [key], from: fact.from });
  }
  return facts;
}

/** Fields services used to have, and what replaced them (each now names its source). */
const REPLACED: Record<string, string> = {
  minAge: 'ages: { min: N, from: [source id] }',
  maxAge: 'ages: { max: N, from: [source id] }',
  free: 'cost: { free: true, from: [source id] }',
  policeReportNeeded: 'policeReport: { needed: false, from: [source id] }',
};

function unknownFields(keys: readonly string[]): string {
  return keys
    .map((k) => (REPLACED[k] ? `"${k}" is no longer used: write ${REPLACED[k]}, only where a source says so` : `"${k}" is not a service field: check its spelling, or remove it`))
    .join('; ');
}

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
 * Referral / HSDS 3.0 service object. Every published fact (phone, text, email, hours, ages,
 * languages, cost, no police report needed) names its sources with `from: [id]`; leave out what no
 * source shows and name it in `unverified`. Unknown stays unknown: nothing is filled in.
 */
function serviceShape(refs?: ContentRefs) {
  return {
    name: z.string().min(1),
    /** Other names people know it by, e.g. a former name (HSDS alternate_name): found by search. */
    alsoKnownAs: z.array(z.string().min(1)).default([]),
    /** Who runs it (HSDS organization). Only where verified. */
    organisation: z.string().min(1).optional(),
    /** One line: what it does, for whom. */
    summary: z.string().min(1).max(200, { error: 'keep the summary to one line (200 characters at most)' }),
    crimeTypes: z
      .array(refTo('crime type', refs ? [...refs.crimeTypes, ANY_CRIME] : undefined))
      .min(1, { error: `list crime type ids, or "${ANY_CRIME}"` }),
    /**
     * Who it is for by age, as a source says: a group, or limits (HSDS minimum_age/maximum_age,
     * inclusive). Leave it out when no source says: the site then shows "not confirmed".
     */
    ages: agesSchema.optional(),
    /** District ids, or ["national"] for a service open to people anywhere. */
    areasServed: z
      .array(refTo('district', refs ? [...refs.districts, NATIONAL] : undefined))
      .min(1, { error: `list district ids, or "${NATIONAL}"` }),
    /**
     * A national service: the nations of the UK it covers, as a source says. An area is shown the
     * national services that cover its nation; one that does not say is shown in every area.
     */
    nations: z
      .strictObject(
        { covers: z.array(z.enum(nations, { error: `use ${nations.join(', ')}` })).min(1), from: fromSchema },
        { error: 'write it as { covers: [england, wales], from: [source id] }' },
      )
      .optional(),
    contact: z
      .object({
        phones: z.array(phoneSchema).default([]),
        email: z
          .object({ address: emailSchema, from: fromSchema }, { error: 'write the email as { address: help@example.org, from: [source id] }' })
          .strict()
          .optional(),
        website: httpsUrlSchema.optional(),
        address: z.string().optional(),
      })
      .strict()
      .default({ phones: [] }),
    hours: hoursSchema.optional(),
    referral: z.array(z.enum(referralRoutes)).default([]),
    /**
     * Whether people must have reported to the police to use it, as a source says. Leave it out
     * where the question does not apply (the police and other places people report to) or no
     * source says: only a sourced `needed: false` tells people "you do not need to report".
     */
    policeReport: z.object({ needed: z.boolean(), from: fromSchema }).strict().optional(),
    /** Whether using it is free, as a source says; left out when no source says. */
    cost: z.object({ free: z.boolean(), from: fromSchema }).strict().optional(),
    /** Languages help is given in, as a source says; left out when no source says. */
    languages: languagesSchema.optional(),
    accessibility: z.array(z.enum(accessibilityFeatures)).default([]),
    /** When the facts were last checked against the sources (YYYY-MM-DD). */
    lastChecked: dateSchema,
    /** Where the published facts come from; each fact names its own with `from: [id]`. */
    sources: z.array(sourceSchema).min(1, { error: 'list the sources the facts come from (id, url or document, pageDate)' }),
    /** Fields deliberately left out because no source verified them (for the content report). */
    unverified: z.array(z.string()).default([]),
    order: z.number().int().default(100),
    /**
     * Facts that came from another directory's Open Referral feed (npm run import:oruk): the feed,
     * the record's id there (kept, so the record keeps its id in this site's feed) and the day.
     */
    imported: z.strictObject({ feed: z.string().min(1), id: z.uuid().optional(), on: dateSchema }).optional(),
  };
}

const unknownFieldsError = { error: (issue: { code: string; keys?: readonly string[] }) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys ?? []) : undefined) };

export function makeServiceSchema(refs?: ContentRefs) {
  return z.strictObject(serviceShape(refs), unknownFieldsError).superRefine(refineService);
}

/**
 * A service imported from another directory's feed and not yet confirmed by an editor
 * (content/imported/<id>.md): the same checks, but `lastChecked` may be missing (the feed did not
 * say when its facts were checked). Never published: an editor checks it, then moves it to
 * content/services/.
 */
export function makeImportedServiceSchema(refs?: ContentRefs) {
  return z.strictObject({ ...serviceShape(refs), lastChecked: dateSchema.optional() }, unknownFieldsError).superRefine(refineService);
}

function refineService(
  s: Parameters<typeof factSources>[0] & { lastChecked?: Date | undefined; sources: ReadonlyArray<{ id: string }>; crimeTypes: readonly string[]; areasServed: readonly string[] },
  ctx: z.RefinementCtx,
) {
  if (s.lastChecked && s.lastChecked.getTime() > Date.now()) {
    ctx.addIssue({ code: 'custom', path: ['lastChecked'], message: `${s.lastChecked.toISOString().slice(0, 10)} is in the future: write the day you checked the sources` });
  }
  const ids = new Set<string>();
  s.sources.forEach((source, i) => {
    if (ids.has(source.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `"${source.id}" is used by two sources: give each its own id` });
    ids.add(source.id);
  });
  for (const { path, from } of factSources(s)) {
    from.forEach((id, i) => {
      if (!ids.has(id)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'from', i], message: `"${id}" is not a source of this service; use one of: ${[...ids].join(', ')}, or add it to sources` });
      }
    });
  }
  if (s.crimeTypes.includes(ANY_CRIME) && s.crimeTypes.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['crimeTypes'], message: `"${ANY_CRIME}" stands alone; do not list crime types with it` });
  }
  if (s.areasServed.includes(NATIONAL) && s.areasServed.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['areasServed'], message: `"${NATIONAL}" stands alone; do not list districts with it` });
  }
}

export const serviceSchema = makeServiceSchema();
export type Service = z.output<typeof serviceSchema>;
export type ImportedService = z.output<ReturnType<typeof makeImportedServiceSchema>>;
