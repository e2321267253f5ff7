// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { capturePosting } from '../../lib/capture/capture-posting';
import { blocksToText, type CapturedPosting } from '../../lib/capture/capture-result';
import { analyze } from '../../lib/posting/flow';
import { analyzeCapture, analyzePasted, type AnalyzedPosting } from '../../lib/posting/on-demand';
import { keptPosting } from '../../lib/storage/kept-text';
import { postingKey, textKey } from '../../lib/storage/keys';
import { PostingTextSchema, SavedPostingSchema, SavePostingInputSchema } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { loadFixture } from '../capture/fixtures';
import { tickingClock } from './helpers';

/**
 * Fidelity of re-analysis (issue 14, point 3): a posting saved through the real flow (capture or paste → analysis →
 * save payload → the background's validation → the writer), analysed again from what storage kept, at the same
 * analysis version, gives exactly the report made at save time. The plain text alone does not (sections come from
 * the blocks): the kept layout is what makes it exact.
 */

const NOW = new Date('2025-06-01T12:00:00.000Z');

const PAGES: readonly { fixture: string; url: string }[] = [
  { fixture: 'linkedin-guest.html', url: 'https://www.linkedin.com/jobs/view/technical-program-manager-ml-platform-at-northwind-analytics-4100000001?trk=public_jobs_topcard-title' },
  { fixture: 'linkedin-search.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000102&keywords=program%20manager&origin=JOBS_HOME_SEARCH_BUTTON' },
  { fixture: 'indeed-viewjob.html', url: 'https://www.indeed.com/viewjob?jk=0f1e2d3c4b5a6978&from=serp&vjs=3' },
  { fixture: 'indeed-search-pane.html', url: 'https://www.indeed.com/jobs?q=program+manager&l=Remote&vjk=1a2b3c4d5e6f7081' },
  { fixture: 'greenhouse-new.html', url: 'https://job-boards.greenhouse.io/litwareai/jobs/4555000008?gh_src=8a1b2c3d' },
  { fixture: 'greenhouse-legacy.html', url: 'https://boards.greenhouse.io/contosoresearch/jobs/4012345?gh_src=abc' },
  { fixture: 'lever.html', url: 'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00?lever-source=LinkedIn' },
  { fixture: 'workday.html', url: 'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234?source=jobboard' },
  { fixture: 'ashby.html', url: 'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e?utm_source=LinkedIn' },
  { fixture: 'smartrecruiters.html', url: 'https://jobs.smartrecruiters.com/AlpineSkiHouse/743999123456789-program-manager-data-ai?trid=abc' },
  { fixture: 'glassdoor-pane.html', url: 'https://www.glassdoor.com/Job/chicago-program-manager-jobs-SRCH_IL.0,7_IC1128808_KO8,23.htm?jl=1009123456789&pos=101' },
  { fixture: 'wellfound.html', url: 'https://wellfound.com/jobs/3012345-founding-ai-program-manager?utm_source=newsletter' },
  // Career sites we do not list: saved as board "other", analysed as the capture's board (jsonld, generic).
  { fixture: 'jsonld-graph.html', url: 'https://careers.example.com/jobs/ai-program-manager-1' },
  { fixture: 'generic-career.html', url: 'https://careers.example.org/openings/42' },
];

/** Saves as the background does (the message's schema, then the writer) and reads back the record and its kept text. */
async function saveAndReadBack(writer: Writer, analyzed: AnalyzedPosting) {
  const parsed = SavePostingInputSchema.safeParse(analyzed.input);
  expect(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues[0])).toBe(true);
  if (!parsed.success) throw new Error('invalid save input');
  const saved = await writer.savePosting(parsed.data);
  expect(saved.ok).toBe(true);
  const id = parsed.data.jobKey;
  const all = await fakeBrowser.storage.local.get([postingKey(id), textKey(id)]);
  return { posting: SavedPostingSchema.parse(all[postingKey(id)]), kept: PostingTextSchema.parse(all[textKey(id)]) };
}

describe('re-analysis from the kept text reproduces the report made at save time (same version)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('for every board fixture, saved through the real capture → analysis → save flow', async () => {
    const writer = createWriter({ now: tickingClock() });
    let captured = 0;
    for (const page of PAGES) {
      const result = capturePosting(loadFixture(page.fixture, page.url), new URL(page.url), NOW);
      expect(result.ok, page.fixture).toBe(true);
      if (!result.ok) continue;
      const analyzed = analyzeCapture(result.posting);
      expect(analyzed, page.fixture).not.toBeNull();
      if (!analyzed) continue;
      captured++;
      const { posting, kept } = await saveAndReadBack(writer, analyzed);
      expect(kept.blocks, page.fixture).toBeDefined();
      expect(analyze(keptPosting(posting, kept)), page.fixture).toEqual(analyzed.report);
    }
    expect(captured).toBe(PAGES.length);
  });

  it('needs the layout: a heading the plain text does not show as one changes a skill’s level', async () => {
    const writer = createWriter({ now: tickingClock() });
    const blocks: CapturedPosting['descriptionBlocks'] = [
      { type: 'heading', text: 'Requirements' },
      { type: 'listItem', text: '5+ years of program management with executive stakeholders' },
      // Ten words, no colon: a heading only because the page marked it up as one.
      { type: 'heading', text: 'Bonus points if you bring any of the following experience' },
      { type: 'listItem', text: 'Kubernetes and Terraform in production' },
    ];
    const capture: CapturedPosting = {
      board: 'lever',
      url: 'https://jobs.lever.co/acme/1',
      canonicalUrl: 'https://jobs.lever.co/acme/1',
      jobKey: 'lever:acme:1',
      title: 'AI Program Manager',
      company: 'Acme',
      location: 'Remote',
      descriptionText: blocksToText(blocks),
      descriptionBlocks: blocks,
      source: 'board',
      capturedAt: NOW.toISOString(),
    };
    const analyzed = analyzeCapture(capture);
    if (!analyzed) throw new Error('not analysed');
    const { posting, kept } = await saveAndReadBack(writer, analyzed);
    const again = analyze(keptPosting(posting, kept));
    expect(again).toEqual(analyzed.report);
    expect(again.skills.find((s) => s.id === 'devops-cicd')?.level).toBe('preferred');
    // The same text without its layout reads the bonus list as required.
    const plain = analyze({ ...keptPosting(posting, kept), descriptionBlocks: [] });
    expect(plain.skills.find((s) => s.id === 'devops-cicd')?.level).toBe('required');
  });

  it('for pasted postings, whose blocks are not all verbatim parts of the text (spacing, bullets)', async () => {
    const writer = createWriter({ now: tickingClock() });
    const text = [
      'Senior AI Program Manager',
      '',
      'ABOUT THE ROLE',
      'You will run   our machine learning programs\twith research and platform teams.',
      '',
      'Requirements:',
      '  •  5+ years of program management;   PMP certification',
      '  - Stakeholder management with executives',
      '  * Experience building REST APIs and data pipelines in Python',
      'Nice to have',
      '1) Kubernetes and Terraform',
      '2) Familiarity with the EU AI Act',
      '',
      'Benefits',
      '- Health insurance and a learning budget',
    ].join('\n');
    const analyzed = await analyzePasted({ text: `\n\n${text}\n`, title: '', company: 'Acme', url: '' });
    expect(analyzed).not.toBeNull();
    if (!analyzed) return;
    const { posting, kept } = await saveAndReadBack(writer, analyzed);
    // Some blocks are slices of the text, some (spacing the paste normalised) carry their own text.
    expect(kept.blocks?.some((b) => b.length === 3)).toBe(true);
    expect(kept.blocks?.some((b) => b.length === 2)).toBe(true);
    expect(analyze(keptPosting(posting, kept))).toEqual(analyzed.report);
  });

  it('a posting saved with its text but no blocks (an older sender) is analysed as plain text', async () => {
    const writer = createWriter({ now: tickingClock() });
    const capture: CapturedPosting = {
      board: 'greenhouse',
      url: 'https://boards.greenhouse.io/acme/jobs/9',
      canonicalUrl: 'https://boards.greenhouse.io/acme/jobs/9',
      jobKey: 'greenhouse:acme:9',
      title: 'AI Program Manager',
      company: 'Acme',
      location: null,
      descriptionText: 'Requirements\n- Stakeholder management\n- Python',
      descriptionBlocks: [],
      source: 'board',
      capturedAt: NOW.toISOString(),
    };
    const analyzed = analyzeCapture(capture);
    if (!analyzed) throw new Error('not analysed');
    expect(analyzed.input.descriptionBlocks).toBeUndefined();
    const { posting, kept } = await saveAndReadBack(writer, analyzed);
    expect(kept.blocks).toBeUndefined();
    expect(analyze(keptPosting(posting, kept))).toEqual(analyzed.report);
  });
});
