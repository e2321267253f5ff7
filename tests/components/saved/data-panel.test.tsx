// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../../components/saved/data-panel';
import type { ImportPreview } from '../../../lib/storage/export-import';
import { fail } from '../../../lib/storage/result';
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

  it('a file over the import bound is refused with its size before anything is sent', async () => {
    const { props, user } = setup();
    // A 49 MB export (5,000 long postings): the size alone says no; the text is never read.
    const huge = new File(['{}'], 'big.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 49.2 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), huge);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('big.json is 49.2 MB: Pathway Lens imports files of up to 12.0 MB. Nothing was imported.');
    // Just over the bound in characters: read, measured, refused.
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['x'.repeat(12 * 1024 * 1024 + 1)], 'over.json'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('over.json is 12.0 MB: Pathway Lens imports files of up to 12.0 MB. Nothing was imported.');
    expect(props.onPreviewImport).not.toHaveBeenCalled();
  });

  it('previews an import before applying it, and shows rejections as text', async () => {
    const { user, props } = setup({ usage: null, corrupt: null });
    const file = new File(['{"format":"pathway-lens-export"}'], 'backup.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), file);
    const box = await screen.findByTestId('import-preview');
    expect(props.onPreviewImport).toHaveBeenCalledWith('{"format":"pathway-lens-export"}');
    expect(box.textContent).toContain('1 postings to add, 1 to update, 3 already up to date; 2 progress changes');
    expect(box.textContent).toContain('Add: <b>New role</b> · Acme');
    expect(box.querySelector('b')).toBeNull();
    expect(props.onApplyImport).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(props.onApplyImport).toHaveBeenCalledWith('{"format":"pathway-lens-export"}');
    expect((await screen.findByRole('status')).textContent).toBe('Imported: 1 added, 1 updated.');

    vi.mocked(props.onPreviewImport).mockResolvedValueOnce(fail('import-rejected', 'This is not a Pathway Lens export file.'));
    await user.upload(screen.getByLabelText('Import a Pathway Lens JSON export'), new File(['nope'], 'x.json'));
    expect((await screen.findByRole('alert')).textContent).toBe('This is not a Pathway Lens export file.');
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });
});
