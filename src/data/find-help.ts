/**
 * The results page without JavaScript, worked out once per crime type (or for "I'd rather not
 * say"): the services in
 * ranked order with each answer's effect, and the stylesheet that applies those effects. Loaded
 * by the page itself, which must add the stylesheet's hash to the page's CSP before rendering.
 */
import { createHash } from 'node:crypto';
import { ageBandTokens, answerIds, answerToken, noScriptCss, noScriptPlan, staticSuggestions } from '../lib/questionnaire.ts';
import type { Area } from '../schemas/area.ts';
import { getCrimeTypes, getDistricts, getQuestionnaire, getServices, type LocalService } from './site.ts';

export async function getNoScriptResults(lang: string, crimeTypeId?: string) {
  const [questionnaire, crimeTypes, districts, services] = await Promise.all([getQuestionnaire(), getCrimeTypes(lang), getDistricts(), getServices(lang)]);
  const plan = noScriptPlan(questionnaire);
  const crime = crimeTypes.find((c) => c.id === crimeTypeId);
  const chosen = crime?.id ?? plan.declined?.id;
  const base = chosen && plan.crimeQuestion ? { [plan.crimeQuestion.id]: [chosen] } : {};
  const options = { 'crime-types': crimeTypes.map((c) => c.id), districts: districts.map((d) => d.id) };
  const list = staticSuggestions(questionnaire, services.map((s) => ({ id: s.id, ...s.data })), base, plan.formQuestions, options);
  const questions = plan.formQuestions.map((question) => ({
    question,
    answers: answerIds(question, options).map((id, i) => ({ id, token: answerToken(question.id, i) })),
  }));
  // Someone who says they are under 18 is told whom to ask (content/settings/area.yaml, youngPeople).
  const underEighteen = ageBandTokens(questions, 'under-18');
  const css = noScriptCss(list, questions.flatMap((q) => q.answers.map((a) => a.token)), underEighteen);
  return {
    questionnaire,
    plan,
    crime,
    base,
    questions,
    underEighteen,
    list,
    css,
    cssHash: `sha256-${createHash('sha256').update(css).digest('base64')}` as const,
    crimeTypes,
    districts,
    services: new Map(services.map((s) => [s.id, s])),
  };
}

/**
 * The service that can tell someone under 18 which service is for young people (the area's
 * youngPeople.askService), as a link in the reader's language; undefined when the area names none.
 */
export function youngPeopleService(lang: string, area: Area, services: readonly LocalService[]) {
  const s = area.youngPeople && services.find((x) => x.id === area.youngPeople!.askService);
  return s ? { href: `/${lang}/services/${s.id}/`, name: s.data.name, text: s.text } : undefined;
}

/** The information page on rights under the Victims' Code, linked from results for crimes with enhanced rights. */
export const rightsPage = (locale: string) => `/${locale}/information/victims-code-rights/`;

export type NoScriptResults = Awaited<ReturnType<typeof getNoScriptResults>>;
