import { useId, type MouseEvent, type ReactNode } from 'react';
import { STATUS_LABEL } from '../../lib/insights/format';
import { SIDEBAR_STATUSES, type PostingStatus } from '../../lib/storage/statuses';
import { safeHref } from './safe-href';
import type { ReadyProps } from './sidebar-props';

/** Save errors and the storage warning, the save button, the status menu once saved, and the compare link. */
export function Footer(props: ReadyProps): ReactNode {
  const { state } = props;
  const statusId = useId();
  const saved = state.savedStatus !== null;
  const statuses: PostingStatus[] =
    state.savedStatus !== null && !(SIDEBAR_STATUSES as readonly string[]).includes(state.savedStatus)
      ? [...SIDEBAR_STATUSES, state.savedStatus]
      : [...SIDEBAR_STATUSES];
  const compareHref = safeHref(props.compareUrl);
  const onCompareClick = props.onOpenCompare
    ? (e: MouseEvent<HTMLAnchorElement>): void => {
        e.preventDefault();
        props.onOpenCompare?.();
      }
    : undefined;
  const quota = state.quotaWarningPercent;

  return (
    <footer className="pl-footer">
      {state.saveError && (
        <div className="pl-alert" role="alert">
          {state.saveError.kind === 'quota' ? (
            <>
              <strong>Storage is full — this posting wasn’t saved.</strong> Your saved postings and progress are safe. Export or remove
              old postings in the compare view, then save again.
            </>
          ) : (
            <>
              <strong>Couldn’t save this posting.</strong> {state.saveError.message ?? 'Please try again.'}
            </>
          )}
        </div>
      )}
      {!state.saveError && typeof quota === 'number' && quota >= 80 && (
        <p className="pl-warn" role="status">
          Storage is {Math.min(100, Math.round(quota))}% full. Export or remove old postings soon.
        </p>
      )}
      <div className="pl-footer-row">
        <button
          type="button"
          className={`pl-btn ${saved ? 'pl-btn--done' : 'pl-btn--primary'}`}
          data-testid="save-posting"
          data-saved={saved ? 'true' : 'false'}
          disabled={saved || state.saving === true}
          aria-busy={state.saving === true}
          onClick={props.onSave}
        >
          {saved ? 'Saved' : state.saving ? 'Saving…' : 'Save posting'}
        </button>
        {saved && state.savedStatus !== null && (
          <span className="pl-status">
            <label htmlFor={statusId} className="pl-visually-hidden">
              Application status
            </label>
            <select
              id={statusId}
              className="pl-select"
              value={state.savedStatus}
              onChange={(e) => props.onStatusChange(e.currentTarget.value as PostingStatus)}
            >
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </span>
        )}
        {compareHref ? (
          <a className="pl-compare" href={compareHref} target="_blank" rel="noopener noreferrer" onClick={onCompareClick}>
            Compare saved
          </a>
        ) : (
          props.onOpenCompare && (
            <button type="button" className="pl-compare pl-link-btn" data-testid="open-compare" onClick={() => props.onOpenCompare?.()}>
              Compare saved
            </button>
          )
        )}
      </div>
    </footer>
  );
}
