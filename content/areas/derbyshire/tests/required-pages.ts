/** The information pages issue 7 requires, by slug: both suites check them. */
export const REQUIRED_PAGES = [
  'victims-code-rights',
  'help-without-reporting',
  'reporting-a-crime',
  'after-you-report',
  'restorative-justice',
  'compensation',
  'staying-safe-online',
  'emergencies',
  'about',
  'accessibility',
  'privacy',
];
