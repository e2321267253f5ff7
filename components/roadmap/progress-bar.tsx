import type { Completion } from '../../lib/insights/roadmap-progress';

/** "3 of 5 done" as text, with a bar for the eye (the native progress element, named by its text). */
export function ProgressBar({ completion, label, testId }: { readonly completion: Completion; readonly label: string; readonly testId?: string }) {
  return (
    <div className="progress" data-testid={testId} data-done={completion.done} data-total={completion.total}>
      <span className="progress__text">
        {label}: {completion.done} of {completion.total} done ({completion.percent}%)
      </span>
      <progress className="progress__bar" max={completion.total} value={completion.done} aria-label={`${label}: ${completion.percent}% done`} />
    </div>
  );
}
