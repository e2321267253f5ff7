import { useId, useState } from 'react';
import type { AnalyzedPosting } from '../../lib/posting/on-demand';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { GapSummary } from './gap-summary';
import type { PopupSource } from './popup-source';
import { useSave } from './use-save';

const PASTE_MAX = 100_000;

interface PastePostingProps {
  readonly source: PopupSource;
  readonly progress: ProgressSnapshot;
  /** UTC midnight of the user's today, for the "ready by" date. */
  readonly today: number;
  readonly savedIds: ReadonlySet<string>;
  readonly onSaved: () => void;
}

/**
 * Paste a posting's text (any site, or when capture fails) and get the same gap report; save it like any
 * posting (id `pasted:<hash of the text>`, so pasting the same posting twice saves it once).
 */
export function PastePosting({ source, progress, today, savedIds, onSaved }: PastePostingProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [company, setCompany] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AnalyzedPosting | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const save = useSave(source, result?.input ?? null, result ? savedIds.has(result.input.jobKey) : false, onSaved);

  const analyze = async () => {
    if (text.trim().length === 0) {
      setMessage('Paste the text of a job posting first.');
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      // The analyser (lexicon, fuzzy matcher) loads on first use: the popup opens without it.
      const { analyzePasted } = await import('../../lib/posting/on-demand');
      const analyzed = await analyzePasted({ text, title, company, url });
      setResult(analyzed);
      if (!analyzed) setMessage('Paste the text of a job posting first.');
    } catch {
      setMessage('This text could not be analysed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="paste" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="paste__title">
        Paste a posting
      </h3>
      <p className="paste__intro">Any site, any posting: paste its text for the same gap report.</p>
      <form
        className="paste__form"
        data-testid="paste-posting"
        onSubmit={(e) => {
          e.preventDefault();
          void analyze();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-text`}>Posting text</label>
          <textarea id={`${id}-text`} rows={5} maxLength={PASTE_MAX} value={text} onChange={(e) => setText(e.target.value)} data-testid="paste-text" />
        </div>
        <div className="paste__row">
          <div className="field">
            <label htmlFor={`${id}-job`}>Job title (optional)</label>
            <input id={`${id}-job`} type="text" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-company`}>Company (optional)</label>
            <input id={`${id}-company`} type="text" maxLength={200} value={company} onChange={(e) => setCompany(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>Link to the posting (optional)</label>
          <input id={`${id}-url`} type="url" maxLength={2048} value={url} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="paste-analyze">
          {busy ? 'Analysing…' : 'Show gap report'}
        </button>
      </form>
      {message ? (
        <p className="notice notice--info" role="status">
          {message}
        </p>
      ) : null}
      {result ? (
        <div data-testid="paste-report">
          <GapSummary title={result.input.title} company={result.input.company} report={result.report} progress={progress} today={today} sourceText="From the text you pasted" save={save} />
        </div>
      ) : null}
    </section>
  );
}
