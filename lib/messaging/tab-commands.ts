/** Background → content script: the keyboard command (manifest `commands`, Alt+Shift+L by default). */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export type ToggleSidebarMessage = { type: 'pathway-lens/toggle-sidebar' };
export const TOGGLE_SIDEBAR_MESSAGE: ToggleSidebarMessage = { type: 'pathway-lens/toggle-sidebar' };

/** Exactly `{ type: 'pathway-lens/toggle-sidebar' }`, no other keys (hand-written: the content script does not bundle zod). */
export function isToggleSidebarMessage(message: unknown): message is ToggleSidebarMessage {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  return (
    (message as Record<string, unknown>).type === TOGGLE_SIDEBAR_MESSAGE.type &&
    Object.keys(message).every((key) => key === 'type')
  );
}
