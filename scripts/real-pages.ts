import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capturePosting } from '../lib/capture/capture-posting';
import { closeHtmlDocument, loadHtmlPage } from './load-html-document';

/**
 * npm run --silent real-pages [-- DIR]
 * Real saved job pages (default ../shared/corpus/html-real beside the checkout, not part of the project) through
 * the extension's capture, as `npm run analyze` reads them: title and company against DIR/expected.json.
 * Prints one row per page and the totals; exits 1 when a page's title or company is wrong, 0 with a one-line
 * note when the corpus is absent.
 */

export interface ExpectedPage {
  file: string;
  board: string;
  url: string;
  title: string;
  company: string;
}

interface PageRow {
  file: string;
  board: string;
  expectedTitle: string;
  title: string | null;
  titleOk: boolean;
  expectedCompany: string;
  company: string | null;
  companyOk: boolean;
  descriptionChars: number;
  failure: string | null;
}

interface RealPagesSummary {
  rows: PageRow[];
  titleOk: number;
  companyOk: number;
  total: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_REAL_PAGES_DIR = resolve(HERE, '../../shared/corpus/html-real');

/** Same-text comparison: whitespace and dash variants do not count as a difference; case does ("nvidia" is not "NVIDIA"). */
export function sameText(a: string | null, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFKC').replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
  return a !== null && norm(a) === norm(b);
}

function isExpectedPage(value: unknown): value is ExpectedPage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['file', 'board', 'url', 'title', 'company'].every((k) => typeof v[k] === 'string');
}

export async function readExpected(dir: string): Promise<ExpectedPage[]> {
  const raw = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as unknown;
  if (!Array.isArray(raw) || !raw.every(isExpectedPage)) throw new Error(`${join(dir, 'expected.json')}: not a list of {file, board, url, title, company}`);
  return raw;
}

async function checkPage(dir: string, page: ExpectedPage): Promise<PageRow> {
  const html = await readFile(join(dir, page.file), 'utf8');
  const loaded = loadHtmlPage(html, page.url);
  try {
    const result = capturePosting(loaded.doc, loaded.url);
    const title = result.ok ? result.posting.title : null;
    const company = result.ok ? result.posting.company : null;
    return {
      file: page.file,
      board: page.board,
      expectedTitle: page.title,
      title,
      titleOk: sameText(title, page.title),
      expectedCompany: page.company,
      company,
      companyOk: sameText(company, page.company),
      descriptionChars: result.ok ? result.posting.descriptionText.length : 0,
      failure: result.ok ? null : result.reason,
    };
  } finally {
    await closeHtmlDocument(loaded.doc);
  }
}

export async function runRealPages(dir: string): Promise<RealPagesSummary> {
  const rows: PageRow[] = [];
  for (const page of await readExpected(dir)) rows.push(await checkPage(dir, page));
  return {
    rows,
    titleOk: rows.filter((r) => r.titleOk).length,
    companyOk: rows.filter((r) => r.companyOk).length,
    total: rows.length,
  };
}

const cut = (s: string | null, n: number): string => {
  const text = s ?? '—';
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
};

export function formatSummary(summary: RealPagesSummary): string {
  const lines = [
    'Real pages (title / company as captured):',
    `  ${'file'.padEnd(20)} ${'board'.padEnd(11)} ${'title'.padEnd(5)} ${'expected → got'.padEnd(70)} ${'company'.padEnd(7)} ${'expected → got'.padEnd(44)} desc`,
  ];
  for (const r of summary.rows) {
    const got = r.failure ? `(capture failed: ${r.failure})` : cut(r.title, 32);
    lines.push(
      `  ${r.file.padEnd(20)} ${r.board.padEnd(11)} ${(r.titleOk ? 'ok' : 'WRONG').padEnd(5)} ${`${cut(r.expectedTitle, 34)} → ${got}`.padEnd(70)} ` +
        `${(r.companyOk ? 'ok' : 'WRONG').padEnd(7)} ${`${cut(r.expectedCompany, 20)} → ${r.failure ? '—' : cut(r.company, 20)}`.padEnd(44)} ${r.descriptionChars}`,
    );
  }
  const ratio = (n: number): string => (summary.total === 0 ? '1.000' : (n / summary.total).toFixed(3));
  lines.push(`Title accuracy: ${ratio(summary.titleOk)} (${summary.titleOk}/${summary.total})`);
  lines.push(`Company accuracy: ${ratio(summary.companyOk)} (${summary.companyOk}/${summary.total})`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? DEFAULT_REAL_PAGES_DIR);
  if (!existsSync(join(dir, 'expected.json'))) {
    process.stdout.write(`real-pages: skipped, no real-page corpus at ${dir} (it lives beside the checkout in ../shared).\n`);
    return;
  }
  const summary = await runRealPages(dir);
  process.stdout.write(`${formatSummary(summary)}\n`);
  if (summary.titleOk < summary.total || summary.companyOk < summary.total) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`real-pages failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exit(1);
  });
}
