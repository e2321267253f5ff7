import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import type { CapturedPosting } from '../../lib/capture/capture-result';
import { analysisInput, analyze, SAVE_DESCRIPTION_MAX, toSaveInput } from '../../lib/posting/flow';
import { analyzeCapture, analyzePasted, pickCapture, PASTED_BOARD, PASTED_URL_BASE } from '../../lib/posting/on-demand';
import { SavePostingInputSchema } from '../../lib/storage/schemas';

const DESCRIPTION = [
  'About the role',
  'We are hiring an AI Program Manager to run our machine learning programs.',
  'Requirements',
  '- 5+ years of program management experience; PMP certification',
  '- Stakeholder management with executives',
  '- Experience building REST APIs',
  'Nice to have',
  '- Kubernetes',
].join('\n');

function captured(over: Partial<CapturedPosting> = {}): CapturedPosting {
  const blocks = DESCRIPTION.split('\n').map((line) =>
    line.startsWith('- ') ? { type: 'listItem' as const, text: line.slice(2) } : { type: line.length < 20 ? ('heading' as const) : ('paragraph' as const), text: line },
  );
  return {
    board: 'greenhouse',
    url: 'https://boards.greenhouse.io/acme/jobs/123',
    canonicalUrl: 'https://boards.greenhouse.io/acme/jobs/123',
    jobKey: 'greenhouse:acme:123',
    title: 'AI Program Manager',
    company: 'Acme',
    location: 'Remote',
    descriptionText: DESCRIPTION,
    descriptionBlocks: blocks,
    source: 'board',
    capturedAt: '2026-12-01T10:00:00.000Z',
    ...over,
  };
}

describe('the posting flow: capture → analysis → save payload, one path for sidebar, popup and CLI', () => {
  it('analyses a capture with exactly what capture read (title, company, board, blocks)', () => {
    const posting = captured();
    const report = analyze(posting);
    expect(report).toEqual(analyzePosting(analysisInput(posting)));
    expect(report.posting).toEqual({ title: 'AI Program Manager', company: 'Acme', location: 'Remote', board: 'greenhouse', url: 'https://boards.greenhouse.io/acme/jobs/123' });
    const ids = report.skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['program-management-frameworks', 'stakeholder-management', 'api-development', 'devops-cicd']));
    // Kubernetes counts as the pathway's DevOps skill, under "Nice to have".
    expect(report.skills.find((s) => s.id === 'devops-cicd')?.level).toBe('preferred');
  });

  it('builds the save payload the background accepts, bounded, in one place', () => {
    const posting = captured({ title: 'T'.repeat(500), company: 'C'.repeat(500) });
    const report = analyze(posting);
    const input = toSaveInput(posting, report);
    expect(SavePostingInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ jobKey: 'greenhouse:acme:123', board: 'greenhouse', description: DESCRIPTION, report });
    expect(toSaveInput({ ...posting, descriptionText: 'x'.repeat(SAVE_DESCRIPTION_MAX + 10) }, report).description).toHaveLength(SAVE_DESCRIPTION_MAX);
    expect(toSaveInput(posting, report, 40).description).toBe(DESCRIPTION.slice(0, 40));
  });

  it('saves career sites we do not list as board "other", pasted postings as "pasted"', () => {
    const posting = captured({ board: 'jsonld', jobKey: 'generic:careers.example.com/jobs/1', url: 'https://careers.example.com/jobs/1' });
    expect(toSaveInput(posting, analyze(posting)).board).toBe('other');
    expect(toSaveInput({ ...posting, board: PASTED_BOARD }, analyze(posting)).board).toBe('pasted');
  });
});

describe('on-demand analysis in the popup', () => {
  it('"Analyze this page" prefers structured captures, then the longer text, then the top frame; ignores invalid frames', () => {
    const generic = captured({ source: 'generic', descriptionText: `${DESCRIPTION}\nMore text from the page chrome.` });
    const board = captured({ source: 'board' });
    expect(pickCapture([{ frameId: 0, result: { ok: true, posting: generic } }, { frameId: 3, result: { ok: true, posting: board } }])).toMatchObject({ ok: true, frameId: 3, posting: { source: 'board' } });
    expect(pickCapture([{ frameId: 2, result: { ok: true, posting: board } }, { frameId: 0, result: { ok: true, posting: board } }])).toMatchObject({ ok: true, frameId: 0 });
    expect(pickCapture([{ frameId: 0, result: { ok: true, posting: { ...board, title: '' } } }, { frameId: 1, result: '<script>' }])).toEqual({ ok: false, reason: 'no-posting' });
    expect(pickCapture([{ frameId: 0, result: { ok: false, reason: 'loading', message: 'posting still loading' } }])).toEqual({ ok: false, reason: 'loading' });
  });

  it('analyses the picked capture through the same flow as the sidebar', () => {
    const posting = captured();
    const analyzed = analyzeCapture(posting);
    expect(analyzed).toEqual({ source: 'page', report: analyze(posting), input: toSaveInput(posting, analyze(posting)) });
    expect(analyzeCapture(captured({ url: 'javascript:alert(1)' }))).toBeNull();
    expect(analyzeCapture(captured({ jobKey: 'has space' }))).toBeNull();
  });

  it('pastes: the same text (spacing, case) is the same posting; no URL means a reserved address', async () => {
    const a = await analyzePasted({ text: DESCRIPTION, title: '', company: ' Acme ', url: '' });
    const b = await analyzePasted({ text: `  ${DESCRIPTION.toUpperCase()}  `, title: 'Mine', company: '', url: 'https://jobs.example.com/1' });
    expect(a?.input.jobKey).toMatch(/^pasted:[0-9a-f]{24}$/);
    expect(b?.input.jobKey).toBe(a?.input.jobKey);
    expect(a?.input).toMatchObject({ board: 'pasted', title: 'About the role', company: 'Acme', location: null });
    expect(a?.input.url.startsWith(PASTED_URL_BASE)).toBe(true);
    expect(b?.input).toMatchObject({ title: 'Mine', company: null, url: 'https://jobs.example.com/1' });
    expect(SavePostingInputSchema.safeParse(a?.input).success).toBe(true);
    expect(a?.report.skills.map((s) => s.id)).toEqual(analyze({ ...captured(), board: 'pasted' }).skills.map((s) => s.id));
    expect(await analyzePasted({ text: '   ', title: '', company: '', url: '' })).toBeNull();
  });
});

describe('pickCapture failures', () => {
  it('says why no frame had a posting: description not shown beats loading beats no posting', () => {
    const fail = (reason: string) => ({ ok: false, reason, message: 'x' });
    expect(pickCapture([{ frameId: 0, result: fail('no-posting') }, { frameId: 1, result: fail('loading') }])).toEqual({ ok: false, reason: 'loading' });
    expect(pickCapture([{ frameId: 0, result: fail('no-description') }, { frameId: 1, result: fail('loading') }])).toEqual({ ok: false, reason: 'no-description' });
    expect(pickCapture([{ frameId: 0, result: fail('loading') }, { frameId: 1, result: fail('no-description') }])).toEqual({ ok: false, reason: 'no-description' });
    expect(pickCapture([])).toEqual({ ok: false, reason: 'no-posting' });
  });
});
