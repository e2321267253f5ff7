// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel, progressView, readFileText } from '../../../components/saved/data-panel';
import type { ImportPreview } from '../../../lib/storage/export-import';
import { fail, type Result } from '../../../lib/storage/result';
import type { ImportCallOptions } from '../../../lib/storage/transfer-client';
import { axeViolations } from '../../insights/axe';

afterEach(cleanup);

const preview: ImportPreview = {
  sourceVersion: 2,
  added: [{ id: 'a', title: '<b>New role</b>', company: 'Acme' }],
  replaced: [{ id: 'b', title: 'Updated role', company: null }],
  keptExisting: 3,
  skippedReadOnly: [],
  progressAdded: 2,
  progressReplaced: 0,
  settingsReplaced: false,
};

function setup(overrides: Partial<Parameters<typeof DataPanel>[0]> = {}) {
  const props = {
    usage: { bytesInUse: 9 * 1024 * 1024, quotaBytes: 10 * 1024 * 1024, ratio: 0.9, warn: true },
    corrupt: { quarantined: [{ key: 'posting:x', reason: 'invalid', issues: ['title: too long'], version: 2, at: 1 }], pending: [], readOnlyKeys: [], backups: 0 },
    onExport: vi.fn(async (format: 'json' | 'csv') => ({ ok: true as const, value: { filename: `export.${format}`, mimeType: 'application/json', text: '{}' } })),
    onPreviewImport: vi.fn(async () => ({ ok: true as const, value: preview })),
    onApplyImport: vi.fn(async () => ({ ok: true as const, value: preview })),
    download: vi.fn(),
    ...overrides,
  };
  return { ...render(<DataPanel {...props} />), props, user: userEvent.setup() };
}

describe('DataPanel', () => {
  it('shows storage use with the quota warning and the set-aside records', async () => {
    const { container } = setup();
    expect(screen.getByText(/Using 9\.0 MB of 10\.0 MB \(90%\)/)).toBeTruthy();
    expect(screen.getByTestId('quota-warning')).toBeTruthy();
    expect(screen.getByTestId('corrupt-records').textContent).toContain('1 record could not be read and was set aside');
    expect(screen.getByTestId('corrupt-records').textContent).toContain('posting:x: invalid (title: too long)');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('exports JSON and CSV through the callbacks and downloads the file', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    expect(props.onExport).toHaveBeenCalledWith('json');
    expect(props.download).toHaveBeenCalledWith(expect.objectContaining({ filename: 'export.json' }));
    await user.click(screen.getByRole('button', { name: 'Export postings (CSV)' }));
    expect(props.onExport).toHaveBeenCalledWith('csv');
    expect(screen.getByRole('status').textContent).toBe('Exported export.csv.');
  });

  it('a file over the import bound is refused with its size before it is read or sent', async () => {
    const { props, user } = setup();
    // 5,000 board-length postings are ~60 MB; a file over 128 MB is refused from its size alone: it is never read.
    const huge = new File(['{}'], 'big.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), huge);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('big.json is 200.0 MB: Pathway Lens imports files of up to 128.0 MB. Nothing was imported.');
    expect(read).not.toHaveBeenCalled();
    expect(props.onPreviewImport).not.toHaveBeenCalled();
  });

  it('previews an import before applying it, and shows rejections as text', async () => {
    const { user, props } = setup({ usage: null, corrupt: null });
    const file = new File(['{"format":"pathway-lens-export"}'], 'backup.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), file);
    const box = await screen.findByTestId('import-preview');
    expect(props.onPreviewImport).toHaveBeenCalledWith('{"format":"pathway-lens-export"}', { onProgress: expect.any(Function), signal: expect.any(AbortSignal) });
    expect(box.textContent).toContain('1 postings to add, 1 to update, 3 already up to date; 2 progress changes');
    expect(box.textContent).toContain('Add: <b>New role</b> · Acme');
    expect(box.querySelector('b')).toBeNull();
    expect(props.onApplyImport).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(props.onApplyImport).toHaveBeenCalledWith('{"format":"pathway-lens-export"}', { onProgress: expect.any(Function) });
    expect((await screen.findByRole('status')).textContent).toBe('Imported: 1 added, 1 updated.');
    expect(screen.queryByTestId('import-preview')).toBeNull();

    vi.mocked(props.onPreviewImport).mockResolvedValueOnce(fail('import-rejected', 'This is not a Pathway Lens export file.'));
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['nope'], 'x.json'));
    expect((await screen.findByRole('alert')).textContent).toBe('This is not a Pathway Lens export file.');
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('shows determinate progress while the file is read, sent and applied', async () => {
    let previewDone: (r: Result<ImportPreview>) => void = () => undefined;
    let applyDone: (r: Result<ImportPreview>) => void = () => undefined;
    let report: ImportCallOptions['onProgress'];
    const { user, container } = setup({
      onPreviewImport: vi.fn((_text: string, options?: ImportCallOptions) => {
        report = options?.onProgress;
        return new Promise<Result<ImportPreview>>((resolve) => (previewDone = resolve));
      }),
      onApplyImport: vi.fn((_text: string, options?: ImportCallOptions) => {
        report = options?.onProgress;
        return new Promise<Result<ImportPreview>>((resolve) => (applyDone = resolve));
      }),
    });
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['{}'], 'backup.json'));
    const bar = () => screen.getByRole('progressbar', { name: 'Import progress' });
    act(() => report?.({ phase: 'sending', done: 2_500, total: 5_000 }));
    expect(bar().getAttribute('aria-valuenow')).toBe('65');
    expect(bar().getAttribute('aria-valuemin')).toBe('0');
    expect(bar().getAttribute('aria-valuemax')).toBe('100');
    expect(bar().getAttribute('aria-valuetext')).toBe('65%: Checking postings and descriptions: 2,500 of 5,000');
    expect(screen.getByTestId('import-progress')).toBe(bar());
    expect((screen.getByLabelText('Import a Pathway Lens JSON export') as HTMLInputElement).disabled).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
    act(() => report?.({ phase: 'checking', done: 0, total: 1 }));
    expect(bar().getAttribute('aria-valuenow')).toBe('95');
    await act(async () => previewDone({ ok: true, value: preview }));
    expect(screen.queryByRole('progressbar')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    act(() => report?.({ phase: 'applying', done: 2, total: 3 }));
    expect(bar().getAttribute('aria-valuenow')).toBe('67');
    expect(bar().getAttribute('aria-valuetext')).toBe('67%: Writing to storage…');
    // The bench and the browser tests wait for the message: no notice appears while the import runs.
    expect(container.querySelector('[data-testid="data-panel"] > p.notice--info, [data-testid="data-panel"] > p.notice--error')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true);
    await act(async () => applyDone({ ok: true, value: preview }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Imported: 1 added, 1 updated.');
  });

  it('an interrupted import says so and drops the preview; Cancel drops the staged import', async () => {
    const { user, props } = setup({
      usage: null,
      onApplyImport: vi.fn(async () => fail('not-found', 'The import was interrupted (Pathway Lens restarted). Nothing was imported: choose the file again.')),
    });
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['{}'], 'backup.json'));
    await screen.findByTestId('import-preview');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The import was interrupted .*choose the file again\.$/);
    expect(screen.queryByTestId('import-preview')).toBeNull();

    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['{}'], 'again.json'));
    await screen.findByTestId('import-preview');
    const signal = vi.mocked(props.onPreviewImport).mock.calls.at(-1)?.[1]?.signal;
    expect(signal?.aborted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('a quota refusal keeps the preview, so Import can be tried again after making room', async () => {
    const { user, props } = setup({ usage: null, onApplyImport: vi.fn(async () => fail('quota', 'Storage is full: this change needs 300.0 MB of the 256.0 MB available. Nothing was changed.')) });
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['{}'], 'backup.json'));
    await screen.findByTestId('import-preview');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Storage is full/);
    expect(screen.getByTestId('import-preview')).toBeTruthy();
    expect(vi.mocked(props.onPreviewImport).mock.calls.at(-1)?.[1]?.signal?.aborted).toBe(false);
  });
});

describe('readFileText', () => {
  it('reads a large file in slices, as File.text does, with progress, across characters split by a slice', async () => {
    // 8 MiB slices: "é" (2 bytes in UTF-8) sits across the first boundary.
    const head = 'a'.repeat(8 * 1024 * 1024 - 1);
    const text = `${head}é${'b'.repeat(1_000)}€ 😀`;
    const file = new File([text], 'big.json');
    const seen: [number, number][] = [];
    const read = await readFileText(file, (done, total) => seen.push([done, total]));
    expect(read.length).toBe(text.length);
    expect(read === text).toBe(true);
    expect(seen).toEqual([
      [8 * 1024 * 1024, file.size],
      [file.size, file.size],
    ]);
  });
});

describe('progressView', () => {
  it('one bar across the phases of choosing a file, and its own for Import', () => {
    expect(progressView({ phase: 'reading', done: 0, total: 10 }).percent).toBe(0);
    expect(progressView({ phase: 'reading', done: 10, total: 10 }).percent).toBe(25);
    expect(progressView({ phase: 'parsing', done: 1, total: 1 }).percent).toBe(35);
    expect(progressView({ phase: 'sending', done: 10_000, total: 10_000 }).percent).toBe(95);
    expect(progressView({ phase: 'checking', done: 1, total: 1 }).percent).toBe(100);
    expect(progressView({ phase: 'sending', done: 0, total: 0 }).percent).toBe(35);
    expect(progressView({ phase: 'applying', done: 3, total: 3 })).toEqual({ percent: 100, label: 'Imported.' });
  });
});
