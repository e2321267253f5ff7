import { useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../lib/storage/export-import';
import type { StorageUsage } from '../../lib/storage/quota';
import type { Result } from '../../lib/storage/result';
import { IMPORT_MAX_CHARS } from '../../lib/storage/safe-json';
import type { ImportCallOptions, ImportProgress } from '../../lib/storage/transfer-client';
import type { CorruptReport, ExportValue } from '../../lib/storage/writer';

export interface DataPanelProps {
  readonly usage: StorageUsage | null;
  readonly corrupt: CorruptReport | null;
  readonly onExport: (format: 'json' | 'csv') => Promise<Result<ExportValue>>;
  /** Stages the file's text and says what importing it would change (lib/storage/transfer-client.ts); progress and cancel through `options`. */
  readonly onPreviewImport: (text: string, options?: ImportCallOptions) => Promise<Result<ImportPreview>>;
  /** Applies the file previewed last. */
  readonly onApplyImport: (text: string, options?: ImportCallOptions) => Promise<Result<ImportPreview>>;
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

/** Bytes as megabytes, one decimal. */
const mbOf = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number): string => n.toLocaleString('en-US');

/** Bytes read per step: the bar moves while a large file is read. */
const READ_SLICE = 8 * 1024 * 1024;

/** The file's text (UTF-8, as File.text reads it), read in slices with progress. */
export async function readFileText(file: File, onProgress: (done: number, total: number) => void): Promise<string> {
  if (typeof TextDecoder === 'undefined' || typeof file.slice !== 'function' || file.size <= READ_SLICE) {
    const text = await file.text();
    onProgress(file.size, file.size);
    return text;
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let at = 0; at < file.size; at += READ_SLICE) {
    parts.push(decoder.decode(await file.slice(at, at + READ_SLICE).arrayBuffer(), { stream: true }));
    onProgress(Math.min(file.size, at + READ_SLICE), file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Where the import is, as one bar: choosing a file reads it (0–25 %), checks it (25–35 %), sends it to the background
 * (35–95 %) and compares it with what is stored (95–100 %); Import writes it (its own 0–100 %, by step).
 */
export function progressView(p: ImportProgress): { percent: number; label: string } {
  const f = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const at = (from: number, to: number) => Math.round(from + (to - from) * f);
  switch (p.phase) {
    case 'reading':
      return { percent: at(0, 25), label: `Reading the file: ${mbOf(p.done)} of ${mbOf(p.total)}` };
    case 'parsing':
      return { percent: at(25, 35), label: 'Checking the file…' };
    case 'sending':
      return { percent: at(35, 95), label: `Checking postings and descriptions: ${count(p.done)} of ${count(p.total)}` };
    case 'checking':
      return { percent: at(95, 100), label: 'Comparing with your saved data…' };
    case 'applying':
      return { percent: at(0, 100), label: p.done >= p.total ? 'Imported.' : p.done >= 2 ? 'Writing to storage…' : p.done >= 1 ? 'Merging with your saved data…' : 'Reading your saved data…' };
  }
}

/** Export JSON / CSV, import JSON with a preview first (and progress), storage usage with the quota warning, set-aside records. */
export function DataPanel({ usage, corrupt, onExport, onPreviewImport, onApplyImport, download = downloadFile }: DataPanelProps) {
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [imp, setImp] = useState<ImportState>({ step: 'idle' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // The import on screen: aborting it (another file, Cancel, the panel closed) drops what the background staged.
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const exportAs = async (format: 'json' | 'csv') => {
    setBusy(true);
    const r = await onExport(format);
    setBusy(false);
    if (!r.ok) return setMessage({ tone: 'error', text: r.error.message });
    download(r.value);
    setMessage({ tone: 'info', text: `Exported ${r.value.filename}.` });
  };

  const drop = () => {
    current.current?.abort();
    current.current = null;
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    drop();
    setImp({ step: 'idle' });
    // Said before reading: a file over the bound is not read at all.
    if (file.size > IMPORT_MAX_CHARS) return tooLarge(file);
    const mine = new AbortController();
    current.current = mine;
    const report = (p: ImportProgress) => {
      if (current.current === mine) setProgress(p);
    };
    setBusy(true);
    setMessage(null);
    try {
      report({ phase: 'reading', done: 0, total: file.size });
      const text = await readFileText(file, (done, total) => report({ phase: 'reading', done, total }));
      if (current.current !== mine) return;
      const r = await onPreviewImport(text, { onProgress: report, signal: mine.signal });
      if (current.current !== mine) return;
      if (!r.ok) {
        current.current = null;
        return setMessage({ tone: 'error', text: r.error.message });
      }
      setImp({ step: 'preview', text, fileName: file.name, preview: r.value });
    } catch (err) {
      if (current.current === mine) setMessage({ tone: 'error', text: `The file could not be read (${err instanceof Error ? err.message : String(err)}). Nothing was imported.` });
    } finally {
      if (current.current === mine || current.current === null) {
        setBusy(false);
        setProgress(null);
      }
    }
  };

  const tooLarge = (file: File) => {
    setImp({ step: 'idle' });
    setMessage({ tone: 'error', text: `${file.name} is ${mbOf(file.size)}: Pathway Lens imports files of up to ${mbOf(IMPORT_MAX_CHARS)}. Nothing was imported.` });
  };

  const apply = async () => {
    if (imp.step !== 'preview') return;
    const mine = current.current ?? new AbortController();
    current.current = mine;
    setBusy(true);
    setProgress({ phase: 'applying', done: 0, total: 1 });
    const onProgress = (p: ImportProgress) => {
      if (current.current === mine) setProgress(p);
    };
    const r = await onApplyImport(imp.text, { onProgress });
    setBusy(false);
    setProgress(null);
    if (!r.ok) {
      // The staged file is gone (a restart, a timeout): its preview is no use any more.
      if (r.error.code === 'not-found') {
        current.current = null;
        setImp({ step: 'idle' });
      }
      return setMessage({ tone: 'error', text: r.error.message });
    }
    current.current = null;
    setImp({ step: 'done', preview: r.value });
    setMessage({ tone: 'info', text: `Imported: ${r.value.added.length} added, ${r.value.replaced.length} updated.` });
  };

  const cancel = () => {
    drop();
    setImp({ step: 'idle' });
  };

  const shown = progress ? progressView(progress) : null;

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
      {shown ? (
        <div className="data-panel__progress">
          <div
            className="data-panel__bar"
            role="progressbar"
            aria-label="Import progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={shown.percent}
            aria-valuetext={`${shown.percent}%: ${shown.label}`}
            data-testid="import-progress"
          >
            <span className="data-panel__bar-fill" style={{ width: `${shown.percent}%` }} />
          </div>
          <span className="data-panel__progress-label">
            {shown.percent}% · {shown.label}
          </span>
        </div>
      ) : null}
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
            <button type="button" className="button" disabled={busy} onClick={cancel}>
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
