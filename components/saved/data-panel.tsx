import { IMPORT_MAX_CHARS } from '../../lib/storage/safe-json';
import { useState } from 'react';
import type { Result } from '../../lib/storage/result';
import type { ImportPreview } from '../../lib/storage/export-import';
import type { StorageUsage } from '../../lib/storage/quota';
import type { CorruptReport, ExportValue } from '../../lib/storage/writer';

export interface DataPanelProps {
  readonly usage: StorageUsage | null;
  readonly corrupt: CorruptReport | null;
  readonly onExport: (format: 'json' | 'csv') => Promise<Result<ExportValue>>;
  readonly onPreviewImport: (text: string) => Promise<Result<ImportPreview>>;
  readonly onApplyImport: (text: string) => Promise<Result<ImportPreview>>;
  /** Saves a file for the user; defaults to a download link. Injected in tests. */
  readonly download?: (file: ExportValue) => void;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

export function downloadFile(file: ExportValue): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'preview'; readonly text: string; readonly fileName: string; readonly preview: ImportPreview }
  | { readonly step: 'done'; readonly preview: ImportPreview };

/** Export JSON / CSV, import JSON with a preview first, storage usage with the quota warning, set-aside records. */
/** Bytes as megabytes, one decimal. */
const mbOf = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function DataPanel({ usage, corrupt, onExport, onPreviewImport, onApplyImport, download = downloadFile }: DataPanelProps) {
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [imp, setImp] = useState<ImportState>({ step: 'idle' });

  const exportAs = async (format: 'json' | 'csv') => {
    setBusy(true);
    const r = await onExport(format);
    setBusy(false);
    if (!r.ok) return setMessage({ tone: 'error', text: r.error.message });
    download(r.value);
    setMessage({ tone: 'info', text: `Exported ${r.value.filename}.` });
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    // Said before reading: a file over the import's bound would only come back as an invalid request.
    if (file.size > IMPORT_MAX_CHARS * 4) return tooLarge(file);
    setBusy(true);
    const text = await file.text();
    if (text.length > IMPORT_MAX_CHARS) {
      setBusy(false);
      return tooLarge(file);
    }
    const r = await onPreviewImport(text);
    setBusy(false);
    if (!r.ok) {
      setImp({ step: 'idle' });
      return setMessage({ tone: 'error', text: r.error.message });
    }
    setMessage(null);
    setImp({ step: 'preview', text, fileName: file.name, preview: r.value });
  };

  const tooLarge = (file: File) => {
    setImp({ step: 'idle' });
    setMessage({ tone: 'error', text: `${file.name} is ${mbOf(file.size)}: Pathway Lens imports files of up to ${mbOf(IMPORT_MAX_CHARS)}. Nothing was imported.` });
  };

  const apply = async () => {
    if (imp.step !== 'preview') return;
    setBusy(true);
    const r = await onApplyImport(imp.text);
    setBusy(false);
    if (!r.ok) return setMessage({ tone: 'error', text: r.error.message });
    setImp({ step: 'done', preview: r.value });
    setMessage({ tone: 'info', text: `Imported: ${r.value.added.length} added, ${r.value.replaced.length} updated.` });
  };

  const setAside = corrupt ? corrupt.quarantined.length + corrupt.pending.length : 0;

  return (
    <div className="data-panel" data-testid="data-panel">
      <h3>Storage</h3>
      {usage ? (
        <>
          <p>
            <label htmlFor="storage-meter">
              Using {mb(usage.bytesInUse)} of {mb(usage.quotaBytes)} ({Math.round(usage.ratio * 100)}%)
            </label>
          </p>
          <meter id="storage-meter" min={0} max={1} high={0.8} value={Math.min(1, usage.ratio)} />
          {usage.warn ? (
            <p className="notice notice--warning" role="alert" data-testid="quota-warning">
              Storage is almost full. Export your data, then delete or archive postings you no longer need; saving may fail otherwise.
            </p>
          ) : null}
        </>
      ) : (
        <p>Storage use is not available.</p>
      )}

      <h3>Export</h3>
      <div className="data-panel__row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('json')}>
          Export everything (JSON)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          Export postings (CSV)
        </button>
      </div>

      <h3>Import</h3>
      <div className="field">
        <label htmlFor="import-file">Import a Pathway Lens JSON export</label>
        <input id="import-file" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </div>
      {imp.step === 'preview' ? (
        <div className="data-panel__preview" data-testid="import-preview">
          <p>
            From “{imp.fileName}”: {imp.preview.added.length} postings to add, {imp.preview.replaced.length} to update, {imp.preview.keptExisting} already up to date;{' '}
            {imp.preview.progressAdded + imp.preview.progressReplaced} progress changes{imp.preview.settingsReplaced ? '; settings replaced' : ''}.
          </p>
          {imp.preview.added.length + imp.preview.replaced.length > 0 ? (
            <ul className="data-panel__list">
              {[...imp.preview.added.map((p) => ({ ...p, change: 'add' })), ...imp.preview.replaced.map((p) => ({ ...p, change: 'update' }))].slice(0, 20).map((p) => (
                <li key={`${p.change}-${p.id}`}>
                  {p.change === 'add' ? 'Add' : 'Update'}: {p.title || 'Untitled posting'}
                  {p.company ? ` · ${p.company}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="data-panel__row">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void apply()}>
              Import
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setImp({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p className={`notice notice--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}

      <h3>Records set aside</h3>
      {setAside === 0 && (corrupt?.readOnlyKeys.length ?? 0) === 0 ? (
        <p>All saved records are readable.</p>
      ) : (
        <div className="notice notice--warning" data-testid="corrupt-records" role="note">
          <p>
            {setAside} {setAside === 1 ? 'record' : 'records'} could not be read and {setAside === 1 ? 'was' : 'were'} set aside (not deleted).
            {corrupt && corrupt.readOnlyKeys.length > 0 ? ` ${corrupt.readOnlyKeys.length} written by a newer version are kept as is.` : ''}
          </p>
          <ul className="data-panel__list">
            {[...(corrupt?.quarantined ?? []).map((c) => ({ key: c.key, reason: c.reason, issues: c.issues })), ...(corrupt?.pending ?? [])].slice(0, 50).map((c) => (
              <li key={c.key}>
                <code>{c.key}</code>: {c.reason}
                {c.issues[0] ? ` (${c.issues[0]})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
