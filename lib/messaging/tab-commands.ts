import { z } from 'zod';

/** Background → content script: the keyboard command (manifest `commands`, Alt+Shift+L by default). */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

const ToggleSidebarMessageSchema = z.object({ type: z.literal('pathway-lens/toggle-sidebar') }).strict();
export type ToggleSidebarMessage = z.infer<typeof ToggleSidebarMessageSchema>;
export const TOGGLE_SIDEBAR_MESSAGE: ToggleSidebarMessage = { type: 'pathway-lens/toggle-sidebar' };

export function isToggleSidebarMessage(message: unknown): message is ToggleSidebarMessage {
  return ToggleSidebarMessageSchema.safeParse(message).success;
}
