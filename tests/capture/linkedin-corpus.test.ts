// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { capturePosting } from '../../lib/capture/capture-posting';
import { blocksToText } from '../../lib/capture/capture-result';
import { descriptionHtmlToBlocks } from '../../lib/capture/html-to-blocks';
import { loadHtmlDocument, loadHtmlPage, UNKNOWN_PAGE_URL } from '../../scripts/load-html-document';

/**
 * The real saved LinkedIn guest pages in ../shared/corpus, beside the checkout (licence unknown: read in place,
 * never copied). Where the corpus is absent the suites are skipped, and the test names and a console line say so.
 * The expected description is the corpus's own plain-text copy of the posting, read at run time, compared
 * ignoring list markers and whitespace.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const corpusFile = (...parts: string[]): string => path.join(CORPUS, ...parts);
const PAGES = [
  {
    html: 'linkedin-001.html',
    text: '016-google-data-scientist-research-youtube.txt',
    url: 'https://www.linkedin.com/jobs/view/data-scientist-research-youtube-at-google-4074860200',
    jobKey: 'linkedin:4074860200',
    title: 'Data Scientist, Research, YouTube',
    company: 'Google',
    location: 'San Bruno, CA',
  },
  {
    html: 'linkedin-002.html',
    text: '017-microsoft-data-scientist.txt',
    url: 'https://www.linkedin.com/jobs/view/data-scientist-at-microsoft-4072281378',
    jobKey: 'linkedin:4072281378',
    title: 'Data Scientist',
    company: 'Microsoft',
    location: 'California, United States',
  },
  {
    html: 'linkedin-003.html',
    text: '018-meta-data-scientist-product-analytics.txt',
    url: 'https://www.linkedin.com/jobs/view/data-scientist-product-analytics-at-meta-4060214565',
    jobKey: 'linkedin:4060214565',
    title: 'Data Scientist, Product Analytics',
    company: 'Meta',
    location: 'San Francisco, CA',
  },
];

const normalise = (text: string): string => text.replace(/^- /gm, '').replace(/\s+/g, ' ').trim();
const announced = new Set<string>();
/** '' when every file is there; otherwise what a skipped suite's name says, e.g. " (skipped: ../shared/corpus not found)". */
function missing(files: readonly string[]): string {
  if (files.every((f) => existsSync(f))) return '';
  const reason = existsSync(CORPUS)
    ? `skipped: ${files.filter((f) => !existsSync(f)).map((f) => path.relative(CORPUS, f)).join(', ')} not in ../shared/corpus`
    : 'skipped: ../shared/corpus not found';
  if (!announced.has(reason)) console.info(`[linkedin-corpus] ${reason} (looked in ${CORPUS})`);
  announced.add(reason);
  return ` (${reason})`;
}

const pagesMissing = missing(PAGES.flatMap((p) => [corpusFile('html', p.html), corpusFile('postings', p.text)]));

describe.skipIf(pagesMissing !== '').each(PAGES)(`real LinkedIn guest page $html${pagesMissing}`, (page) => {
  const html = (): string => readFileSync(corpusFile('html', page.html), 'utf8');
  const expectedDescription = (): string => {
    const file = readFileSync(corpusFile('postings', page.text), 'utf8');
    return normalise(file.slice(file.indexOf('\n\n') + 2));
  };

  it('extracts title, company, location and the full description (JSON-LD)', () => {
    const result = capturePosting(loadHtmlDocument(html(), page.url), new URL(page.url));
    if (!result.ok) throw new Error(result.message);
    expect(result.posting).toMatchObject({ board: 'linkedin', source: 'jsonld', jobKey: page.jobKey, title: page.title, company: page.company, location: page.location });
    expect(normalise(result.posting.descriptionText)).toBe(expectedDescription());
    expect(result.posting.descriptionBlocks.some((b) => b.type === 'heading' || b.type === 'listItem')).toBe(true);
  });

  it('extracts the same posting from the DOM alone (guest adapter)', () => {
    const doc = loadHtmlDocument(html(), page.url);
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) script.remove();
    const result = capturePosting(doc, new URL(page.url));
    if (!result.ok) throw new Error(result.message);
    expect(result.posting).toMatchObject({ source: 'board', title: page.title, company: page.company, location: page.location });
    expect(normalise(result.posting.descriptionText)).toBe(expectedDescription());
  });
});

describe('CLI loading of saved pages without --url', () => {
  it.skipIf(pagesMissing !== '')(`takes the URL from og:url, so board, jobKey and company are still found${pagesMissing}`, () => {
    const page = PAGES[1];
    if (!page) throw new Error('missing page');
    const { doc, url } = loadHtmlPage(readFileSync(corpusFile('html', page.html), 'utf8'));
    expect(url.href).toBe(page.url);
    const result = capturePosting(doc, url);
    expect(result.ok && [result.posting.board, result.posting.jobKey, result.posting.company]).toEqual(['linkedin', page.jobKey, page.company]);
  });

  // Needs no corpus: runs everywhere.
  it('falls back to a placeholder URL for pages that name none', () => {
    expect(loadHtmlPage('<html><body><p>x</p></body></html>').url.href).toBe(UNKNOWN_PAGE_URL);
  });
});

const FRAGMENT = corpusFile('html', 'greenhouse-001-content-fragment.html');
const FRAGMENT_TEXT = corpusFile('postings', '001-anthropic-technical-program-manager-inference.txt');
const fragmentMissing = missing([FRAGMENT, FRAGMENT_TEXT]);
describe.skipIf(fragmentMissing !== '')(`real Greenhouse API content fragment${fragmentMissing}`, () => {
  it('the linear tokenizer reads the whole description', () => {
    const blocks = descriptionHtmlToBlocks(readFileSync(FRAGMENT, 'utf8'));
    const file = readFileSync(FRAGMENT_TEXT, 'utf8');
    expect(normalise(blocksToText(blocks))).toBe(normalise(file.slice(file.indexOf('\n\n') + 2)));
    expect(blocks.filter((b) => b.type === 'heading').length).toBeGreaterThan(3);
  });
});
