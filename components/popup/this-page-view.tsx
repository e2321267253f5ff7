import { useEffect, useState } from 'react';
import type { AnalyzedPosting } from '../../lib/posting/on-demand';
import type { PageReportAnswer } from '../../lib/messaging/page-report';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { GapSummary } from './gap-summary';
import { PastePosting } from './paste-posting';
import type { PopupSource } from './popup-source';
import { useSave } from './use-save';

interface ThisPageViewProps {
  readonly source: PopupSource;
  readonly progress: ProgressSnapshot;
  /** UTC midnight of the user's today, for "ready by" dates. */
  readonly today: number;
  readonly savedIds: ReadonlySet<string>;
  readonly onSaved: () => void;
}

type PageState = { readonly kind: 'checking' } | { readonly kind: 'answer'; readonly answer: PageReportAnswer } | { readonly kind: 'no-sidebar' };
type Analysis =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly posting: AnalyzedPosting }
  | { readonly kind: 'failed'; readonly message: string };

const PICK_FAILURES: Readonly<Record<'no-posting' | 'loading' | 'no-description', string>> = {
  loading: 'The posting is still loading. Wait a moment, then try again.',
  'no-description': 'This page shows the posting without its description (an application form, say). Open the posting’s description, then try again.',
  'no-posting': 'No job posting found on this page. Paste its text below instead.',
};

/**
 * The current tab: its gap summary when the sidebar has one; otherwise "Analyze this page" (capture in
 * every frame of the tab, on demand); and always the paste box.
 */
export function ThisPageView({ source, progress, today, savedIds, onSaved }: ThisPageViewProps) {
  const [page, setPage] = useState<PageState>({ kind: 'checking' });
  const [analysis, setAnalysis] = useState<Analysis>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void source.getPageReport().then((answer) => {
      if (live) setPage(answer ? { kind: 'answer', answer } : { kind: 'no-sidebar' });
    });
    return () => {
      live = false;
    };
  }, [source]);

  const report = page.kind === 'answer' && page.answer.kind === 'report' ? page.answer : null;
  const pageInput = report ? report.posting : null;
  const analyzed = analysis.kind === 'done' ? analysis.posting : null;
  const pageSave = useSave(source, pageInput, pageInput ? savedIds.has(pageInput.jobKey) : false, onSaved);
  const analyzedSave = useSave(source, analyzed?.input ?? null, analyzed ? savedIds.has(analyzed.input.jobKey) : false, onSaved);

  const analyze = async () => {
    setAnalysis({ kind: 'running' });
    const captured = await source.capturePage();
    if (!captured.ok) return setAnalysis({ kind: 'failed', message: captured.error.message });
    try {
      const { analyzeCapture, pickCapture } = await import('../../lib/posting/on-demand');
      const picked = pickCapture(captured.value);
      if (!picked.ok) {
        return setAnalysis({
          kind: 'failed',
          message: PICK_FAILURES[picked.reason],
        });
      }
      const posting = analyzeCapture(picked.posting);
      setAnalysis(posting ? { kind: 'done', posting } : { kind: 'failed', message: 'This page’s posting could not be read. Paste its text below instead.' });
    } catch {
      setAnalysis({ kind: 'failed', message: 'This page’s posting could not be analysed. Paste its text below instead.' });
    }
  };

  return (
    <div className="this-page" data-testid="this-page">
      {page.kind === 'checking' ? (
        <p className="this-page__status" role="status">
          Looking at the current tab…
        </p>
      ) : report && pageInput ? (
        <GapSummary title={report.posting.title} company={report.posting.company} report={report.posting.report} progress={progress} today={today} sourceText="The posting open in this tab" save={pageSave} />
      ) : page.kind === 'answer' && page.answer.kind === 'loading' ? (
        <p className="this-page__status" role="status">
          The sidebar is still reading this posting. Open the popup again in a moment.
        </p>
      ) : (
        <div className="this-page__analyze">
          <p>{page.kind === 'answer' ? 'Pathway Lens found no posting on this page.' : 'Pathway Lens reads job boards by itself. On other career sites, analyse the page on request.'}</p>
          <button type="button" className="button button--primary" disabled={analysis.kind === 'running'} onClick={() => void analyze()} data-testid="analyze-page">
            {analysis.kind === 'running' ? 'Analysing…' : 'Analyze this page'}
          </button>
          {analysis.kind === 'failed' ? (
            <p className="notice notice--error" role="alert" data-testid="analyze-error">
              {analysis.message}
            </p>
          ) : null}
        </div>
      )}
      {analyzed ? (
        <div data-testid="analyze-report">
          <GapSummary title={analyzed.input.title} company={analyzed.input.company} report={analyzed.report} progress={progress} today={today} sourceText="Read from this page on request" save={analyzedSave} />
        </div>
      ) : null}
      <PastePosting source={source} progress={progress} today={today} savedIds={savedIds} onSaved={onSaved} />
    </div>
  );
}
