// Importing an Open Referral UK feed: a made-up area's feed (tests/fixtures/oruk-feed/) becomes
// service files in the area's imported/ folder that the content check accepts, each fact sourced to the feed,
// nothing published; what the site cannot hold is listed; a bad feed gives a report, not a crash;
// and export, import, export gives the same records (on the fixture and on this area's own feed).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../scripts/import-oruk.ts';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';
import { page, service, type ContentService, type FeedContext } from '../../src/lib/open-referral.ts';
import { parseUkNumber } from '../../src/schemas/phone.ts';

const scratch = mkdtempSync(join(tmpdir(), 'oruk-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const TODAY = '2026-12-05';
const FEED = 'https://dale.example.org/openreferral/';

/** A copy of an area's content to import into. */
function area(from: string, name: string) {
  const root = join(scratch, name);
  cpSync(from, join(root, 'content'), { recursive: true });
  return join(root, 'content');
}
const exportAll = (content: string, list: readonly ContentService[], areaId?: string) => {
  const snap = checkContent(content, join(content, '..'), areaId);
  const ctx: FeedContext = { area: snap.area!, districts: snap.districts, crimeTypes: snap.crimeTypes, siteUrl: snap.area!.siteUrl };
  return list.map((s) => service(ctx, s, list));
};

describe('npm run import:oruk', () => {
  const content = area('tests/fixtures/questionnaire-site/content', 'dale');
  const report = importFeed('tests/fixtures/oruk-feed', content, { feed: FEED, today: TODAY });
  const snapshot = checkContent(content, join(content, '..'));
  const byName = (name: string) => snapshot.imported.find((s) => s.name === name)!;

  it('turns every service record into a file in content/imported/ that the content check accepts', () => {
    expect(report.problems).toEqual([]);
    expect(report.written).toHaveLength(3);
    expect(report.skipped).toEqual([expect.stringContaining('not a service record')]);
    expect(snapshot.problems.map(formatProblem)).toEqual([]);
    expect(snapshot.imported.map((s) => s.id).sort()).toEqual(['anywhere-victim-line', 'dale-domestic-abuse-line', 'moor-counselling']);
  });

  it('publishes nothing: the site still has only its own services', () => {
    expect(snapshot.services.map((s) => s.id)).toEqual(checkContent('tests/fixtures/questionnaire-site/content', 'tests/fixtures/questionnaire-site').services.map((s) => s.id));
  });

  it('keeps every fact with its source (the feed) and the day, and lastChecked only from the feed', () => {
    const dale = byName('Dale Domestic Abuse Line');
    expect(dale.sources).toEqual([{ id: 'feed', url: FEED, pageDate: '2026-10-01', checked: new Date(`${TODAY}T00:00:00Z`) }]);
    expect(dale.imported).toEqual({ feed: FEED, id: '8f1f0c1e-2b9a-4a0e-9d55-0c3a4f1b7e01', on: new Date(`${TODAY}T00:00:00Z`) });
    expect(dale.lastChecked).toEqual(new Date('2026-10-01T00:00:00Z'));
    const helpline = parseUkNumber('0808 157 0247')!.display;
    expect(dale.contact.phones.map((p) => [p.kind, p.display, p.message, p.from])).toEqual([
      ['voice', helpline, undefined, ['feed']],
      ['text', '82228', 'DALE', ['feed']],
      ['relay', helpline, undefined, ['feed']],
    ]);
    expect(dale.areasServed).toEqual(['north-dale', 'east-moor']);
    expect(dale.crimeTypes).toEqual(['domestic-abuse']);
    expect(dale.ages).toEqual({ min: 16, from: ['feed'] });
    expect(dale.languages).toEqual({ spoken: ['en', 'pl'], from: ['feed'] });
    expect(dale.cost).toEqual({ free: true, from: ['feed'] });
    expect(dale.hours).toMatchObject({ note: 'Closed on bank holidays', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }, { days: ['sat'], opens: '10:00', closes: '13:00' }] });
    const anywhere = byName('Anywhere Victim Line');
    expect(anywhere.lastChecked).toBeUndefined();
    expect(anywhere.hours?.alwaysOpen).toBe(true);
    expect(anywhere.areasServed).toEqual(['national']);
    expect(anywhere.unverified).toContain('last checked (the feed does not say when its facts were checked)');
  });

  it('lists what the site cannot hold, and asks an editor to check everything', () => {
    const moor = byName('Moor Counselling');
    expect(moor.unverified[0]).toMatch(/^every fact \(imported from .* check them on the service's own pages, then move this file to content\/services\/\)$/);
    const rest = moor.unverified.slice(1).join('\n');
    for (const what of ['loneliness', 'Somewhere Else', 'website http://moor-counselling.example.org', 'cost: £5 a session', 'status "inactive"', 'accreditations (not held by this site)']) expect(rest).toContain(what);
    expect(moor.contact.website).toBeUndefined();
    expect(moor.cost).toBeUndefined();
  });

  it('reports a bad or partial feed instead of failing', () => {
    const bad = join(scratch, 'bad');
    cpSync('tests/fixtures/oruk-feed', bad, { recursive: true });
    writeFileSync(join(bad, 'broken.json'), '{ "contents": [');
    writeFileSync(join(bad, 'nameless.json'), JSON.stringify({ id: 'x', name: '', status: 'active' }));
    const r = importFeed(bad, area('tests/fixtures/questionnaire-site/content', 'bad-area'), { today: TODAY });
    expect(r.problems).toEqual([expect.stringMatching(/broken\.json: not valid JSON/), expect.stringMatching(/nameless\.json: a service without a name: skipped/)]);
    expect(r.written).toHaveLength(3);
    expect(importFeed(join(scratch, 'no-such-folder'), content).problems).toEqual([expect.stringContaining('no JSON file found')]);
  });

  it('round trip: export, import, export gives the same records', () => {
    const first = exportAll(content, snapshot.imported);
    const feedDir = join(scratch, 'feed-1');
    cpSync('tests/fixtures/oruk-feed', feedDir, { recursive: true }); // replaced below
    writeFileSync(join(feedDir, 'services.json'), JSON.stringify(page(first)));
    const again = area('tests/fixtures/questionnaire-site/content', 'dale-again');
    importFeed(feedDir, again, { feed: FEED, today: TODAY });
    const second = checkContent(again, join(again, '..')).imported;
    expect(exportAll(again, second)).toEqual(first);
  });

  it("round trip on this area's own feed: every service comes back as the same record", () => {
    const areaId = chosenAreaId('content');
    const real = checkContent('content', '.', areaId);
    const first = exportAll('content', real.services, areaId);
    const feedFile = join(scratch, 'real-feed.json');
    writeFileSync(feedFile, JSON.stringify(page(first)));
    const copy = area('content', 'real');
    const r = importFeed(feedFile, copy, { feed: FEED, today: TODAY, area: areaId });
    expect(r.written).toHaveLength(real.services.length);
    const imported = checkContent(copy, join(copy, '..'), areaId).imported;
    const order = new Map(first.map((s, i) => [s.id, i]));
    const second = exportAll(copy, imported, areaId).sort((a, b) => order.get(a.id as string)! - order.get(b.id as string)!);
    expect(second).toEqual(first);
    expect(readFileSync(join(copy, 'areas', areaId, 'imported', `${imported[0]!.id}.md`), 'utf8')).toContain('imported:');
  });
});
