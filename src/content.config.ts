import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { areaSchema } from './schemas/area.ts';
import { crimeTypeSchema } from './schemas/crime-type.ts';
import { districtSchema } from './schemas/district.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { questionnaireSchema } from './schemas/questionnaire.ts';
import { serviceSchema } from './schemas/service.ts';
import { crimeTypeTranslationsSchema, serviceTranslationSchema } from './schemas/translation.ts';

// Everything editors change lives in the top-level content/ folder. References between files
// (a service's crime types and districts) are checked before the build by
// src/integrations/content-check.ts, which reports every problem with its file and field.
export const collections = {
  settings: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/settings' }), schema: areaSchema }),
  districts: defineCollection({ loader: file('content/districts.yaml'), schema: districtSchema }),
  crimeTypes: defineCollection({ loader: file('content/crime-types.yaml'), schema: crimeTypeSchema }),
  services: defineCollection({ loader: glob({ pattern: '*.md', base: './content/services' }), schema: serviceSchema }),
  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/pages' }), schema: pageSchema }),
  // Words only, per language: content/translations/<lang>/services/<id>.md and crime-types.yaml.
  serviceTranslations: defineCollection({
    loader: glob({ pattern: '*/services/*.md', base: './content/translations' }),
    schema: serviceTranslationSchema,
  }),
  crimeTypeTranslations: defineCollection({
    loader: glob({ pattern: '*/crime-types.yaml', base: './content/translations' }),
    schema: crimeTypeTranslationsSchema,
  }),
  events: defineCollection({ loader: file('content/events.yaml'), schema: eventSchema }),
  questionnaire: defineCollection({ loader: glob({ pattern: 'questionnaire.yaml', base: './content' }), schema: questionnaireSchema }),
};
