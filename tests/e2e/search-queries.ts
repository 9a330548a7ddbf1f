/**
 * Everyday search queries and a page each must bring up among the first five results, for the
 * content in content/ (Derby and Derbyshire). `expect` is a path under the locale: "crime-types/<id>",
 * "services/<id>" or "information/<slug>".
 *
 * `everyLocale` runs on every locale's index: the English synonyms of each crime type are indexed
 * on the pages in every language, because people often type the English term ("DV", "scam").
 * `byLocale` adds each language's own words. A new locale runs `everyLocale` at once; add its own
 * words (and its translated synonyms in content) to test them too.
 */
export interface SearchCase {
  query: string;
  expect: string;
}

export const everyLocale: SearchCase[] = [
  { query: 'DV', expect: 'crime-types/domestic-abuse' },
  { query: 'domestic violence', expect: 'crime-types/domestic-abuse' },
  { query: 'my partner hits me', expect: 'crime-types/domestic-abuse' },
  { query: 'scam', expect: 'crime-types/fraud-cyber' },
  { query: 'hacked', expect: 'services/action-fraud' },
  { query: 'hate', expect: 'crime-types/hate-crime' },
  { query: 'stalker', expect: 'services/national-stalking-helpline' },
  { query: 'revenge porn', expect: 'services/revenge-porn-helpline' },
  { query: 'burgled', expect: 'crime-types/burglary-robbery-theft' },
  { query: 'rape', expect: 'services/rape-and-sexual-abuse-support-line' },
  { query: 'forced marriage', expect: 'services/forced-marriage-unit' },
  { query: 'trafficking', expect: 'services/modern-slavery-helpline' },
  { query: 'Samaritans', expect: 'services/samaritans' },
];

export const byLocale: Record<string, SearchCase[]> = {
  en: [
    { query: 'domestic abuse', expect: 'services/derbyshire-domestic-abuse-helpline' },
    { query: 'my boyfriend keeps hitting me', expect: 'crime-types/domestic-abuse' },
    { query: 'I was attacked', expect: 'crime-types/violent-crime' },
    { query: 'mugged', expect: 'crime-types/burglary-robbery-theft' },
    { query: 'noisy neighbours', expect: 'crime-types/anti-social-behaviour' },
    { query: 'grooming', expect: 'crime-types/child-abuse' },
    { query: 'racist abuse', expect: 'services/stop-hate-line' },
    { query: 'murder', expect: 'crime-types/bereavement-homicide' },
    { query: 'hit and run', expect: 'services/brake-road-victim-helpline' },
    { query: 'compensation', expect: 'information/compensation' },
    { query: 'my rights', expect: 'information/victims-code-rights' },
    { query: 'report a crime', expect: 'information/reporting-a-crime' },
  ],
  ur: [
    { query: 'گھریلو تشدد', expect: 'crime-types/domestic-abuse' },
    { query: 'میرا شوہر مجھے مارتا ہے', expect: 'services/national-domestic-abuse-helpline' },
    { query: 'دھوکہ', expect: 'services/action-fraud' },
    { query: 'چوری', expect: 'crime-types/burglary-robbery-theft' },
    { query: 'جبری شادی', expect: 'services/karma-nirvana' },
    { query: 'نسل پرستی', expect: 'services/stop-hate-line' },
    { query: 'پیچھا', expect: 'crime-types/stalking-harassment' },
    { query: 'قتل', expect: 'crime-types/bereavement-homicide' },
    { query: 'زیادتی', expect: 'crime-types/sexual-violence' },
    { query: 'بلیک میل', expect: 'crime-types/online-abuse' },
    { query: 'انسانی اسمگلنگ', expect: 'services/modern-slavery-helpline' },
    { query: 'سڑک حادثہ', expect: 'services/brake-road-victim-helpline' },
    { query: 'فوری اخراج', expect: 'information/quick-exit' },
  ],
  pl: [
    { query: 'przemoc domowa', expect: 'crime-types/domestic-abuse' },
    { query: 'mąż mnie bije', expect: 'services/national-domestic-abuse-helpline' },
    { query: 'oszukali mnie', expect: 'services/action-fraud' },
    { query: 'włamanie', expect: 'crime-types/burglary-robbery-theft' },
    { query: 'okradli mnie', expect: 'crime-types/burglary-robbery-theft' },
    { query: 'gwałt', expect: 'services/rape-and-sexual-abuse-support-line' },
    { query: 'śledzi mnie', expect: 'services/national-stalking-helpline' },
    { query: 'rasizm', expect: 'services/stop-hate-line' },
    { query: 'handel ludźmi', expect: 'services/modern-slavery-helpline' },
    { query: 'małżeństwo przymusowe', expect: 'services/forced-marriage-unit' },
    { query: 'morderstwo', expect: 'crime-types/bereavement-homicide' },
    { query: 'wypadek drogowy', expect: 'services/brake-road-victim-helpline' },
    { query: 'szantaż', expect: 'services/revenge-porn-helpline' },
    { query: 'głośni sąsiedzi', expect: 'crime-types/anti-social-behaviour' },
    { query: 'pobili mnie', expect: 'crime-types/violent-crime' },
    { query: 'odszkodowanie', expect: 'information/compensation' },
    { query: 'wyjście awaryjne', expect: 'information/quick-exit' },
  ],
  uk: [
    { query: 'домашнє насильство', expect: 'crime-types/domestic-abuse' },
    { query: "чоловік б'є", expect: 'services/national-domestic-abuse-helpline' },
    { query: 'мене обманули', expect: 'services/action-fraud' },
    { query: 'крадіжка', expect: 'crime-types/burglary-robbery-theft' },
    { query: 'зґвалтування', expect: 'services/rape-and-sexual-abuse-support-line' },
    { query: 'стежить за мною', expect: 'services/national-stalking-helpline' },
    { query: 'расизм', expect: 'services/stop-hate-line' },
    { query: 'торгівля людьми', expect: 'services/modern-slavery-helpline' },
    { query: 'примусовий шлюб', expect: 'services/forced-marriage-unit' },
    { query: 'вбивство', expect: 'crime-types/bereavement-homicide' },
    { query: 'ДТП', expect: 'services/brake-road-victim-helpline' },
    { query: 'інтимні фото', expect: 'services/revenge-porn-helpline' },
    { query: 'гучні сусіди', expect: 'crime-types/anti-social-behaviour' },
    { query: 'побили', expect: 'crime-types/violent-crime' },
    { query: 'компенсація', expect: 'information/compensation' },
    { query: 'швидкий вихід', expect: 'information/quick-exit' },
  ],
  pa: [
    { query: 'ਘਰੇਲੂ ਹਿੰਸਾ', expect: 'crime-types/domestic-abuse' },
    { query: 'ਪਤੀ ਕੁੱਟਦਾ ਹੈ', expect: 'services/national-domestic-abuse-helpline' },
    { query: 'ਠੱਗੀ', expect: 'services/action-fraud' },
    { query: 'ਚੋਰੀ', expect: 'crime-types/burglary-robbery-theft' },
    { query: 'ਬਲਾਤਕਾਰ', expect: 'services/rape-and-sexual-abuse-support-line' },
    { query: 'ਪਿੱਛਾ', expect: 'services/national-stalking-helpline' },
    { query: 'ਨਸਲਵਾਦ', expect: 'services/stop-hate-line' },
    { query: 'ਮਨੁੱਖੀ ਤਸਕਰੀ', expect: 'services/modern-slavery-helpline' },
    { query: 'ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ', expect: 'services/forced-marriage-unit' },
    { query: 'ਕਤਲ', expect: 'crime-types/bereavement-homicide' },
    { query: 'ਸੜਕ ਹਾਦਸਾ', expect: 'services/brake-road-victim-helpline' },
    { query: 'ਨਿੱਜੀ ਤਸਵੀਰਾਂ', expect: 'services/revenge-porn-helpline' },
    { query: 'ਗੁਆਂਢੀ', expect: 'crime-types/anti-social-behaviour' },
  ],
};

/** The cases for one locale: the shared English terms, then its own words. */
export const casesFor = (locale: string): SearchCase[] => [...everyLocale, ...(byLocale[locale] ?? [])];
