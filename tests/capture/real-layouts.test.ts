import { describe, expect, it } from 'vitest';
import { capturePosting, captureDetailed } from '../../lib/capture/capture-posting';
import { isCollectionView, jobRefFromUrl } from '../../lib/capture/job-key';
import { waitForJob } from '../../lib/capture/wait-for-job';
import { loadHtmlDocument, withoutSvgStyles } from '../../scripts/load-html-document';
import { REAL_LAYOUT_CASES, realLayoutHtml, realLayoutUrl, type RealLayoutCase } from '../e2e/fixtures/real-layouts/cases';

/**
 * Issue 12, "the right job on real pages": each current layout (tests/e2e/fixtures/real-layouts/, hand-written pages
 * with the real boards' structure) captured under its URL, as the content script's last attempt reads it.
 */
const NOW = new Date('2026-12-01T00:00:00.000Z');

function load(c: RealLayoutCase, html = realLayoutHtml(c.file)): { doc: Document; url: URL } {
  const url = realLayoutUrl(c);
  return { doc: loadHtmlDocument(html, url), url: new URL(url) };
}

describe('current layouts: title, company and job from the open job', () => {
  for (const c of REAL_LAYOUT_CASES) {
    it(`${c.name}: ${c.expected.state === 'ready' ? `${c.expected.title} — ${c.expected.company}` : c.expected.state}`, () => {
      const { doc, url } = load(c);
      const { result } = captureDetailed(doc, url, { now: NOW, genericInPane: true });
      if (c.expected.state !== 'ready') {
        expect(result).toMatchObject({ ok: false, reason: c.expected.state });
        return;
      }
      if (!result.ok) throw new Error(`${c.file}: ${result.message}`);
      expect(result.posting.title).toBe(c.expected.title);
      expect(result.posting.company).toBe(c.expected.company);
      if (c.expected.location !== undefined) expect(result.posting.location).toBe(c.expected.location);
      if (c.expected.jobKey) expect(result.posting.jobKey).toBe(c.expected.jobKey);
      expect(result.posting.descriptionBlocks.length).toBeGreaterThan(3);
    });
  }
});

const byFile = (file: string): RealLayoutCase => {
  const c = REAL_LAYOUT_CASES.find((x) => x.file === file);
  if (!c) throw new Error(file);
  return c;
};

describe('the open job decides', () => {
  it('LinkedIn 2026 layout: never the "<title> | <company> | LinkedIn" document title; the description after "About the job" only', () => {
    const { doc, url } = load(byFile('linkedin-logged-in.html'));
    const result = capturePosting(doc, url, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.title).not.toContain('| LinkedIn');
    expect(result.posting.descriptionText).not.toContain('How your profile matches');
    expect(result.posting.descriptionText).not.toContain('fictional proprietary trading firm'); // "About the company"
    expect(result.posting.descriptionText).not.toMatch(/^About the job/);
  });

  it('LinkedIn 2026 layout: document.title is not taken when its company is not the pane’s (it may be another job’s)', () => {
    const c = byFile('linkedin-logged-in.html');
    const html = realLayoutHtml(c.file).replace('<title>Graduate Data Program Coordinator | Flowmere Trading | LinkedIn</title>', '<title>Staff Rust Engineer | Kestrel Labs | LinkedIn</title>');
    const { doc, url } = load(c, html);
    expect(captureDetailed(doc, url, { now: NOW, genericInPane: true }).result.ok).toBe(false);
  });

  it('LinkedIn search view: another job’s JSON-LD, og:title and document.title never reach the posting', () => {
    const { doc, url } = load(byFile('linkedin-search-other-jsonld.html'));
    const result = capturePosting(doc, url, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.source).toBe('board');
    expect(JSON.stringify(result.posting)).not.toMatch(/Kestrel|Rust|LLVM/);
  });

  it('LinkedIn search view: JSON-LD naming this job by URL still counts', () => {
    const c = byFile('linkedin-search-other-jsonld.html');
    const html = realLayoutHtml(c.file).replace('"title":"Staff Rust Engineer",', '"title":"AI Program Manager","url":"https://www.linkedin.com/jobs/view/4300000002/",');
    const { doc, url } = load(c, html);
    const result = capturePosting(doc, url, NOW);
    expect(result.ok && result.posting.source).toBe('jsonld');
  });

  it('Indeed search view: nothing from the list, the filters or the "All Jobs" heading', () => {
    const { doc, url } = load(byFile('indeed-search-pane.html'));
    const result = capturePosting(doc, url, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.descriptionText).not.toMatch(/All Jobs|Forklift|Warehouse|Salary: \$90,000|Hiring Lab/);
    expect(result.posting.canonicalUrl).toBe('https://www.indeed.com/viewjob?jk=7c1e0f3a9b2d4e61');
  });

  it('Indeed search view without its pane: the page is a list, not a posting', () => {
    const c = byFile('indeed-search-pane.html');
    const html = realLayoutHtml(c.file).replace(/<div class="jobsearch-RightPane">[\s\S]*<\/div>\s*<\/div>\s*<footer/, '</div><footer');
    const { doc, url } = load(c, html);
    expect(doc.querySelector('#jobDescriptionText')).toBeNull();
    const result = captureDetailed(doc, url, { now: NOW, genericInPane: true }).result;
    expect(result.ok).toBe(false);
  });

  it('Ashby Application tab: a capture failure, never the form read as a posting', () => {
    const { doc, url } = load(byFile('ashby-application-tab.html'));
    expect(capturePosting(doc, url, NOW)).toEqual({ ok: false, reason: 'no-description', message: 'job found, but its description is not on the page' });
  });

  it('Ashby Application tab with the page’s own __appData for this job: its description counts', () => {
    const server = realLayoutHtml('ashby-server.html');
    const appData = /<script>window\.__appData[\s\S]*?<\/script>/.exec(server)?.[0] ?? '';
    const c = byFile('ashby-application-tab.html');
    const { doc, url } = load(c, realLayoutHtml(c.file).replace('</body>', `${appData}</body>`));
    const result = capturePosting(doc, url, NOW);
    expect(result.ok && result.posting.title).toBe('AI Program Manager');
  });

  it('waitForJob settles at once on a page that shows the job without its description', async () => {
    const c = byFile('ashby-application-tab.html');
    const { doc, url } = load(c);
    const started = Date.now();
    const result = await waitForJob({ doc, url, expectedJobKey: 'ashby:5b2c9a47-3e1d-4f6a-9c8b-2d7e1f0a6b35', timeoutMs: 5_000 });
    expect(result).toMatchObject({ ok: false, reason: 'no-description' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('waitForJob does not let job A’s stale Application tab end the wait for job B (URL not an application step)', async () => {
    const jobB = 'c3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
    const url = `https://jobs.ashbyhq.com/lanternfish/${jobB}`;
    const doc = loadHtmlDocument(realLayoutHtml('ashby-application-tab.html'), url);
    expect(capturePosting(doc, new URL(url), NOW)).toMatchObject({ ok: false, reason: 'no-description' });
    let settled = false;
    const waiting = waitForJob({ doc, url: new URL(url), expectedJobKey: `ashby:${jobB}`, timeoutMs: 3_000, debounceMs: 10, pollMs: 50 }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled).toBe(false);
    const overview = loadHtmlDocument(realLayoutHtml('ashby-overview.html'), url);
    doc.querySelector('#root')?.replaceWith(doc.importNode(overview.querySelector('#root') as Element, true));
    const result = await waiting;
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.jobKey).toBe(`ashby:${jobB}`);
    expect(result.posting.descriptionText).toMatch(/retrieval tools for research libraries/);
  });

  it('waitForJob still reports a stale-looking Application tab on its last attempt', async () => {
    const url = 'https://jobs.ashbyhq.com/lanternfish/c3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
    const doc = loadHtmlDocument(realLayoutHtml('ashby-application-tab.html'), url);
    const expectedJobKey = 'ashby:c3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
    const result = await waitForJob({ doc, url: new URL(url), expectedJobKey, timeoutMs: 150, debounceMs: 10, pollMs: 50 });
    expect(result).toMatchObject({ ok: false, reason: 'no-description' });
  });
});

describe('company names never come from the site’s brand', () => {
  for (const [file, brand] of [
    ['seek-job.html', 'SEEK Australia'],
    ['yc-waas-job.html', 'Work at a Startup'],
    ['greenhouse-new.html', 'Greenhouse'],
    ['workday-rendered.html', 'Workday'],
    ['workday-server.html', 'Workday'],
  ] as const) {
    it(`${file}: not "${brand}" (og:site_name)`, () => {
      const { doc, url } = load(byFile(file));
      const result = capturePosting(doc, url, NOW);
      expect(result.ok && result.posting.company).not.toBe(brand);
      expect(result.ok && result.posting.company).toBe(byFile(file).expected.company);
    });
  }

  it('Workday: the tenant as the page writes it — text first, then the career site’s path, else the bare tenant', () => {
    const c = byFile('workday-rendered.html');
    const unnamed = realLayoutHtml(c.file).replace(/FlowMere|FLOWMERE/g, 'The company');
    const inPath = load(c, unnamed);
    const fromPath = capturePosting(inPath.doc, inPath.url, NOW);
    expect(fromPath.ok && fromPath.posting.company).toBe('FlowMere');
    const bare = load({ ...c, path: c.path.replace('FlowMereCareers', 'External') }, unnamed);
    const fromTenant = capturePosting(bare.doc, bare.url, NOW);
    expect(fromTenant.ok && fromTenant.posting.company).toBe('flowmere');
  });
});

describe('job keys across hosts and views', () => {
  it('localised LinkedIn hosts give the www job key', () => {
    for (const host of ['au', 'fr', 'it', 'de', 'www']) {
      expect(jobRefFromUrl(`https://${host}.linkedin.com/jobs/view/chef-de-projet-ia-at-alderic-4100000042?trk=x`)?.jobKey).toBe('linkedin:4100000042');
    }
    expect(jobRefFromUrl('https://fr.linkedin.com/jobs/view/4100000042/')?.canonicalUrl).toBe('https://www.linkedin.com/jobs/view/4100000042/');
  });

  it('Indeed search view vjk is the viewjob jk', () => {
    expect(jobRefFromUrl('https://www.indeed.com/jobs?q=pm&vjk=7C1E0F3A9B2D4E61')?.jobKey).toBe(jobRefFromUrl('https://www.indeed.com/viewjob?jk=7c1e0f3a9b2d4e61')?.jobKey);
  });

  it('tells collection views from single-job pages', () => {
    expect(isCollectionView('https://www.linkedin.com/jobs/search/?currentJobId=4300000002')).toBe(true);
    expect(isCollectionView('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4300000002')).toBe(true);
    expect(isCollectionView('https://www.linkedin.com/jobs/view/4300000002/')).toBe(false);
    expect(isCollectionView('https://www.indeed.com/jobs?q=pm&vjk=7c1e0f3a9b2d4e61')).toBe(true);
    expect(isCollectionView('https://www.indeed.com/viewjob?jk=7c1e0f3a9b2d4e61')).toBe(false);
    expect(isCollectionView('https://jobs.lever.co/acme/5b2c9a47-3e1d-4f6a-9c8b-2d7e1f0a6b35')).toBe(false);
  });
});

describe('saved pages as the CLI reads them', () => {
  it('a <style> inside <svg> no longer swallows the rest of the page (happy-dom parser)', () => {
    const html = '<html><body><svg><path d="M0"></path><style>.a{fill:red}</style></svg><div id="after">job</div></body></html>';
    expect(loadHtmlDocument(withoutSvgStyles(html), 'https://x.test/').querySelector('#after')?.textContent).toBe('job');
    expect(withoutSvgStyles('<style>p{}</style><svg><g></g></svg><p>x</p>')).toBe('<style>p{}</style><svg><g></g></svg><p>x</p>');
  });
});
