// Static tier: the Open Referral UK feed in dist/openreferral/ validates, record by record, against
// the UK profile's compiled JSON Schemas (tests/fixtures/oruk-uk-profile/, from OpenReferralUK/uk-profile)
// with ajv; it holds every service once, with stable UUIDs, and only sourced facts.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders, headersFor } from '../../scripts/lib/headers.ts';
import { recordId } from '../../src/lib/open-referral.ts';
import { area, services } from '../support/content.ts';

const dist = 'dist/openreferral';
const read = (path: string) => JSON.parse(readFileSync(`${dist}/${path}.json`, 'utf8')) as Record<string, unknown> & { contents: Array<Record<string, unknown>> };
const schema = (name: string) => {
  const s = JSON.parse(readFileSync(`tests/fixtures/oruk-uk-profile/${name}.json`, 'utf8')) as Record<string, unknown>;
  delete s.$schema;
  return s;
};
// The profile's schemas carry Frictionless Data keywords (constraints, datapackage_metadata ...)
// that JSON Schema does not define: not strict about unknown keywords, strict about the rest.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = {
  service: ajv.compile(schema('service')),
  serviceList: ajv.compile(schema('service_list')),
  organization: ajv.compile(schema('organization')),
};
const errors = (fn: { errors?: unknown }, label: string) => (fn.errors ? [`${label}: ${ajv.errorsText(fn.errors as never)}`] : []);

describe('the Open Referral UK feed', () => {
  const list = read('services');

  it('has a root naming the HSDS version, the profile and the API description', () => {
    const root = read('index');
    expect(root.version).toBe('3.0');
    expect(() => new URL(root.profile as string)).not.toThrow();
    expect(() => new URL(root.openapi_url as string)).not.toThrow();
  });

  it('lists every service once, on one page of the shape the profile gives', () => {
    expect(list).toMatchObject({ total_items: services.length, total_pages: 1, page_number: 1, size: services.length, first_page: true, last_page: true, empty: false });
    expect(list.contents).toHaveLength(services.length);
    expect(new Set(list.contents.map((s) => s.id)).size).toBe(services.length);
  });

  it('validates record by record against the UK profile schemas, with zero errors', () => {
    const problems: string[] = [];
    for (const record of list.contents) {
      validate.serviceList(record);
      problems.push(...errors(validate.serviceList, `services page ${record.name as string}`));
      const full = read(`services/${record.id as string}`);
      validate.service(full);
      problems.push(...errors(validate.service, `services/${record.id as string}`));
    }
    for (const org of read('organizations').contents) {
      validate.organization(org);
      problems.push(...errors(validate.organization, `organization ${org.name as string}`));
    }
    expect(problems).toEqual([]);
  });

  it('derives each id from the content id, so it never changes between builds', () => {
    for (const s of services) {
      const id = recordId(area.siteUrl, 'service', s.id);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(existsSync(`${dist}/services/${id}.json`), s.id).toBe(true);
    }
    expect(readdirSync(`${dist}/services`)).toHaveLength(services.length);
  });

  it('publishes only sourced facts: unknown is absent, never null or empty', () => {
    const problems: string[] = [];
    const empty = (v: unknown, path: string): void => {
      if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) problems.push(path);
      else if (Array.isArray(v)) v.forEach((x, i) => empty(x, `${path}[${i}]`));
      else if (typeof v === 'object') for (const [k, x] of Object.entries(v as object)) empty(x, `${path}.${k}`);
    };
    for (const s of services) {
      const r = read(`services/${recordId(area.siteUrl, 'service', s.id)}`);
      empty(r, s.id);
      if (!s.ages && (r.minimum_age !== undefined || r.maximum_age !== undefined)) problems.push(`${s.id}: ages not sourced`);
      if (!s.cost && r.cost_options) problems.push(`${s.id}: cost not sourced`);
      if (!s.languages && r.languages) problems.push(`${s.id}: languages not sourced`);
      if (!s.hours && r.schedules) problems.push(`${s.id}: hours not sourced`);
      const phones = ((r.contacts as Array<{ phones: unknown[] }> | undefined) ?? []).flatMap((c) => c.phones);
      if (phones.length !== s.contact.phones.length) problems.push(`${s.id}: ${phones.length} phones`);
      if (r.assured_date !== s.lastChecked.toISOString().slice(0, 10)) problems.push(`${s.id}: assured_date`);
    }
    expect(problems).toEqual([]);
  });

  it('is served as JSON to any origin, with and without .json', () => {
    const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
    for (const path of ['/openreferral/', '/openreferral/services', '/openreferral/services.json', `/openreferral/services/${list.contents[0]!.id as string}`]) {
      expect(headersFor(rules, path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    const redirects = readFileSync('dist/_redirects', 'utf8');
    for (const path of ['/openreferral', '/openreferral/services', `/openreferral/services/${list.contents[0]!.id as string}`, '/openreferral/taxonomy_terms', '/openreferral/organizations']) {
      const rule = new RegExp(`^${path.replace(/[/.]/g, '\\$&')} (\\S+) 200$`, 'm').exec(redirects);
      expect(rule, path).not.toBeNull();
      expect(existsSync(`dist${rule![1]}`), rule![1]).toBe(true);
    }
  });
});
