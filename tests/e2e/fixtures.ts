/**
 * Fixture pages for the browser tests — written for Pathway Lens (fictional companies), served by
 * scripts/fixture-server.ts under the real board hostnames.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureRoutes } from '../../scripts/fixture-server';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'fixtures');
export const fixture = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

/**
 * A board capture fixture (tests/fixtures/boards/, the pages the unit tests use) as served: image sources dropped
 * (their CDNs resolve to nothing).
 */
export const boardFixture = (file: string): string =>
  readFileSync(path.join(here, '../fixtures/boards', file), 'utf8').replace(/(<img\b[^>]*?)\s+src="[^"]*"/gi, '$1');

export interface BoardSkill {
  id: string;
  kind: 'transferable' | 'toLearn' | 'other';
  level: 'required' | 'preferred';
  /** Why the fixture text supports it. */
  because: string;
}

export interface BoardCase {
  name: string;
  host: string;
  path: string;
  /** File in tests/fixtures/boards/ (read with `boardFixture`). */
  file: string;
  /** The sidebar's header: the posting's title, and what its company line starts with (a location may follow). */
  title: string;
  company: string;
  /** The element the posting text is in: every highlight must be inside it. */
  description: string;
  expected: BoardSkill[];
  /** Skills only named outside the posting (similar jobs, job alerts): must not be reported. */
  absent: string[];
}

/** The group a skill of `kind` sits in, in a fresh profile (nothing marked learned). */
export const FRESH_GROUP = { transferable: 'have', toLearn: 'roadmap', other: 'other' } as const satisfies Record<BoardSkill['kind'], string>;

/** The board job pages both browsers' sidebar tests serve on their real hostnames (tests/e2e/sidebar-boards.e2e.ts). */
export const BOARDS: readonly BoardCase[] = [
  {
    name: 'LinkedIn (guest job view)',
    host: 'www.linkedin.com',
    path: '/jobs/view/technical-program-manager-ml-platform-at-northwind-analytics-4100000001',
    file: 'linkedin-guest.html',
    title: 'Technical Program Manager, ML Platform',
    company: 'Northwind Analytics',
    description: '.show-more-less-html__markup',
    expected: [
      { id: 'sql-data-management', kind: 'transferable', level: 'required', because: '"Experience with Python and SQL." under Minimum qualifications' },
      { id: 'python', kind: 'other', level: 'required', because: 'same line; Python is not on the pathway' },
      { id: 'devops-cicd', kind: 'transferable', level: 'preferred', because: '"Familiarity with MLOps tooling" under Preferred qualifications' },
    ],
    // Named only in the right rail: "Rust Developer" (similar jobs), "Scrum Master" (people also viewed).
    absent: ['rust', 'agile-scrum'],
  },
  {
    name: 'Greenhouse (job-boards template)',
    host: 'job-boards.greenhouse.io',
    path: '/litwareai/jobs/4555000008',
    file: 'greenhouse-new.html',
    title: 'Technical Program Manager, Inference Platform',
    company: 'Litware AI',
    description: '.job__description',
    expected: [
      { id: 'program-management-frameworks', kind: 'toLearn', level: 'required', because: '"8+ years of technical program management" under "good fit if you have"' },
      { id: 'gpu-clusters', kind: 'other', level: 'required', because: '"Experience planning GPU capacity" in the same list' },
      { id: 'devops-cicd', kind: 'transferable', level: 'preferred', because: '"Familiarity with Kubernetes" under "Strong candidates may also have"' },
    ],
    // Named only in the job-alert box below the posting ("Snowflake or Tableau roles").
    absent: ['tableau', 'sql-data-management'],
  },
  {
    name: 'Lever',
    host: 'jobs.lever.co',
    path: '/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
    file: 'lever.html',
    title: 'Delivery Manager, Applied AI',
    company: 'Proseware',
    description: '.content .section-wrapper.page-full-width:not(.accent-section)',
    expected: [
      { id: 'financial-budget-management', kind: 'toLearn', level: 'required', because: '"Own delivery risks, budgets and timelines."' },
      { id: 'ai-ml-fundamentals', kind: 'toLearn', level: 'required', because: '"Understanding of machine learning lifecycles." under What you\'ll need' },
      { id: 'enterprise-customers', kind: 'other', level: 'required', because: '"Experience delivering enterprise software projects."' },
    ],
    absent: [],
  },
  {
    name: 'Workday',
    host: 'acme.wd5.myworkdayjobs.com',
    path: '/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234',
    file: 'workday.html',
    title: 'Senior Technical Program Manager, AI Infrastructure',
    company: 'Woodgrove Systems',
    description: '[data-automation-id="jobPostingDescription"]',
    expected: [
      { id: 'stakeholder-management', kind: 'toLearn', level: 'required', because: '"Report program health to executives."' },
      // The opening "This role runs our GPU cluster build-out program" is the role summary, and "across hardware, network
      // and software teams" names teams to work with: neither is an ask of the candidate (analysis 1.1).
      { id: 'program-management-frameworks', kind: 'toLearn', level: 'required', because: '"10+ years of program management"' },
    ],
    // "Kubernetes Engineer" is only in the Similar Jobs panel.
    absent: ['devops-cicd', 'gpu-clusters'],
  },
];

export const boardUrl = (b: Pick<BoardCase, 'host' | 'path'>): string => `https://${b.host}${b.path}`;

/** A board by its fixture file. */
export function boardByFile(file: string): BoardCase {
  const b = BOARDS.find((x) => x.file === file);
  if (!b) throw new Error(`no board with file ${file}`);
  return b;
}

export const LINKEDIN_JOB_PATH = '/jobs/view/ai-program-manager-at-harborlight-health-4087213345';
export const LINKEDIN_JOB_URL = `https://www.linkedin.com${LINKEDIN_JOB_PATH}/`;
export const LINKEDIN_FEED_URL = 'https://www.linkedin.com/feed/';
export const GREENHOUSE_BOARD_URL = 'https://job-boards.greenhouse.io/quillmark';
export const NON_BOARD_CAREERS_URL = 'https://careers.example.com/jobs/ai-program-manager';

export const FIXTURE_ROUTES: FixtureRoutes = {
  'www.linkedin.com': {
    [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') },
    '/feed': { body: fixture('linkedin-feed.html') },
  },
  'job-boards.greenhouse.io': {
    '/quillmark': { body: fixture('greenhouse-board.html') },
  },
  'careers.example.com': {
    '/jobs/ai-program-manager': { body: fixture('careers-example.html') },
  },
};
