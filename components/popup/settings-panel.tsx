import { useId } from 'react';
import { boardLabel } from '../../lib/insights/format';
import { KNOWN_BOARDS, type KnownBoard } from '../../lib/job-boards';
import type { Settings } from '../../lib/storage/schemas';
import type { SettingsPatch } from '../../lib/storage/settings';


export interface SettingsPanelProps {
  readonly settings: Settings;
  readonly onChange: (patch: SettingsPatch) => void;
}

/** Theme and where the sidebar opens by itself. The sidebar remembers its side and collapsed state per board. */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const themeId = useId();
  const autoOpen = (board: KnownBoard): boolean =>
    Object.hasOwn(settings.autoOpen, board) ? (settings.autoOpen[board] ?? settings.defaultAutoOpen) : settings.defaultAutoOpen;
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
        <fieldset>
          <legend>Open by itself on</legend>
          {KNOWN_BOARDS.map((board) => (
            <label key={board} className="popup__check">
              <input
                type="checkbox"
                data-board={board}
                checked={autoOpen(board)}
                onChange={(e) => onChange({ autoOpen: { board, enabled: e.currentTarget.checked } })}
              />
              {boardLabel(board)}
            </label>
          ))}
        </fieldset>
        <p className="popup__hint">Where it stays closed, the sidebar waits as a small tab on the page edge (Alt+Shift+L opens it).</p>
      </div>
    </details>
  );
}
