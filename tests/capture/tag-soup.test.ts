// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturePosting } from '../../lib/capture/capture-posting';
import { LIMITS } from '../../lib/capture/capture-result';
import { CaptureResultSchema } from '../../lib/capture/capture-result-schema';
import { htmlToBlocks } from '../../lib/capture/html-to-blocks';
import { loadHtmlDocument } from '../../scripts/load-html-document';
import { loadFixture } from './fixtures';

// Generous: real browsers are far faster than happy-dom's selector engine.
const BOUND_MS = 200;
const URLS = [
  'https://www.linkedin.com/jobs/search/?currentJobId=4100000102',
  'https://www.indeed.com/viewjob?jk=0f1e2d3c4b5a6978',
  'https://job-boards.greenhouse.io/x/jobs/4555000008',
  'https://jobs.lever.co/x/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
  'https://x.wd5.myworkdayjobs.com/External/job/Remote/TPM_JR1',
  'https://jobs.ashbyhq.com/x/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
  'https://www.glassdoor.com/job-listing/x.htm?jl=1009123456789',
  'https://careers.example.com/jobs/1',
];

function timedCapture(doc: Document, url: string): { ms: number; ok: boolean } {
  const started = performance.now();
  const result = capturePosting(doc, new URL(url));
  const ms = performance.now() - started;
  expect(CaptureResultSchema.safeParse(result).success).toBe(true);
  return { ms, ok: result.ok };
}

// Pieces hostile pages are made of: unclosed and stray tags, board hooks, broken JSON-LD and app data,
// NUL and bidi overrides, entities, comments.
const fragment = fc.oneof(
  fc.constantFrom(
    '<div>', '</div>', '<p>', '</p>', '<ul>', '<li>', '</li>', '</ul>', '<b>', '</strong>', '<br>', '<h1>', '</h1>', '<h2>',
    '<table><tr><td>', '<svg><text>', '<!--', '-->', '<script>', '</script>', '<style>', '<', '>', '&', '&amp;', '&#0;',
    '&#x110000;', '\u0000', '\u202E', '\u2066', '\uFEFF', '\uD800',
    '<div id="jobDescriptionText">', '<div class="show-more-less-html__markup">', '<h1 class="top-card-layout__title">',
    '<div class="jobs-search__job-details--container">', '<a href="/jobs/view/4100000199/">', '<div data-automation-id="jobPostingDescription">',
    '<div class="job__description">', '<div class="_descriptionText_x">', '<div data-test="jobDescriptionContent">',
    '<script type="application/ld+json">{"@type":"JobPosting","title":"T","description":"&lt;p&gt;x',
    '<script type="application/ld+json">{"@graph":[{"@type":["JobPosting"],"title":{"a":1},"description":[1,2]}]}</script>',
    '<script>window.__appData = {"posting":{"id":"7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e","title":"T","descriptionHtml":"<p>{',
    'Responsibilities', 'Requirements:', 'experience with Python', ' ', '\n',
  ),
  fc.string({ maxLength: 40 }),
);
const soup = fc.array(fragment, { maxLength: 300 }).map((parts) => parts.join(''));

describe('hostile pages', () => {
  it('random tag soup never throws, always returns a valid result, within the bound', () => {
    capturePosting(loadHtmlDocument('<p>warm-up</p>', URLS[0] ?? ''), new URL(URLS[0] ?? '')); // JIT warm-up, not measured
    fc.assert(
      fc.property(soup, fc.constantFrom(...URLS), (html, url) => {
        const doc = loadHtmlDocument(html, url);
        const { ms } = timedCapture(doc, url);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 150, seed: 20250601 },
    );
  });

  it('random soup through the string tokenizer never throws and stays within the caps', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const blocks = htmlToBlocks(html);
        expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
        for (const block of blocks) {
          expect(block.text.length).toBeGreaterThan(0);
          expect(block.text).not.toMatch(/[\u0000\u202E\u2066]/);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('a 5 MB text node inside a board description is bounded, fast, and cleaned', () => {
    const url = 'https://www.indeed.com/viewjob?jk=0f1e2d3c4b5a6978';
    const doc = loadFixture('indeed-viewjob.html', url);
    timedCapture(doc, url); // warm-up
    const big = `Responsibilities \u0000\u202E${'lorem ipsum dolor sit amet '.repeat(200_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    doc.querySelector('#jobDescriptionText')?.append(doc.createTextNode(big));
    const started = performance.now();
    const result = capturePosting(doc, new URL(url));
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.descriptionText.length).toBeLessThanOrEqual(LIMITS.descriptionChars + LIMITS.blocks * 4);
    expect(result.posting.descriptionText).not.toMatch(/[\u0000\u202E]/);
    expect(result.posting.title).toBe('Machine Learning Project Manager');
  });

  it('a 5 MB text node on an unknown site, in a title, and in JSON-LD does not stall capture', () => {
    const url = 'https://careers.example.com/jobs/1';
    const doc = loadHtmlDocument('<html><head><title>x</title></head><body><h1>t</h1><main><p>x</p></main></body></html>', url);
    timedCapture(doc, url); // warm-up
    const big = 'a '.repeat(2_600_000);
    doc.querySelector('main p')?.append(doc.createTextNode(big));
    doc.querySelector('h1')?.append(doc.createTextNode(big));
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = `{"@type":"JobPosting","title":"T","description":"${big}"}`;
    doc.head.append(script);
    const { ms } = timedCapture(doc, url);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('deeply nested and very wide descriptions are walked iteratively', () => {
    const url = 'https://job-boards.greenhouse.io/x/jobs/4555000008';
    const build = (depth: number, items: number): Document => {
      const doc = loadHtmlDocument(
        '<html><body><main class="job-post"><div class="job__title"><h1>Deep</h1></div><div class="job__description"></div></main></body></html>',
        url,
      );
      let parent = doc.querySelector('.job__description');
      for (let i = 0; i < depth && parent; i += 1) {
        const child = doc.createElement(i % 2 ? 'div' : 'span');
        parent.append(child);
        parent = child;
      }
      parent?.append(doc.createTextNode('Bottom of the well: requirements and experience.'));
      const list = doc.createElement('ul');
      for (let i = 0; i < items; i += 1) {
        const li = doc.createElement('li');
        li.textContent = `Item ${i}`;
        list.append(li);
      }
      doc.querySelector('.job__description')?.append(list);
      return doc;
    };
    // 1,500 levels and 5,000 items: happy-dom's (recursive) selector engine still copes; our walk reaches the bottom.
    const doc = build(1_500, 5_000);
    timedCapture(doc, url); // warm-up
    const result = capturePosting(doc, new URL(url));
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.descriptionBlocks[0]).toEqual({ type: 'paragraph', text: 'Bottom of the well: requirements and experience.' });
    expect(result.posting.descriptionBlocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    // 10,000 levels overflow happy-dom's own querySelector recursion: capture must still not throw.
    expect(CaptureResultSchema.safeParse(capturePosting(build(10_000, 0), new URL(url))).success).toBe(true);
  }, 30_000);
});
