import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { basename } from 'node:path';
import { areaSchema } from './schemas/area.ts';
import { crimeTypeSchema } from './schemas/crime-type.ts';
import { districtSchema } from './schemas/district.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { questionnaireSchema } from './schemas/questionnaire.ts';
import { serviceSchema } from './schemas/service.ts';
import { crimeTypeTranslationsSchema, serviceTranslationSchema } from './schemas/translation.ts';
import { chosenAreaId, contentLayout, pageId, serviceTranslationId, siteFiles } from './lib/content-layers.ts';

// Everything editors change lives in content/: the national layer (content/national/) and the
// chosen area's folder (content/areas/<SIGNPOST_AREA>/). src/lib/content-layers.ts picks the files;
// references between them are checked before the build by src/integrations/content-check.ts,
// which reports every problem with its file and field.
const CONTENT = './content';
const files = siteFiles(contentLayout(CONTENT, chosenAreaId(CONTENT)));
const at = `${CONTENT}/`;
/** A glob pattern list that matches nothing when there are no files (an empty list would match everything). */
const only = (list: string[]) => (list.length > 0 ? list : ['.none']);

export const collections = {
  settings: defineCollection({ loader: glob({ pattern: files.settings, base: CONTENT, generateId: () => 'area' }), schema: areaSchema }),
  districts: defineCollection({ loader: file(at + files.districts), schema: districtSchema }),
  crimeTypes: defineCollection({ loader: file(at + files.crimeTypes), schema: crimeTypeSchema }),
  services: defineCollection({
    loader: glob({ pattern: only(files.services), base: CONTENT, generateId: ({ entry }) => basename(entry, '.md') }),
    schema: serviceSchema,
  }),
  pages: defineCollection({ loader: glob({ pattern: only(files.pages), base: CONTENT, generateId: ({ entry }) => pageId(entry) }), schema: pageSchema }),
  // Words only, per language: translations/<lang>/services/<id>.md (either layer) and national crime-types.yaml.
  serviceTranslations: defineCollection({
    loader: glob({ pattern: only(files.serviceTranslations), base: CONTENT, generateId: ({ entry }) => serviceTranslationId(entry) }),
    schema: serviceTranslationSchema,
  }),
  crimeTypeTranslations: defineCollection({
    loader: glob({ pattern: only(files.crimeTypeTranslations), base: CONTENT, generateId: ({ entry }) => serviceTranslationId(entry).replace(/\.yaml$/, '') }),
    schema: crimeTypeTranslationsSchema,
  }),
  events: defineCollection({ loader: files.events ? file(at + files.events) : async () => [], schema: eventSchema }),
  questionnaire: defineCollection({
    loader: files.questionnaire ? glob({ pattern: files.questionnaire, base: CONTENT, generateId: () => 'questionnaire' }) : async () => [],
    schema: questionnaireSchema,
  }),
};
