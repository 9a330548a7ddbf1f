// `npm run i18n:status`: how complete each language is (interface strings, questionnaire,
// information pages, services, crime types), how much a native speaker has reviewed, and which
// translations may be out of date because the English changed since they were made.
import { readUiStamps, readUiStrings } from '../src/integrations/content-check.ts';
import { checkContent } from '../src/lib/content-files.ts';
import { chosenAreaId } from '../src/lib/content-layers.ts';
import { formatReport, translationReport } from '../src/lib/translation-report.ts';

const root = `${process.cwd()}/`;
const snapshot = checkContent('content', '.', chosenAreaId('content'));
console.log('Translation coverage: done/total (of which reviewed by a native speaker, and out of date)\n');
for (const line of formatReport(translationReport(snapshot, readUiStrings(root), readUiStamps(root)), { details: !process.argv.includes('--summary') })) console.log(line);
