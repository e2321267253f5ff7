// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureDetailed, capturePosting } from '../../lib/capture/capture-posting';
import { blocksToText, CAPTURE_FAILURE_MESSAGES } from '../../lib/capture/capture-result';
import { CaptureResultSchema } from '../../lib/capture/capture-result-schema';
import { loadHtmlDocument } from '../../scripts/load-html-document';
import { loadFixture } from './fixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const SEARCH = (id: string): string => `https://www.linkedin.com/jobs/search/?currentJobId=${id}&keywords=program%20manager`;

function addJsonLd(doc: Document, value: unknown): void {
  const script = doc.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = JSON.stringify(value);
  doc.head.append(script);
}

describe('capturePosting: order and trust', () => {
  it('reads JSON-LD inside @graph with an entity-escaped description, skipping script content', () => {
    const url = 'https://careers.coho.example/jobs/ai-pm?gh_jid=5566778&utm_source=x';
    const result = capturePosting(loadFixture('jsonld-graph.html', url), new URL(url), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting).toMatchObject({
      board: 'jsonld',
      source: 'jsonld',
      jobKey: 'greenhouse:5566778',
      canonicalUrl: 'https://careers.coho.example/jobs/ai-pm?gh_jid=5566778',
      title: 'Responsible AI Program Manager',
      company: 'Coho Winery',
      location: 'Napa, CA; Portland, OR',
    });
    expect(result.posting.descriptionBlocks).toEqual([
      { type: 'paragraph', text: 'Coho Winery is introducing AI in forecasting & quality control.' },
      { type: 'heading', text: 'Responsibilities' },
      { type: 'listItem', text: 'Set up our AI governance process.' },
      { type: 'listItem', text: 'Maintain the model inventory & risk register.' },
      { type: 'heading', text: 'Nice to have:' },
      { type: 'listItem', text: 'ISO/IEC 42001 experience.' },
      { type: 'paragraph', text: 'Salary: $120k–$140k' },
    ]);
    expect(result.posting.descriptionText).not.toContain('alert');
  });

  it('on a split-pane board, ignores JSON-LD left over from the page load (another job)', () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000102'));
    addJsonLd(doc, { '@type': 'JobPosting', title: 'Data Engineer', description: '<p>Spark and Airflow all day.</p>', hiringOrganization: 'Contoso' });
    const result = capturePosting(doc, new URL(SEARCH('4100000102')), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.source).toBe('board');
    expect(result.posting.title).toBe('AI Program Manager');
    expect(result.posting.descriptionText).not.toContain('Spark');
  });

  it('on a split-pane board, trusts JSON-LD whose url names the current job', () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000102'));
    addJsonLd(doc, {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'AI Program Manager (JSON-LD)',
      url: 'https://www.linkedin.com/jobs/view/4100000102/',
      description: 'Plain text description.\nSecond line.',
      hiringOrganization: { name: 'Tailwind Traders' },
      jobLocationType: 'TELECOMMUTE',
    });
    const result = capturePosting(doc, new URL(SEARCH('4100000102')), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.source).toBe('jsonld');
    expect(result.posting.title).toBe('AI Program Manager (JSON-LD)');
    expect(result.posting.location).toBe('Remote');
    // The pane holds the same posting with far more text and structure: its blocks are used.
    expect(result.posting.descriptionBlocks[0]).toEqual({ type: 'heading', text: 'Who we are' });
  });

  it('ignores ambiguous JSON-LD (several postings, none tied to the page)', () => {
    const url = 'https://careers.example.com/jobs';
    const doc = loadHtmlDocument('<html><head><title>Jobs</title></head><body><h1>Open roles</h1></body></html>', url);
    addJsonLd(doc, [
      { '@type': 'JobPosting', title: 'One', description: '<p>First posting text.</p>' },
      { '@type': 'JobPosting', title: 'Two', description: '<p>Second posting text.</p>' },
    ]);
    expect(capturePosting(doc, new URL(url), NOW)).toEqual({ ok: false, reason: 'no-posting', message: 'no posting found on this page' });
  });

  it('reads JSON-LD with raw newlines inside strings (common breakage)', () => {
    const url = 'https://careers.example.com/jobs/9';
    const doc = loadHtmlDocument('<html><head></head><body><h1>X</h1></body></html>', url);
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = '{"@type":"JobPosting","title":"Program Manager","hiringOrganization":"Acme","description":"Line one\nLine two"}';
    doc.head.append(script);
    const result = capturePosting(doc, new URL(url), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.title).toBe('Program Manager');
    expect(result.posting.company).toBe('Acme');
    expect(result.posting.descriptionText).toBe('Line one Line two');
  });

  it('falls back to the generic heuristic on an unknown career site', () => {
    const url = 'https://www.lucerne.example/careers/118-digital-program-manager?utm_source=x';
    const result = capturePosting(loadFixture('generic-career.html', url), new URL(url), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting).toMatchObject({
      board: 'generic',
      source: 'generic',
      jobKey: 'generic:lucerne.example/careers/118-digital-program-manager',
      title: 'Digital Program Manager, AI Content Tools',
      // Only og:site_name and the page title's brand name the employer here: a site's name is never taken as the
      // company (on job sites it is the board's, e.g. "SEEK Australia"), so the posting names none.
      company: null,
      location: null,
    });
    const blocks = [
      { type: 'paragraph', text: 'Lucerne Publishing is bringing machine learning into how our editors find, check and adapt books. We need a program manager who can keep several product and data teams moving in the same direction.' },
      { type: 'heading', text: "What you'll be doing" },
      { type: 'listItem', text: 'Own the delivery plan for our AI-assisted editing tools.' },
      { type: 'listItem', text: 'Run governance reviews with legal and rights teams.' },
      { type: 'listItem', text: 'Track budgets, dependencies and risks across four teams.' },
      { type: 'heading', text: 'About you' },
      { type: 'listItem', text: 'Experience managing digital or data programs.' },
      { type: 'listItem', text: 'Confident explaining AI risks to non-technical colleagues.' },
      { type: 'paragraph', text: 'We offer flexible working, 28 days holiday and a generous pension.' },
    ] as const;
    expect(result.posting.descriptionBlocks).toEqual(blocks);
    for (const noise of ['cookies', 'Kubernetes', 'Rust', 'Snowflake', 'Share this job', 'All rights reserved', 'Edinburgh · Full time']) {
      expect(result.posting.descriptionText).not.toContain(noise);
    }
  });

  it('generic heuristic does not depend on noise being labelled: link-dense lists lose to the description', () => {
    const url = 'https://www.lucerne.example/careers/118';
    const doc = loadFixture('generic-career.html', url);
    // Strip the hints: no "posting-body", no "more-jobs", no "cookie" names.
    for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
    const result = capturePosting(doc, new URL(url), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.descriptionText).toContain('Own the delivery plan for our AI-assisted editing tools.');
    expect(result.posting.descriptionText).not.toContain('Kubernetes');
  });

  it('wellfound without JSON-LD is read generically', () => {
    const url = 'https://wellfound.com/jobs/3012345-founding-ai-program-manager';
    const doc = loadFixture('wellfound.html', url);
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    const result = capturePosting(doc, new URL(url), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting).toMatchObject({ board: 'wellfound', source: 'generic', title: 'Founding AI Program Manager', jobKey: 'wellfound:3012345' });
    expect(result.posting.descriptionText).toBe(
      blocksToText([
        { type: 'paragraph', text: 'Blue Yonder Airlines is a 20-person startup building AI crew scheduling.' },
        { type: 'paragraph', text: 'We are backed by two aviation funds and ship weekly with pilot customers in Europe and North America.' },
        { type: 'heading', text: 'What you will do' },
        { type: 'listItem', text: 'Run our pilot programs with two airlines.' },
        { type: 'listItem', text: 'Turn customer feedback into a roadmap.' },
        { type: 'listItem', text: 'Set up the delivery process as the team grows.' },
      ]),
    );
  });
});

describe('capturePosting: failures', () => {
  it("says 'loading' when the pane still shows another job", () => {
    const details = captureDetailed(loadFixture('linkedin-search.html', SEARCH('4100000103')), new URL(SEARCH('4100000103')));
    expect(details.result).toEqual({ ok: false, reason: 'loading', message: CAPTURE_FAILURE_MESSAGES.loading });
    expect(details.shownJobId).toBe('4100000102');
    expect(details.pane?.className).toContain('jobs-search__job-details--container');
  });

  it("says 'loading' when the pane has no description yet, and does not guess from pane leftovers", () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000102'));
    doc.querySelector('.jobs-description__container')?.remove();
    expect(capturePosting(doc, new URL(SEARCH('4100000102')), NOW)).toMatchObject({ ok: false, reason: 'loading' });
  });

  it("says 'loading' on a known board's job URL before the app has rendered", () => {
    const url = 'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/Remote/TPM_JR1';
    const doc = loadHtmlDocument('<html><body><div id="root"></div></body></html>', url);
    expect(capturePosting(doc, new URL(url), NOW)).toMatchObject({ ok: false, reason: 'loading' });
  });

  it("says 'no-posting' on pages that are not postings", () => {
    const feed = 'https://www.linkedin.com/feed/';
    const doc = loadHtmlDocument('<html><body><nav><a href="/jobs/">Jobs</a></nav><main><p>Start a post</p></main></body></html>', feed);
    expect(capturePosting(doc, new URL(feed), NOW)).toEqual({ ok: false, reason: 'no-posting', message: 'no posting found on this page' });
    const blog = 'https://blog.example.com/post';
    const short = loadHtmlDocument('<html><body><h1>Hello</h1><p>Short note.</p></body></html>', blog);
    expect(capturePosting(short, new URL(blog), NOW)).toMatchObject({ ok: false, reason: 'no-posting' });
  });

  it('never throws and always returns a schema-valid result', () => {
    const url = new URL('https://example.com/');
    const empty = loadHtmlDocument('', url.href);
    for (const doc of [empty, loadHtmlDocument('<!doctype html>', url.href)]) {
      const result = capturePosting(doc, url, NOW);
      expect(CaptureResultSchema.safeParse(result).success).toBe(true);
    }
  });
});

describe('captureDetailed: the description element (highlight root)', () => {
  it('is the element the board adapter read the description from, not the page around it', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000102';
    const doc = loadFixture('linkedin-search.html', url);
    const details = captureDetailed(doc, new URL(url), { now: NOW });
    if (!details.result.ok) throw new Error(details.result.message);
    const el = details.descriptionElement;
    expect(el).not.toBeNull();
    // It holds the posting's text but not the page's title bar or the job list.
    const text = el?.textContent ?? '';
    const firstBlock = details.result.posting.descriptionBlocks[0]?.text ?? '';
    expect(text.replace(/\s+/g, ' ')).toContain(firstBlock.slice(0, 40));
    expect(el?.contains(doc.querySelector('h1'))).toBe(false);
    expect(el === doc.body || el === doc.documentElement).toBe(false);
  });

  it('is null when capture fails', () => {
    const url = 'https://www.linkedin.com/feed/';
    const details = captureDetailed(loadHtmlDocument('<html><body><p>Feed</p></body></html>', url), new URL(url), { now: NOW });
    expect(details.result.ok).toBe(false);
    expect(details.descriptionElement).toBeNull();
  });
});
