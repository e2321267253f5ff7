import { DEFAULT_SETTINGS, SettingsSchema, SettingsV1Schema, type Settings } from '../schemas';

/**
 * Settings v1 → v2: the single auto-open switch becomes the default for every board; per-board
 * choices and sidebar placement start empty. Pure; idempotent on a value that is already v2.
 */
export function migrateSettingsV1ToV2(value: unknown): Settings {
  const already = SettingsSchema.safeParse(value);
  if (already.success) return already.data;
  const v1 = SettingsV1Schema.parse(value);
  return { ...DEFAULT_SETTINGS, theme: v1.theme, defaultAutoOpen: v1.autoOpen, updatedAt: 0 };
}
