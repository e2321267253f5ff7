// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BOARD_ADAPTERS } from '../../lib/capture/boards';
import type { SelectorChains } from '../../lib/capture/boards/board-adapter';
import { capturePosting } from '../../lib/capture/capture-posting';
import { blocksToText, type CapturedPosting, type DescriptionBlock } from '../../lib/capture/capture-result';
import { CapturedPostingSchema } from '../../lib/capture/capture-result-schema';
import type { KnownBoard } from '../../lib/job-boards';
import { loadFixture, renameHook } from './fixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const h = (text: string): DescriptionBlock => ({ type: 'heading', text });
const p = (text: string): DescriptionBlock => ({ type: 'paragraph', text });
const li = (text: string): DescriptionBlock => ({ type: 'listItem', text });

interface BoardCase {
  fixture: string;
  url: string;
  board: CapturedPosting['board'];
  source: CapturedPosting['source'];
  jobKey: string;
  title: string;
  company: string | null;
  location: string | null;
  blocks: DescriptionBlock[];
  /** Words that only appear in page noise (nav, cookie banners, similar jobs, skills panels, apply forms). */
  noise: string[];
  /** Simulates the board renaming its first hooks, so the second selectors are the ones left to work. */
  renameFirstHooks?: (doc: Document) => void;
  /** No DOM evidence for this board: it has no selector chain worth a fallback test (JSON-LD/generic do the work). */
  noDomEvidence?: boolean;
}

const CASES: BoardCase[] = [
  {
    fixture: 'linkedin-guest.html',
    url: 'https://www.linkedin.com/jobs/view/technical-program-manager-ml-platform-at-northwind-analytics-4100000001?trk=public_jobs_topcard-title',
    board: 'linkedin',
    source: 'jsonld',
    jobKey: 'linkedin:4100000001',
    title: 'Technical Program Manager, ML Platform',
    company: 'Northwind Analytics',
    location: 'Seattle, WA',
    blocks: [
      h('About the role'),
      p('Northwind Analytics is building the platform our data scientists use to train and ship models. You will coordinate delivery across five engineering teams.'),
      h('Responsibilities'),
      li('Own the quarterly roadmap for model training infrastructure.'),
      li('Run cross-team planning and risk reviews.'),
      h('Minimum qualifications:'),
      li('5 years of program management experience in software engineering.'),
      li('Experience with Python and SQL.'),
      h('Preferred qualifications:'),
      li('Familiarity with MLOps tooling such as MLflow.'),
      p('We are an equal opportunity employer & value diversity.'),
    ],
    noise: ['Kubernetes', 'Terraform', 'Rust', 'Scrum', 'cookies', 'Seniority', 'Show more', 'Articles', '150,000'],
  },
  {
    fixture: 'linkedin-search.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000102&keywords=program%20manager&origin=JOBS_HOME_SEARCH_BUTTON',
    board: 'linkedin',
    source: 'board',
    jobKey: 'linkedin:4100000102',
    title: 'AI Program Manager',
    company: 'Tailwind Traders',
    location: 'Austin, TX',
    blocks: [
      h('Who we are'),
      p('Tailwind Traders runs the analytics behind 400 stores. Our AI group turns forecasting research into production systems.'),
      h("What you'll do"),
      li('Lead the delivery of demand-forecasting models from pilot to production.'),
      li('Run weekly risk reviews with data science, engineering and legal.'),
      li('Report program status to the VP of AI.'),
      h('What you bring'),
      li('7+ years of program or project management, 3 of them on machine learning products.'),
      li('PMP or equivalent certification.'),
      p('Salary range: $140,000 – $170,000.'),
    ],
    noise: ['Kubernetes', 'Terraform', 'Snowflake', 'Spark', 'About the company', 'home improvement', 'Easy Apply', 'About the job', 'Messaging', 'Data Engineer'],
  },
  {
    fixture: 'indeed-viewjob.html',
    url: 'https://www.indeed.com/viewjob?jk=0f1e2d3c4b5a6978&from=serp&vjs=3',
    board: 'indeed',
    source: 'board',
    jobKey: 'indeed:0f1e2d3c4b5a6978',
    title: 'Machine Learning Project Manager',
    company: 'Fabrikam Health',
    location: 'Boston, MA 02110',
    blocks: [
      h('Overview'),
      p('Fabrikam Health builds clinical decision tools. We are hiring a project manager to run our machine learning delivery track.'),
      h('Responsibilities:'),
      li('Plan and track ML model releases with the data science team.'),
      li('Coordinate validation studies with clinical partners.'),
      li('Maintain the project budget and vendor contracts.'),
      h('Qualifications:'),
      li("Bachelor's degree in a technical field."),
      li('4+ years managing software or analytics projects.'),
      li('Working knowledge of Agile and Jira.'),
      p('Pay: $120,000.00 - $145,000.00 per year'),
      h('Schedule:'),
      li('Monday to Friday'),
      p('Work Location: Hybrid remote in Boston, MA 02110'),
    ],
    noise: ['Kubernetes', 'Tableau', 'Salesforce', 'Snowflake', 'cookies', 'Profile insights', 'Report job', 'job post'],
    renameFirstHooks: (doc) => {
      renameHook(doc, '[data-testid="inlineHeader-companyName"]', 'data-testid', 'jobsearch-JobInfoHeader-companyName');
      renameHook(doc, '[data-testid="inlineHeader-companyLocation"]', 'data-testid', 'job-location');
    },
  },
  {
    fixture: 'indeed-search-pane.html',
    url: 'https://www.indeed.com/jobs?q=program+manager&l=Remote&vjk=1a2b3c4d5e6f7081',
    board: 'indeed',
    source: 'board',
    jobKey: 'indeed:1a2b3c4d5e6f7081',
    title: 'AI Program Manager',
    company: 'Adventure Works',
    location: 'Remote',
    blocks: [
      p('Adventure Works is looking for an AI Program Manager to coordinate our generative AI roadmap.'),
      h('Key duties'),
      li('Drive model evaluation programs end to end.'),
      li('Partner with legal on AI governance reviews.'),
      h('Requirements'),
      li('Experience managing AI or ML programs.'),
    ],
    noise: ['Kubernetes', 'Terraform', 'DevOps', 'Proseware'],
    renameFirstHooks: (doc) => {
      renameHook(doc, '[data-testid="inlineHeader-companyName"]', 'data-testid', 'jobsearch-JobInfoHeader-companyName');
      renameHook(doc, '[data-testid="inlineHeader-companyLocation"]', 'data-testid', 'job-location');
    },
  },
  {
    fixture: 'greenhouse-new.html',
    url: 'https://job-boards.greenhouse.io/litwareai/jobs/4555000008?gh_src=8a1b2c3d',
    board: 'greenhouse',
    source: 'board',
    jobKey: 'greenhouse:4555000008',
    title: 'Technical Program Manager, Inference Platform',
    company: 'Litware AI',
    location: 'San Francisco, CA | New York City, NY',
    blocks: [
      h('About Litware AI'),
      p('Litware AI trains and serves large language models for enterprise customers.'),
      h('About the role'),
      p('You will own the execution of our inference capacity program, working with research, infrastructure and finance.'),
      h('You may be a good fit if you have:'),
      li('8+ years of technical program management in infrastructure or ML systems.'),
      li('Experience planning GPU capacity and vendor contracts.'),
      li('Clear written communication.'),
      h('Strong candidates may also have:'),
      li('Familiarity with Kubernetes and model serving.'),
      h('Annual Salary:'),
      p('$290,000—$365,000 USD'),
    ],
    noise: ['Snowflake', 'Tableau', 'cookies', 'Apply', 'First Name', 'Greenhouse'],
  },
  {
    fixture: 'greenhouse-legacy.html',
    url: 'https://boards.greenhouse.io/contosoresearch/jobs/4012345?gh_src=abc',
    board: 'greenhouse',
    source: 'board',
    jobKey: 'greenhouse:4012345',
    title: 'Senior Program Manager, Responsible AI',
    company: 'Contoso Research',
    location: 'Remote - US',
    blocks: [
      p('Contoso Research is looking for a program manager to run our responsible AI review process.'),
      h("What you'll do"),
      li('Run the model launch review board.'),
      li('Track mitigations for identified risks.'),
      h("What we're looking for"),
      li('5+ years of program management.'),
      li('Knowledge of AI risk frameworks such as the NIST AI RMF.'),
      p('Contoso Research is an equal opportunity employer.'),
    ],
    noise: ['Resume', 'LinkedIn Profile', 'Apply', 'Powered'],
  },
  {
    fixture: 'lever.html',
    url: 'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00?lever-source=LinkedIn',
    board: 'lever',
    source: 'board',
    jobKey: 'lever:0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
    title: 'Delivery Manager, Applied AI',
    company: 'Proseware',
    location: 'London, United Kingdom',
    blocks: [
      p('Proseware helps insurers automate claims with machine learning.'),
      p('As Delivery Manager you will lead customer deployments of our models.'),
      h("What you'll do"),
      li('Plan and run deployment projects with customer IT teams.'),
      li('Own delivery risks, budgets and timelines.'),
      h("What you'll need"),
      li('Experience delivering enterprise software projects.'),
      li('Understanding of machine learning lifecycles.'),
      p('We offer private health cover and 30 days of leave.'),
    ],
    noise: ['Apply', 'Full-time', 'Hybrid', 'Lever', 'Professional Services', 'Home Page'],
  },
  {
    fixture: 'workday.html',
    url: 'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234?source=jobboard',
    board: 'workday',
    // Title/company/location from JSON-LD; its description is two flat lines, so the richer DOM blocks win.
    source: 'jsonld',
    jobKey: 'workday:woodgrove:JR2001234',
    title: 'Senior Technical Program Manager, AI Infrastructure',
    company: 'Woodgrove Systems',
    location: 'Santa Clara, CA',
    blocks: [
      p('Woodgrove builds data centers for AI training.'),
      p('This role runs our GPU cluster build-out program.'),
      h('What you will be doing:'),
      li('Drive schedules for cluster bring-up across hardware, network and software teams.'),
      li('Report program health to executives.'),
      h('What we need to see:'),
      li('10+ years of program management in hardware or infrastructure.'),
      li('BS in Engineering or equivalent experience.'),
      p('The base salary range is 200,000 USD - 310,000 USD.'),
    ],
    noise: ['Kubernetes', 'cookies', 'Apply', 'Posted 5 Days', 'Careers Home', 'Similar'],
    renameFirstHooks: (doc) => {
      renameHook(doc, '[data-automation-id="jobPostingHeader"]', 'data-automation-id', 'jobTitle');
      renameHook(doc, '[data-automation-id="jobPostingDescription"]', 'data-automation-id', 'richTextArea');
    },
  },
  {
    fixture: 'ashby.html',
    url: 'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e?utm_source=LinkedIn',
    board: 'ashby',
    source: 'board',
    jobKey: 'ashby:7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
    title: 'AI Operations Program Lead',
    company: 'Fourth Coffee',
    location: 'Toronto, Canada; Remote - Canada',
    blocks: [
      h('About us'),
      p('Fourth Coffee uses machine learning to plan roasting and delivery for 900 cafés. Note: braces like } and { or "quotes" in text must not confuse the reader.'),
      h('The role'),
      li('Run the operating cadence for our AI forecasting program.'),
      li('Coordinate data, engineering and café operations teams.'),
      h('You have'),
      li('Program management experience in operations or supply chain.'),
      li('Comfort with dashboards & SQL.'),
    ],
    noise: ['Resume', 'Employment Type', 'Powered', 'All jobs', 'Apply'],
  },
  {
    fixture: 'smartrecruiters.html',
    url: 'https://jobs.smartrecruiters.com/AlpineSkiHouse/743999123456789-program-manager-data-ai?trid=abc',
    board: 'smartrecruiters',
    source: 'board',
    jobKey: 'smartrecruiters:743999123456789',
    title: 'Program Manager, Data & AI',
    company: 'Alpine Ski House',
    location: 'Denver, CO, United States',
    blocks: [
      h('Company Description'),
      p('Alpine Ski House operates twelve mountain resorts.'),
      h('Job Description'),
      li('Run the data and AI project portfolio.'),
      li('Report benefits and risks to the leadership team.'),
      h('Qualifications'),
      li('Five years of portfolio or program management.'),
      li('Experience with cloud data platforms.'),
    ],
    noise: ['Kubernetes', 'cookies', 'Full-time', 'Powered', 'Other jobs'],
  },
  {
    fixture: 'glassdoor-pane.html',
    url: 'https://www.glassdoor.com/Job/chicago-program-manager-jobs-SRCH_IL.0,7_IC1128808_KO8,23.htm?jl=1009123456789&pos=101',
    board: 'glassdoor',
    source: 'board',
    jobKey: 'glassdoor:1009123456789',
    title: 'ML Program Manager',
    company: "Margie's Travel",
    location: 'Chicago, IL',
    blocks: [
      p("Margie's Travel is hiring a program manager for its recommendation models."),
      h('Responsibilities'),
      li('Coordinate ranking model launches across three squads.'),
      li('Own the experimentation calendar.'),
      h('Requirements'),
      li('3+ years as a program manager in a data team.'),
    ],
    noise: ['Kubernetes', 'Terraform', 'Show more', 'Company overview', 'cookies', 'Cloud Engineer', '★'],
    renameFirstHooks: (doc) => {
      renameHook(doc, '[data-test="employer-name"]', 'class', 'EmployerProfile_employerName__q1w2e', 'data-test');
      renameHook(doc, '[data-test="location"]', 'class', 'JobDetails_location__zz', 'data-test');
    },
  },
  {
    fixture: 'wellfound.html',
    url: 'https://wellfound.com/jobs/3012345-founding-ai-program-manager?utm_source=newsletter',
    board: 'wellfound',
    source: 'jsonld',
    jobKey: 'wellfound:3012345',
    title: 'Founding AI Program Manager',
    company: 'Blue Yonder Airlines',
    location: 'San Francisco, California',
    blocks: [
      p('Blue Yonder Airlines is a 20-person startup building AI crew scheduling.'),
      p('We are backed by two aviation funds and ship weekly with pilot customers in Europe and North America.'),
      h('What you will do'),
      li('Run our pilot programs with two airlines.'),
      li('Turn customer feedback into a roadmap.'),
      li('Set up the delivery process as the team grows.'),
    ],
    noise: ['Go Engineer', 'Similar', 'Discover'],
    noDomEvidence: true,
  },
];

describe.each(CASES)('$fixture', (c) => {
  it('captures title, company, location and the exact description', () => {
    const result = capturePosting(loadFixture(c.fixture, c.url), new URL(c.url), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const posting = result.posting;
    expect(CapturedPostingSchema.parse(posting)).toEqual(posting);
    expect({
      board: posting.board,
      source: posting.source,
      jobKey: posting.jobKey,
      title: posting.title,
      company: posting.company,
      location: posting.location,
    }).toEqual({ board: c.board, source: c.source, jobKey: c.jobKey, title: c.title, company: c.company, location: c.location });
    expect(posting.descriptionBlocks).toEqual(c.blocks);
    expect(posting.descriptionText).toBe(blocksToText(c.blocks));
    expect(posting.url).toBe(c.url);
    expect(posting.capturedAt).toBe(NOW.toISOString());
  });

  it('keeps page noise out of the description', () => {
    const result = capturePosting(loadFixture(c.fixture, c.url), new URL(c.url), NOW);
    if (!result.ok) throw new Error(result.message);
    for (const word of c.noise) expect(result.posting.descriptionText, word).not.toContain(word);
  });

  it.skipIf(c.noDomEvidence)('reads the same posting when the first selector of every chain is gone', () => {
    const board = c.board as KnownBoard;
    const adapter = BOARD_ADAPTERS[board];
    const url = new URL(c.url);
    const baseline = adapter.extract(loadFixture(c.fixture, c.url), url);
    const doc = loadFixture(c.fixture, c.url);
    c.renameFirstHooks?.(doc);
    const fallback = adapter.extract(doc, url, withoutFirstSelectors(adapter.selectors));
    expect(baseline.title).not.toBeNull();
    expect(baseline.blocks.length).toBeGreaterThan(0);
    expect({ title: fallback.title, company: fallback.company, location: fallback.location, blocks: fallback.blocks }).toEqual({
      title: baseline.title,
      company: baseline.company,
      location: baseline.location,
      blocks: baseline.blocks,
    });
  });
});

describe('board adapters without JSON-LD or app data', () => {
  it('LinkedIn guest page reads the same posting from the DOM when JSON-LD is absent', () => {
    const c = CASES[0];
    if (!c) throw new Error('missing case');
    const doc = loadFixture(c.fixture, c.url);
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    const result = capturePosting(doc, new URL(c.url), NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.source).toBe('board');
    expect([result.posting.title, result.posting.company, result.posting.location]).toEqual([c.title, c.company, c.location]);
    expect(result.posting.descriptionBlocks).toEqual(c.blocks);
  });

  it('Ashby falls back to the rendered DOM when window.__appData is missing', () => {
    const url = 'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e';
    const doc = loadFixture('ashby.html', url);
    for (const script of Array.from(doc.querySelectorAll('script'))) script.remove();
    const result = capturePosting(doc, new URL(url), NOW);
    if (!result.ok) throw new Error(result.message);
    const expected = CASES.find((c) => c.fixture === 'ashby.html');
    expect(result.posting.title).toBe('AI Operations Program Lead');
    expect(result.posting.company).toBe('Fourth Coffee'); // from "<Title> @ <Company>"
    expect(result.posting.location).toBe('Toronto, Canada'); // left-pane "Location"
    expect(result.posting.descriptionBlocks).toEqual(expected?.blocks);
  });

  it('Ashby ignores window.__appData describing another posting (stale after in-page navigation)', () => {
    const other = 'https://jobs.ashbyhq.com/fourthcoffee/11111111-2222-4333-8444-555555555555';
    const doc = loadFixture('ashby.html', other);
    doc.querySelector('h1')?.replaceChildren('Barista Trainer');
    const fields = BOARD_ADAPTERS.ashby.extract(doc, new URL(other));
    expect(fields.title).toBe('Barista Trainer');
    expect(fields.shownJobId).toBeNull();
  });

  it('Ashby never evaluates the inline script', () => {
    const url = 'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e';
    const doc = loadFixture('ashby.html', url);
    const script = doc.querySelectorAll('script')[1];
    if (!script) throw new Error('missing script');
    // Not JSON: an expression. Reading it must neither run it nor accept it.
    script.textContent = 'window.__appData = {"posting": (globalThis.__pwned = 1)};';
    const fields = BOARD_ADAPTERS.ashby.extract(doc, new URL(url));
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(fields.title).toBe('AI Operations Program Lead'); // from the DOM
  });
});

/** Chains with the first selector of every field removed, to exercise the fallbacks. */
function withoutFirstSelectors(chains: SelectorChains): SelectorChains {
  return {
    pane: chains.pane.slice(1),
    title: chains.title.slice(1),
    company: chains.company.slice(1),
    location: chains.location.slice(1),
    description: chains.description.slice(1),
    exclude: chains.exclude,
  };
}
