import { versionedEntries } from '../items';
import { SETTINGS_KEY } from '../keys';
import type { Result } from '../result';
import type { Settings } from '../schemas';
import { applySettingsPatch, type SettingsPatch } from '../settings';
import type { Core, WriteOutcome } from './core';

export interface SettingsWriter {
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: SettingsPatch): Promise<Result<{ settings: Settings } & WriteOutcome>>;
}

export function settingsWriter(core: Core): SettingsWriter {
  return {
    getSettings: () => core.runSmall((view) => view.settings),
    updateSettings: (patch) =>
      core.run(async (view) => {
        const settings = applySettingsPatch(view.settings, patch, core.bump(view.settings.updatedAt));
        const usage = await core.commit(view, versionedEntries('settings', SETTINGS_KEY, settings));
        return { settings, usage };
      }),
  };
}
