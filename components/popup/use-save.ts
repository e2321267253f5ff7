import { useState } from 'react';
import type { SavePostingInput } from '../../lib/storage/schemas';
import type { PopupSource } from './popup-source';

/** Save state of one posting shown in the popup; `alreadySaved` comes from the saved list. */
export function useSave(source: PopupSource, input: SavePostingInput | null, alreadySaved: boolean, onSaved: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedKey, setSavedKey] = useState<string | null>(null);
  if (!input) return null;
  return {
    saved: alreadySaved || savedKey === input.jobKey,
    busy,
    error,
    onSave: () => {
      setBusy(true);
      setError(null);
      void source.savePosting(input).then((r) => {
        setBusy(false);
        if (r.ok) {
          setSavedKey(input.jobKey);
          onSaved();
        } else setError(r.error.message);
      });
    },
  };
}
