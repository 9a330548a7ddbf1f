import { z } from 'zod';
import { idSchema } from './common.ts';
import { RESULTS } from './values.ts';

export { RESULTS };

/** Where a question's answers come from besides its own list: every crime type, or every district. */
export const optionSources = ['crime-types', 'districts'] as const;
export const ageBands = ['under-18', 'adult'] as const;
export const helpFor = ['me', 'someone', 'professional'] as const;
export const reportingAnswers = ['yes', 'no', 'not-sure'] as const;

/**
 * An interface string key in src/i18n/locales/<code>.json, never English text: translators work
 * in those files, and a key keeps the questionnaire the same in every language.
 */
export const uiKeySchema = z.string().regex(/^questionnaire(\.[a-z][A-Za-z0-9]*)+$/, {
  error: 'use an interface string key such as "questionnaire.safe.legend", and put its text in src/i18n/locales/en.json',
});

/** How choosing an answer narrows or orders the services. Leave it out for an answer that changes nothing. */
export const matchSchema = z.strictObject({
  /** Only services that help after any crime (for "I'd rather not say" what happened). */
  generalOnly: z.literal(true).optional(),
  /** The person lives outside the area: only national services fit. */
  outsideArea: z.literal(true).optional(),
  /** The age band of the person who needs help. */
  age: z.enum(ageBands).optional(),
  /** Who is asking: the person, someone close to them, or a professional. */
  who: z.enum(helpFor).optional(),
  /** Whether they want to report to the police. */
  reporting: z.enum(reportingAnswers).optional(),
});

const nextSchema = idSchema.describe(`the id of the question that comes next, or "${RESULTS}"`);

export const answerSchema = z.strictObject({
  /** Stable id: it never changes when the wording does. */
  id: idSchema,
  label: uiKeySchema,
  hint: uiKeySchema.optional(),
  match: matchSchema.default({}),
  /** In a question with several choices: choosing this clears the others (e.g. "I'd rather not say"). */
  exclusive: z.boolean().default(false),
  /** Go to this question instead of the question's own `next`. */
  next: nextSchema.optional(),
});

/** A question with answers to choose from (one screen, one fieldset). */
export const choiceQuestionSchema = z.strictObject({
  id: idSchema,
  type: z.literal('choice'),
  /** The question itself, shown as the fieldset's legend and the screen's heading. */
  legend: uiKeySchema,
  hint: uiKeySchema.optional(),
  /** Several answers may be chosen (checkboxes) instead of one (radio buttons). */
  multiple: z.boolean().default(false),
  /**
   * Offer every crime type (content/crime-types.yaml) or every district (content/districts.yaml)
   * as answers, before the answers listed here. Choosing one narrows the services to it.
   */
  options: z.enum(optionSources).optional(),
  answers: z.array(answerSchema).default([]),
  /** The question that follows; by default the next one in this file, or the results after the last. */
  next: nextSchema.optional(),
});

/** A screen that tells rather than asks (e.g. what to do when not safe), then carries on. */
export const infoQuestionSchema = z.strictObject({
  id: idSchema,
  type: z.literal('info'),
  heading: uiKeySchema,
  /**
   * Paragraphs. They may use the area's numbers from content/settings/area.yaml:
   * {{emergency}}, {{silentSolution}}, {{nonEmergency}} and {{textphone}}.
   */
  body: z.array(uiKeySchema).min(1, { error: 'add at least one paragraph key' }),
  /** The label of the button that carries on. */
  continue: uiKeySchema,
  next: nextSchema.optional(),
});

export const questionSchema = z.discriminatedUnion('type', [choiceQuestionSchema, infoQuestionSchema], {
  error: 'each question needs type: choice (answers to choose from) or type: info (a screen that tells)',
});

/** Every `next` in a question, with the path of the field that holds it. */
function nextFields(q: z.output<typeof questionSchema>, index: number) {
  const fields = [{ next: q.next, path: ['questions', index, 'next'], where: `question "${q.id}"` }];
  if (q.type === 'choice') {
    q.answers.forEach((a, j) =>
      fields.push({ next: a.next, path: ['questions', index, 'answers', j, 'next'], where: `answer "${a.id}" of question "${q.id}"` }),
    );
  }
  return fields.filter((f): f is typeof f & { next: string } => f.next !== undefined);
}

/**
 * The guided "find help" questions (content/questionnaire.yaml). The first question comes first;
 * each question leads to its `next` (or the following question), and `results` ends the questions.
 */
export const questionnaireSchema = z
  .object({
    questions: z.array(questionSchema).min(1, { error: 'add at least one question' }),
  })
  .superRefine(({ questions }, ctx) => {
    const ids = questions.map((q) => q.id);
    const allowed = `use one of: ${ids.join(', ')}, or "${RESULTS}"`;

    questions.forEach((q, i) => {
      if (ids.indexOf(q.id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `"${q.id}" is used twice; question ids must be unique` });
      }
      if (q.type === 'choice') {
        const answerIds = q.answers.map((a) => a.id);
        q.answers.forEach((a, j) => {
          if (answerIds.indexOf(a.id) !== j) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', i, 'answers', j, 'id'],
              message: `"${a.id}" is used twice in question "${q.id}"; answer ids must be unique`,
            });
          }
        });
        if (q.answers.length === 0 && !q.options) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'answers'],
            message: `question "${q.id}" has nothing to choose: list answers, or set options: ${optionSources.join(' or ')}`,
          });
        }
      }
      for (const f of nextFields(q, i)) {
        if (f.next !== RESULTS && !ids.includes(f.next)) {
          ctx.addIssue({ code: 'custom', path: f.path, message: `"${f.next}" is not a question in this file (${f.where}); ${allowed}` });
        }
      }
    });

    // A `next` that leads back to an earlier question would keep people answering for ever.
    const edges = questions.map((q, i) => {
      const targets = nextFields(q, i);
      if (q.next === undefined) {
        targets.push({ next: questions[i + 1]?.id ?? RESULTS, path: ['questions', i], where: `question "${q.id}" has no next, so the following one` });
      }
      return targets;
    });
    const state = new Map<string, 'open' | 'done'>();
    const visit = (i: number) => {
      state.set(questions[i]!.id, 'open');
      for (const edge of edges[i]!) {
        const j = ids.indexOf(edge.next);
        if (j < 0) continue;
        const seen = state.get(edge.next);
        if (seen === 'open') {
          ctx.addIssue({
            code: 'custom',
            path: edge.path,
            message: `"${edge.next}" leads back to an earlier question (${edge.where}), so the questions would never end`,
          });
        } else if (seen === undefined) visit(j);
      }
      state.set(questions[i]!.id, 'done');
    };
    if (new Set(ids).size === ids.length) questions.forEach((q, i) => state.has(q.id) || visit(i));
  });

export type Questionnaire = z.output<typeof questionnaireSchema>;
export type Question = z.output<typeof questionSchema>;
export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;
export type InfoQuestion = z.output<typeof infoQuestionSchema>;
export type Answer = z.output<typeof answerSchema>;
export type AnswerMatch = z.output<typeof matchSchema>;
export type AgeBand = (typeof ageBands)[number];
export type HelpFor = (typeof helpFor)[number];
export type Reporting = (typeof reportingAnswers)[number];
