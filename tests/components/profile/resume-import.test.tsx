// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardPage } from '../../../components/compare/dashboard-page';
import { buildPdf } from '../../fixtures/resumes/make-pdf';
import { storedKeys, WRITE_METHODS, writerSource } from './fake-dashboard-source';

const FIXTURES = join('tests', 'fixtures', 'resumes');
const RESUME = [
  'Senior backend engineer.',
  'Experience',
  '- Designed and shipped REST APIs used by 40 teams.',
  '- Ran our Jenkins CI/CD pipelines.',
  '- Managed a $1M budget for the platform group.',
  '- Wrote Python services.',
  '',
  'Goals: I want to learn AI risk management next year.',
].join('\n');

beforeEach(() => {
  fakeBrowser.reset();
  window.location.hash = '#profile';
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function open(setup?: (env: ReturnType<typeof writerSource>) => Promise<unknown>) {
  const env = writerSource();
  await setup?.(env);
  render(<DashboardPage source={env.source} />);
  await screen.findByTestId('profile');
  return env;
}

const importer = () => screen.getByTestId('resume-import');
const detected = () => within(importer()).queryAllByTestId('resume-detected');
const detectedRow = (id: string) => detected().find((r) => r.getAttribute('data-skill-id') === id)!;
const profileRow = (id: string) => screen.getAllByTestId('profile-skill').find((r) => r.getAttribute('data-skill-id') === id)!;

async function paste(text: string) {
  fireEvent.change(within(importer()).getByTestId('resume-text'), { target: { value: text } });
  await userEvent.click(within(importer()).getByRole('button', { name: /find skills/i }));
}

function choose(file: File) {
  fireEvent.change(within(importer()).getByTestId('resume-file'), { target: { files: [file] } });
}

describe('résumé import: detected skills, confirmed one by one', () => {
  it('lists each skill the text shows the person has, with its sentence; nothing is applied before Apply', async () => {
    const { source } = await open();
    await paste(RESUME);
    const ids = detected().map((r) => r.getAttribute('data-skill-id'));
    expect(ids).toEqual(expect.arrayContaining(['api-development', 'devops-cicd', 'financial-budget-management', 'python']));
    // A goal is not a skill held.
    expect(ids).not.toContain('ai-risk-management');
    expect(within(detectedRow('api-development')).getByTestId('resume-evidence').textContent).toBe('Designed and shipped REST APIs used by 40 teams.');
    expect(within(detectedRow('python')).getByTestId('resume-evidence').textContent).toBe('Wrote Python services.');
    expect(screen.getByTestId('resume-keep')).toHaveProperty('checked', false);
    // Nothing confirmed, nothing to keep: Apply is off.
    expect(screen.getByTestId('resume-apply')).toHaveProperty('disabled', true);
    for (const m of WRITE_METHODS) expect(source[m]).not.toHaveBeenCalled();
  });

  it('applies only the confirmed skills (transferable → have, to learn → learned, other → known) and keeps no text unless asked', async () => {
    // API development is "not yet" in the profile: the résumé says otherwise.
    const { source } = await open(({ writer }) => writer.setSkillState('api-development', 'notYet'));
    expect(profileRow('api-development').getAttribute('data-state')).toBe('notYet');
    await paste(RESUME);

    await userEvent.click(within(detectedRow('api-development')).getByTestId('resume-confirm'));
    await userEvent.click(within(detectedRow('financial-budget-management')).getByTestId('resume-confirm'));
    await userEvent.click(within(detectedRow('python')).getByTestId('resume-confirm'));
    await userEvent.click(within(detectedRow('devops-cicd')).getByTestId('resume-reject'));
    expect(within(detectedRow('python')).getByTestId('resume-confirm').getAttribute('aria-pressed')).toBe('true');
    expect(within(detectedRow('devops-cicd')).getByTestId('resume-reject').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('resume-apply').textContent).toBe('Apply confirmed (3)');

    await userEvent.click(screen.getByTestId('resume-apply'));
    expect((await screen.findByTestId('resume-status')).textContent).toBe('3 skills applied to your profile.');
    expect(source.setSkillState.mock.calls).toEqual([
      ['api-development', 'have'],
      ['financial-budget-management', 'learned'],
    ]);
    expect(source.setOtherSkillKnown.mock.calls).toEqual([['python', true]]);
    expect(source.keepResume).not.toHaveBeenCalled();
    await waitFor(() => expect(profileRow('api-development').getAttribute('data-state')).toBe('have'));
    expect(profileRow('financial-budget-management').getAttribute('data-state')).toBe('learned');
    expect(profileRow('devops-cicd').getAttribute('data-state')).toBe('have');
    expect(screen.getAllByTestId('known-skill').map((r) => r.getAttribute('data-skill-id'))).toEqual(['python']);
    expect(await storedKeys()).not.toContain('resume');
  });

  it('keeps the text only when the user opts in, shows it as kept, and deletes it', async () => {
    const { source } = await open();
    await paste(RESUME);
    await userEvent.click(within(detectedRow('python')).getByTestId('resume-confirm'));
    await userEvent.click(screen.getByTestId('resume-keep'));
    await userEvent.click(screen.getByTestId('resume-apply'));
    await screen.findByText(/the résumé text is kept on this device/);
    expect(source.keepResume).toHaveBeenCalledWith({ text: RESUME, source: 'pasted text' });
    const kept = await screen.findByTestId('resume-kept');
    expect(kept.textContent).toContain('“pasted text”');
    expect(kept.textContent).toContain(`${RESUME.length} characters`);
    expect(((await fakeBrowser.storage.local.get('resume')).resume as { text: string }).text).toBe(RESUME);

    await userEvent.click(screen.getByTestId('resume-delete'));
    await waitFor(() => expect(screen.queryByTestId('resume-kept')).toBeNull());
    expect(source.deleteResume).toHaveBeenCalledTimes(1);
    expect(await storedKeys()).not.toContain('resume');
  });

  it('reads a PDF résumé (its text layer, through pdfjs) and a .md file', async () => {
    const { source } = await open();
    choose(new File([readFileSync(join(FIXTURES, 'resume-onepage.pdf'))], 'resume-onepage.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(detected().length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(source.readPdfText).toHaveBeenCalledTimes(1);
    expect(detected().map((r) => r.getAttribute('data-skill-id'))).toEqual(expect.arrayContaining(['api-development', 'financial-budget-management']));
    expect(within(detectedRow('api-development')).getByTestId('resume-evidence').textContent).toContain('Designed REST and gRPC APIs for the lending platform in Java.');
    expect((within(importer()).getByTestId('resume-text') as HTMLTextAreaElement).value).toContain('MARCUS OYELARAN');

    choose(new File([readFileSync(join(FIXTURES, 'linkedin-backend-to-aipm.md'))], 'profile.md', { type: 'text/markdown' }));
    await waitFor(() => expect(detected().map((r) => r.getAttribute('data-skill-id'))).toContain('cloud-platforms'));
    await userEvent.click(within(detectedRow('cloud-platforms')).getByTestId('resume-confirm'));
    await userEvent.click(screen.getByTestId('resume-keep'));
    await userEvent.click(screen.getByTestId('resume-apply'));
    await waitFor(() => expect(source.keepResume).toHaveBeenCalledTimes(1));
    expect(source.keepResume.mock.calls[0]?.[0].source).toBe('profile.md');
  }, 20_000);
});

describe('résumé import: bad input gets a message, and nothing is applied or stored', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]);
  const files: [name: string, make: () => File, message: RegExp][] = [
    ['an empty file', () => new File([], 'resume.txt'), /“resume\.txt”: Empty file\. Nothing was applied or stored\./],
    ['a file of only whitespace', () => new File(['  \n\t\n'], 'resume.md'), /Empty file \(only whitespace\)/],
    ['a 20 MB file (refused from its size, before it is read)', () => new File([new Uint8Array(20 * 1024 * 1024)], 'big.pdf'), /File too large \(20\.0 MB; a résumé file is at most 5\.0 MB\)/],
    ['a binary renamed .pdf', () => new File([zip], 'resume.pdf'), /Not a readable PDF \(no PDF header\)/],
    ['a corrupt PDF', () => new File(['%PDF-1.4\n1 0 obj\n<< /Type /Catalog broken'], 'broken.pdf'), /Not a readable PDF/],
    ['a scanned PDF without a text layer', () => new File([new Uint8Array(buildPdf(null))], 'scan.pdf'), /No text layer \(a scanned PDF\?\)/],
    ['a binary renamed .txt', () => new File([zip], 'resume.txt'), /Binary file \(contains NUL bytes\)/],
    ['a file that is not UTF-8', () => new File([new Uint8Array([0x43, 0x56, 0xe9, 0x20, 0x28])], 'cv.txt'), /Not valid UTF-8 text/],
    ['a .docx', () => new File(['PK'], 'resume.docx'), /Unsupported file type "\.docx", expected \.txt, \.md or \.pdf/],
    ['a résumé in another language', () => new File([readFileSync(join(FIXTURES, 'cv-francais.txt'))], 'cv.txt'), /Written in French \(fr\); Pathway Lens reads English résumés only for now/],
  ];

  it.each(files)('%s', async (_name, make, message) => {
    const { source } = await open();
    const before = await storedKeys();
    choose(make());
    const alert = await within(importer()).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Nothing was applied or stored\.$/);
    expect(detected()).toHaveLength(0);
    expect(screen.queryByTestId('resume-apply')).toBeNull();
    for (const m of WRITE_METHODS) expect(source[m]).not.toHaveBeenCalled();
    expect(await storedKeys()).toEqual(before);
  });

  it('a 20 MB file is refused from its size: its bytes are never read', async () => {
    await open();
    const file = new File([new Uint8Array(20 * 1024 * 1024)], 'big.txt');
    const read = vi.spyOn(file, 'arrayBuffer');
    choose(file);
    expect((await within(importer()).findByRole('alert')).textContent).toContain('File too large (20.0 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('only a .pdf reaches the PDF reader', async () => {
    const { source } = await open();
    choose(new File([zip], 'resume.pdf'));
    await within(importer()).findByRole('alert');
    // The header check refuses it before pdfjs is asked: the reader is called, and answers from the shared check.
    expect(source.readPdfText).toHaveBeenCalledTimes(1);
    choose(new File(['PK'], 'resume.docx'));
    choose(new File([], 'resume.pdf'));
    await waitFor(() => expect(within(importer()).getByRole('alert').textContent).toContain('Empty file'));
    expect(source.readPdfText).toHaveBeenCalledTimes(1);
  });

  const pasted: [name: string, text: string, message: string | RegExp][] = [
    ['nothing pasted', '   \n ', 'Paste your résumé or profile text, or choose a file, first. Nothing was applied or stored.'],
    [
      'German text',
      'Erfahrung als Backend-Entwicklerin mit acht Jahren. Ich habe die REST-Schnittstellen für unsere Kunden und die Plattform entworfen, und wir haben die Systeme in der Cloud mit dem Team betrieben. Die Arbeit war sehr gut und sie ist auch für die Zukunft wichtig.',
      /^This text is written in German \(de\); Pathway Lens reads English résumés only for now, nothing was detected\. Nothing was applied or stored\.$/,
    ],
    ['text longer than can be kept', 'Built REST APIs. '.repeat(7_000), /^This text is too long \(119,000 characters; a résumé is at most 100,000\)\./],
  ];
  it.each(pasted)('pasted: %s', async (_name, text, message) => {
    const { source } = await open();
    await paste(text);
    const alert = within(importer()).getByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(detected()).toHaveLength(0);
    for (const m of WRITE_METHODS) expect(source[m]).not.toHaveBeenCalled();
    expect(await storedKeys()).not.toContain('resume');
  });

  it('a failed write is reported, and what was not written is not shown as applied', async () => {
    const { source } = await open();
    source.setOtherSkillKnown.mockResolvedValueOnce({ ok: false, error: { code: 'quota', message: 'Storage is full.' } });
    await paste(RESUME);
    await userEvent.click(within(detectedRow('python')).getByTestId('resume-confirm'));
    await userEvent.click(screen.getByTestId('resume-keep'));
    await userEvent.click(screen.getByTestId('resume-apply'));
    expect((await within(importer()).findByRole('alert')).textContent).toBe('Storage is full.');
    // It stopped at the failure: the text was not kept, and the rows are still there to retry.
    expect(source.keepResume).not.toHaveBeenCalled();
    expect(detected().length).toBeGreaterThan(0);
  });
});
