import { useEffect, useState } from 'react';
import { likelyDuplicates, type DuplicateCandidate } from '../../lib/insights/duplicates';
import { boardLabel } from '../../lib/insights/format';

interface DuplicateNoticesProps {
  readonly postings: readonly DuplicateCandidate[];
  /** Makes two postings one: `keepId` stays (with the other's notes and history), `dropId` goes to the trash. */
  readonly onMerge: (keepId: string, dropId: string) => void;
  /** "Not the same job": the pair is not offered again. */
  readonly onMarkDistinct: (id: string, otherId: string) => void;
}

/** Pairs shown at once; the rest follow as these are answered. */
const SHOWN = 3;

/**
 * The same job saved from two boards (lib/insights/duplicates.ts): one closed disclosure above the list ("2 jobs look
 * saved twice…"), so the list stays in view; opened, a notice per likely pair with a merge offer (keep either posting)
 * and "Not the same job". Page text (titles, companies) is rendered as text only.
 */
export function DuplicateNotices({ postings, onMerge, onMarkDistinct }: DuplicateNoticesProps) {
  // Worked out after the list has painted (the list is what the user opened the tab for; this notice can follow).
  const [pairs, setPairs] = useState<ReturnType<typeof likelyDuplicates<DuplicateCandidate>>>([]);
  useEffect(() => {
    const timer = setTimeout(() => setPairs(likelyDuplicates(postings)), 0);
    return () => clearTimeout(timer);
  }, [postings]);
  // Answered pairs leave at once (the list reloads from storage after the write).
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const open = pairs.filter((p) => !answered.has(`${p.first.id}\u0000${p.second.id}`));
  if (open.length === 0) return null;
  const answer = (key: string, run: () => void) => {
    setAnswered((s) => new Set([...s, key]));
    run();
  };
  const count = open.length === 1 ? 'One job looks saved twice' : `${open.length} jobs look saved twice`;
  return (
    <details className="notice notice--info saved__duplicates" data-testid="duplicate-notices">
      <summary>
        {count}, from two boards: merge or keep apart
      </summary>
      {open.slice(0, SHOWN).map(({ first, second }) => {
        const key = `${first.id}\u0000${second.id}`;
        return (
          <div key={key} className="saved__duplicate" data-testid="duplicate-notice" data-posting-ids={`${first.id} ${second.id}`}>
            <p>
              Likely the same job, saved twice: <strong>{first.title}</strong>
              {first.company ? ` at ${first.company}` : ''} on {boardLabel(first.board)}, and <strong>{second.title}</strong> on {boardLabel(second.board)}.
            </p>
            <div className="saved__duplicate-actions">
              <button type="button" className="button" onClick={() => answer(key, () => onMerge(first.id, second.id))}>
                Merge, keep the {boardLabel(first.board)} posting
              </button>
              <button type="button" className="button" onClick={() => answer(key, () => onMerge(second.id, first.id))}>
                Merge, keep the {boardLabel(second.board)} posting
              </button>
              <button type="button" className="button button--link" onClick={() => answer(key, () => onMarkDistinct(first.id, second.id))}>
                Not the same job
              </button>
            </div>
          </div>
        );
      })}
      {open.length > SHOWN ? <p>{open.length - SHOWN} more after these.</p> : null}
    </details>
  );
}
