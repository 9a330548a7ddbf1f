// `npm run i18n:status`: how complete each language is (interface strings, questionnaire,
// information pages, services, crime types) and how much a native speaker has reviewed.
import { readUiStrings } from '../src/integrations/content-check.ts';
import { checkContent } from '../src/lib/content-files.ts';
import { formatReport, translationReport } from '../src/lib/translation-report.ts';

const ui = readUiStrings(`${process.cwd()}/`);
const snapshot = checkContent('content', '.');
console.log('Translation coverage: done/total (of which reviewed by a native speaker)\n');
for (const line of formatReport(translationReport(snapshot, ui), { details: !process.argv.includes('--summary') })) console.log(line);
