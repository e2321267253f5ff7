import { useState } from 'react';
import { NOTES_MAX } from '../../lib/storage/schemas';

interface NotesEditorProps {
  readonly postingId: string;
  readonly postingTitle: string;
  readonly notes: string;
  readonly onSave: (id: string, notes: string) => void;
}

/** Notes on one posting, collapsed until opened; saved with an explicit button (no write per keystroke). */
export function NotesEditor({ postingId, postingTitle, notes, onSave }: NotesEditorProps) {
  const [draft, setDraft] = useState(notes);
  const [base, setBase] = useState(notes);
  // The field is only built once opened: a list of hundreds of postings stays light.
  const [open, setOpen] = useState(false);
  // A new value from storage replaces the draft only when the user has not edited it.
  if (notes !== base) {
    setBase(notes);
    if (draft === base) setDraft(notes);
  }
  const dirty = draft !== notes;
  const fieldId = `notes-${postingId}`;
  return (
    <details className="notes" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Notes{notes.trim() ? '' : ' (none)'}
        <span className="visually-hidden"> for {postingTitle}</span>
      </summary>
      {open || dirty ? (
        <>
          <label className="visually-hidden" htmlFor={fieldId}>
            Notes for {postingTitle}
          </label>
          <textarea id={fieldId} className="notes__field" rows={3} maxLength={NOTES_MAX} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <div className="notes__actions">
            <button type="button" className="button" disabled={!dirty} onClick={() => onSave(postingId, draft)}>
              Save notes<span className="visually-hidden"> for {postingTitle}</span>
            </button>
            {dirty ? <span className="notes__hint">Not saved yet</span> : null}
          </div>
        </>
      ) : null}
    </details>
  );
}
