/**
 * Numbers seen only as "leads" in third-party code repositories (issue 7). They must never appear
 * in content or in the built site, in any spacing. Kept here as well as in
 * the withheld-numbers.yaml lists, so that editing the content cannot quietly weaken the tests.
 */
export const LEADS = ['0800 612 6505', '01773 746115', '0808 500 2222', '0800 500 2222'] as const;
