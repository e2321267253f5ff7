import { useId } from 'react';
import type { Settings } from '../../lib/storage/schemas';
import { autoOpenFor, highlightsFor, listBadgesFor, type SettingsPatch } from '../../lib/storage/settings';
import { BoardChecklist } from './board-checklist';

export interface SettingsPanelProps {
  readonly settings: Settings;
  readonly onChange: (patch: SettingsPatch) => void;
}

/** The boards whose search/result lists get badges on job cards (lib/capture/job-key.ts `listBoardOf`). */
const LIST_BADGE_BOARDS = ['linkedin', 'indeed'] as const;

/**
 * Theme, where the sidebar opens by itself, where it highlights matched words on the page, and where job lists show
 * badges on the cards the user analysed or saved. The sidebar
 * remembers its side and collapsed state per board, and its Highlights switch sets the same per-board choice.
 */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const themeId = useId();
  return (
    <details className="popup__settings" data-testid="settings">
      <summary>Settings</summary>
      <div className="popup__settings-body">
        <label htmlFor={themeId}>Theme</label>
        <select
          id={themeId}
          value={settings.theme}
          onChange={(e) => onChange({ theme: e.currentTarget.value as Settings['theme'] })}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
        <label className="popup__check">
          <input
            type="checkbox"
            checked={settings.defaultAutoOpen}
            onChange={(e) => onChange({ defaultAutoOpen: e.currentTarget.checked })}
          />
          Open the sidebar by itself on job pages
        </label>
        <BoardChecklist
          legend="Open by itself on"
          checked={(board) => autoOpenFor(settings, board)}
          onChange={(board, enabled) => onChange({ autoOpen: { board, enabled } })}
        />
        <p className="popup__hint">Where it stays closed, the sidebar waits as a small tab on the page edge (Alt+Shift+L opens it).</p>
        <BoardChecklist
          legend="Highlight matched words on"
          testId="highlights-board"
          checked={(board) => highlightsFor(settings, board)}
          onChange={(board, enabled) => onChange({ highlights: { board, enabled } })}
        />
        <p className="popup__hint">Highlights mark, on the job page, the words that matched a skill; the page can see which words are marked.</p>
        <BoardChecklist
          legend="Badges on job lists on"
          testId="list-badges-board"
          boards={LIST_BADGE_BOARDS}
          checked={(board) => listBadgesFor(settings, board)}
          onChange={(board, enabled) => onChange({ listBadges: { board, enabled } })}
        />
        <p className="popup__hint">On search results, a small badge on each job you analysed or saved shows its readiness and status.</p>
      </div>
    </details>
  );
}
