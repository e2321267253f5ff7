/**
 * The export file `npm run bench:browser` imports: saved postings the way a user gets them — a posting text read on a
 * board, analysed by the one posting flow (lib/posting/flow.ts), saved as the writer saves it (lib/storage/writer/
 * postings.ts: excerpt, times, status), then exported (lib/storage/export-import.ts `buildExport`, pretty-printed JSON).
 *
 * The posting texts are synthetic and deterministic (written for this project, never corpus text): a title, a company,
 * sections (about, responsibilities, minimum and preferred qualifications, benefits) of bullets drawn from pools that ask
 * for pathway skills and others, with typos and negations. Two lengths:
 * - `full`: board-length postings (≈ 350–650 words), stored at ≈ 6–8 KB each like the real postings we analysed, plus
 *   their full descriptions (`text:<id>`, in the export's `texts`), as a save keeps them;
 * - `short`: two or three terse requirement bullets (≈ 10 words), ≈ 1.6 KB stored.
 * With `unlimitedStorage` 5,000 board-length postings with their descriptions fit (see `fits`).
 */
import { jobRefFromUrl } from '../../lib/capture/job-key';
import type { PostingBlock } from '../../lib/analysis/sections';
import { analyze, toSaveInput, type PostingText } from '../../lib/posting/flow';
import { keptTextRecord, postingContent } from '../../lib/storage/posting-content';
import { metaKey, postingKey, progressKey, SETTINGS_KEY, textKey } from '../../lib/storage/keys';
import { entryBytes, UNLIMITED_BUDGET_BYTES } from '../../lib/storage/quota';
import { buildShards } from '../../lib/storage/summary';
import { IMPORT_MAX_CHARS } from '../../lib/storage/safe-json';
import {
  DEFAULT_SETTINGS,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  POSTING_VERSION,
  PROGRESS_VERSION,
  SETTINGS_VERSION,
  TEXT_VERSION,
  type ExportFile,
  type PostingText as KeptText,
  type PostingStatus,
  type ProgressRecord,
  type SavedPosting,
} from '../../lib/storage/schemas';

export type PostingLength = 'full' | 'short';

/** A small deterministic generator (LCG), so every run imports the same file. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
function pickSome<T>(rand: () => number, xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0] as T);
  return out;
}

const TITLES = [
  'AI Program Manager',
  'Technical Program Manager, ML Platform',
  'Senior Technical Program Manager, Inference',
  'Program Manager, Responsible AI',
  'Technical Program Manager, Data Infrastructure',
  'AI Delivery Lead',
  'Machine Learning Program Manager',
  'Program Manager, Model Evaluations',
  'Senior Program Manager, AI Products',
  'Technical Program Manager, Cloud Platform',
  'Engineering Program Manager, LLM Applications',
  'Program Lead, Applied AI',
];
const COMPANY_A = ['North', 'Blue', 'Harbor', 'Litware', 'Proseware', 'Fabrikam', 'Contoso', 'Tailspin', 'Wingtip', 'Adatum', 'Relecloud', 'Lamna', 'Fourth', 'Coho', 'Alpine', 'Woodgrove'];
const COMPANY_B = [' Analytics', ' AI', ' Labs', ' Systems', ' Health', ' Robotics', ' Data', ' Cloud', ' Bank', ' Learning', '', ' Works'];
const LOCATIONS = ['Remote', 'Remote (US)', 'New York, NY', 'San Francisco, CA', 'Seattle, WA', 'London, UK', 'Berlin, Germany', 'Toronto, ON', 'Austin, TX', 'Dublin, Ireland', 'Hybrid — Boston, MA'];

const ABOUT = [
  'We build machine learning tools that help hospitals plan staff and beds a week ahead.',
  'Our platform serves models to millions of people every day, and reliability is our first feature.',
  'The team is small, senior and distributed across three time zones.',
  'We are a research-driven company shipping large language model products to enterprise customers.',
  'You will join the group that turns research prototypes into dependable services.',
  'We care about safety, clear writing and decisions made with data.',
  'Our customers are banks and insurers who need explainable, audited models.',
  'This role reports to the Director of Engineering Programs.',
];
const RESPONSIBILITIES = [
  'Own the delivery plan for model training and inference launches across research and infrastructure teams',
  'Keep executives informed with clear written updates on milestones, dependencies and risks',
  'Run sprint planning and retrospectives for a distributed platform team using Scrum and Kanban',
  'Coordinate data labelling vendors and track quality against agreed service levels',
  'Drive the launch checklist for new model versions, from evaluation to staged rollout',
  'Build the quarterly roadmap with product and research leads and keep it honest',
  'Track compute spend against the budget and forecast GPU capacity needs',
  'Lead incident reviews and make sure follow-up actions are owned and closed',
  'Define OKRs for the program and report progress on KPIs every month',
  'Manage cross-functional dependencies between platform, security and legal teams',
  'Lead change management when teams adopt new ML tooling and processes',
  'Write program documentation in Confluence and keep the Jira board tidy',
  'Partner with data engineering on pipelines, data quality checks and SQL dashboards',
  'Work with the responsible AI team on model risk assessments and governance reviews',
];
const MINIMUM = [
  '5+ years of program or project management experience in a technical organisation',
  '3+ years of software engineering experience building backend services and REST APIs',
  'Experience with AWS or GCP cloud infrastructure and Kubernetes',
  'Working knowledge of machine learning concepts: training, evaluation, inference',
  'Strong stakeholder management skills and the ability to influence without authority',
  'Experience running Agile teams with Scrum; PMP or PRINCE2 certification',
  'Comfortable with SQL and reading data to make decisions',
  'Experience owning a budget and vendor contracts',
  'Familiarity with CI/CD release pipelines and on-call practices',
  'Understanding of distributed systems and system design trade-offs',
  'Excellent written and verbal communication skills',
  'Experience with AI risk management frameworks such as the NIST AI RMF',
  'Strong stakeholder managment and executive communication',
  'Hands-on experiance with machine lerning projects',
];
const PREFERRED = [
  'Experience with large language models and prompt evaluation',
  'Certified Scrum Master (CSM) or SAFe certification',
  'Background in data engineering with Spark or Airflow',
  'Knowledge of the EU AI Act and model governance',
  'Experience with Python for scripting and analysis',
  'Familiarity with MLOps tooling such as MLflow or Kubeflow',
  'Experience with Terraform and infrastructure as code',
  'A degree in computer science or a related field',
  'Experience with Tableau or Looker dashboards',
  'PMP certification is a plus; a CSM is not required',
];
/** Terse requirement lines, as a short posting (or one pasted in part) has them. */
const SHORT = [
  '5+ years of program management',
  'Stakeholder management',
  'PMP certification',
  'Scrum experience',
  'AWS and Kubernetes',
  'SQL',
  'Python',
  'Budget ownership',
  'ML fundamentals',
  'AI risk management',
  'REST APIs',
  'CI/CD pipelines',
  'System design',
  'Jira and Confluence',
  'OKRs and KPIs',
  'Vendor management',
];
const BENEFITS = [
  'Generous parental leave and flexible hours',
  'A yearly learning stipend for courses and conferences',
  'Health, dental and vision cover from day one',
  'Equity in a growing company',
  'Four weeks of paid time off, plus public holidays',
  'A home-office budget for remote employees',
];

const BOARDS = ['linkedin', 'greenhouse', 'lever', 'workday', 'ashby', 'indeed', 'smartrecruiters', 'glassdoor', 'wellfound'] as const;
const hex = (rand: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const digits = (rand: () => number, n: number) => String(1 + Math.floor(rand() * 9)) + Array.from({ length: n - 1 }, () => Math.floor(rand() * 10)).join('');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A page URL of `board` in the shape its real postings have (the job key is read from it as capture does). */
function boardUrl(board: (typeof BOARDS)[number], rand: () => number, company: string, title: string): string {
  const c = slug(company) || 'acme';
  const t = slug(title) || 'program-manager';
  const uuid = `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-a${hex(rand, 3)}-${hex(rand, 12)}`;
  switch (board) {
    case 'linkedin':
      return `https://www.linkedin.com/jobs/view/${digits(rand, 10)}/`;
    case 'greenhouse':
      return `https://job-boards.greenhouse.io/${c.replace(/-/g, '')}/jobs/${digits(rand, 10)}`;
    case 'lever':
      return `https://jobs.lever.co/${c}/${uuid}`;
    case 'workday':
      return `https://${c.replace(/-/g, '')}.wd5.myworkdayjobs.com/en-US/External/job/Remote/${t}_R${digits(rand, 6)}`;
    case 'ashby':
      return `https://jobs.ashbyhq.com/${c}/${uuid}`;
    case 'indeed':
      return `https://www.indeed.com/viewjob?jk=${hex(rand, 16)}`;
    case 'smartrecruiters':
      return `https://jobs.smartrecruiters.com/${c.replace(/-/g, '')}/${digits(rand, 15)}-${t}`;
    case 'glassdoor':
      return `https://www.glassdoor.com/job-listing/${t}-${c}-JV_IC1147401_KO0,20_KE21,30.htm?jl=${digits(rand, 13)}`;
    case 'wellfound':
      return `https://wellfound.com/jobs/${digits(rand, 7)}-${t}`;
  }
}

/** One posting as capture hands it to the flow: text and blocks (headings, list items, paragraphs). */
export function syntheticPosting(index: number, length: PostingLength, seed = 1): PostingText {
  const rand = lcg(seed * 1_000_003 + index * 7_919 + 17);
  const title = pick(rand, TITLES);
  const company = `${pick(rand, COMPANY_A)}${pick(rand, COMPANY_B)}`;
  const board = BOARDS[index % BOARDS.length] ?? 'linkedin';
  const url = boardUrl(board, rand, company, title);
  const ref = jobRefFromUrl(url);
  if (!ref) throw new Error(`bench generator: no job key for ${url}`);
  const blocks: PostingBlock[] = [];
  const heading = (text: string) => blocks.push({ type: 'heading', text });
  const items = (xs: readonly string[]) => xs.forEach((text) => blocks.push({ type: 'listItem', text: `${text}.` }));
  if (length === 'full') {
    blocks.push({ type: 'paragraph', text: pickSome(rand, ABOUT, between(rand, 2, 4)).join(' ') });
    heading('What you will do');
    items(pickSome(rand, RESPONSIBILITIES, between(rand, 5, 8)));
    heading('Minimum qualifications');
    items(pickSome(rand, MINIMUM, between(rand, 4, 7)));
    heading('Preferred qualifications');
    items(pickSome(rand, PREFERRED, between(rand, 2, 5)));
    heading('Benefits');
    items(pickSome(rand, BENEFITS, between(rand, 3, 5)));
    blocks.push({ type: 'paragraph', text: `${company} is an equal opportunity employer. We welcome applicants of every background and read every application.` });
  } else {
    heading('Requirements');
    items(pickSome(rand, SHORT, between(rand, 2, 3)));
  }
  return {
    jobKey: ref.jobKey,
    url: ref.canonicalUrl,
    board,
    title,
    company,
    location: pick(rand, LOCATIONS),
    descriptionText: blocks.map((b) => b.text).join('\n'),
    descriptionBlocks: blocks as PostingText['descriptionBlocks'],
  };
}

const DAY = 86_400_000;
const STATUSES: readonly PostingStatus[] = ['saved', 'saved', 'saved', 'saved', 'applying', 'applied', 'applied', 'interviewing', 'rejected', 'archived', 'offer'];
const NOTES = ['Referral from a former colleague.', 'Salary band looks right; ask about on-call.', 'Recruiter call booked.', 'Needs PMP — revisit after phase 2.'];

/**
 * `n` saved postings, analysed and stored as the writer stores a save (ids unique: a clash takes the next index).
 * Saved over the `spanDays` before `now`, oldest first; some have moved on in status or carry a note.
 */
export function generatePostings(n: number, options: { length: PostingLength; seed?: number; now?: number; spanDays?: number }): SavedPosting[] {
  return generateSaved(n, options).postings;
}

/** Saved postings and the full descriptions a save keeps with them (lib/storage/posting-content.ts `keptTextRecord`). */
export function generateSaved(n: number, options: { length: PostingLength; seed?: number; now?: number; spanDays?: number }): { postings: SavedPosting[]; texts: KeptText[] } {
  const { length, seed = 1, now = Date.UTC(2026, 0, 15), spanDays = 540 } = options;
  const out: SavedPosting[] = [];
  const texts: KeptText[] = [];
  const ids = new Set<string>();
  for (let i = 0; out.length < n; i++) {
    const posting = syntheticPosting(i, length, seed);
    if (ids.has(posting.jobKey)) continue;
    ids.add(posting.jobKey);
    const input = toSaveInput(posting, analyze(posting));
    const kept = keptTextRecord(input.jobKey, input);
    if (kept) texts.push(kept);
    const rand = lcg(seed + i * 31);
    const savedAt = now - spanDays * DAY + Math.floor(((out.length + rand()) / n) * spanDays * DAY);
    const status = pick(rand, STATUSES);
    const notes = rand() < 0.1 ? pick(rand, NOTES) : '';
    const updatedAt = status === 'saved' && !notes ? savedAt : Math.min(now, savedAt + between(rand, 1, 20) * DAY);
    out.push({
      id: input.jobKey,
      ...postingContent(input),
      savedAt,
      updatedAt,
      status,
      notes,
      history: historyTo(status, savedAt, updatedAt),
      followUpAt: null,
      followUpDoneAt: null,
    });
  }
  return { postings: out, texts };
}

/** A plausible stage history ending at `status`: saved, then applied (for answers), then the status when it changed. */
export function historyTo(status: SavedPosting['status'], savedAt: number, changedAt: number): SavedPosting['history'] {
  if (status === 'saved') return [{ status, at: savedAt }];
  const replied = status === 'interviewing' || status === 'offer' || status === 'rejected';
  const applied = replied ? [{ status: 'applied' as const, at: savedAt + Math.floor((changedAt - savedAt) / 2) }] : [];
  return [{ status: 'saved', at: savedAt }, ...applied, { status, at: changedAt }];
}

/** A user some weeks into the roadmap: two skills learned, one being learned, first-phase tasks done, a known skill. */
export function sampleProgress(now = Date.UTC(2026, 0, 15)): ProgressRecord[] {
  const at = (daysAgo: number) => now - daysAgo * DAY;
  const done = (kind: ProgressRecord['kind'], id: string, daysAgo: number): ProgressRecord => ({ kind, id, done: true, doneAt: at(daysAgo), updatedAt: at(daysAgo) });
  return [
    done('skill', 'ai-ml-fundamentals', 120),
    done('skill', 'agile-certification', 60),
    { kind: 'learning', id: 'stakeholder-management', done: true, doneAt: at(30), updatedAt: at(30) },
    done('task', 'p1-ai-for-everyone', 150),
    done('task', 'p1-read-pm-books', 130),
    done('task', 'p1-start-pmp-study', 90),
    done('action', 'week-enroll-ai-for-everyone', 160),
    done('other', 'python', 200),
  ];
}

/** The export file of those postings, progress and settings, as `buildExport` orders it. */
export function exportFile(postings: readonly SavedPosting[], progress: readonly ProgressRecord[] = sampleProgress(), now = Date.UTC(2026, 0, 15), texts?: readonly KeptText[]): ExportFile {
  // A posting claims its description only when the file carries it.
  const carried = new Set(texts?.map((t) => t.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    postings: [...postings]
      .map(({ textChars, ...p }) => (textChars !== undefined && carried.has(p.id) ? { ...p, textChars } : p))
      .sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1)),
    progress: [...progress],
    settings: { ...DEFAULT_SETTINGS, hoursPerWeek: 8, startDate: '2025-08-01', updatedAt: now - 170 * DAY },
    ...(texts && texts.length > 0 ? { texts: [...texts] } : {}),
  };
}

/** The file's text exactly as the extension writes an export (compact JSON). */
export const exportText = (file: ExportFile): string => JSON.stringify(file);

/** What the file costs in storage.local after import, counted as the writer counts it (key + JSON, with WXT's meta). */
export function storedBytes(file: ExportFile): number {
  let n = 0;
  const add = (key: string, value: unknown, v: number) => (n += entryBytes(key, value) + entryBytes(metaKey(key), { v }));
  for (const p of file.postings) add(postingKey(p.id), p, POSTING_VERSION);
  for (const r of file.progress) add(progressKey(r.kind, r.id), r, PROGRESS_VERSION);
  add(SETTINGS_KEY, file.settings, SETTINGS_VERSION);
  for (const t of file.texts ?? []) add(textKey(t.id), t, TEXT_VERSION);
  // The summary index the writer keeps beside the records (lib/storage/summary.ts).
  if (file.postings.length > 0) for (const [key, shard] of Object.entries(buildShards(file.postings))) n += entryBytes(key, shard);
  return n;
}

/** Whether an import of `text` (the file) can succeed in a fresh profile: under the import limit and the storage budget. */
export function fits(file: ExportFile, text: string, budget = UNLIMITED_BUDGET_BYTES): { ok: boolean; storedBytes: number; fileChars: number; reason: string | null } {
  const stored = storedBytes(file);
  const reason =
    text.length > IMPORT_MAX_CHARS
      ? `the file has ${(text.length / 2 ** 20).toFixed(1)} MiB of text, over the ${IMPORT_MAX_CHARS / 2 ** 20} MiB import limit`
      : stored > budget
        ? `it needs ${(stored / 2 ** 20).toFixed(1)} MiB of storage.local, over the ${(budget / 2 ** 20).toFixed(1)} MiB budget`
        : null;
  return { ok: reason === null, storedBytes: stored, fileChars: text.length, reason };
}
