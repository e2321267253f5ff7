import type { SyncStatus } from './profile-types';

const time = (at: number) => new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** What a sync state means for the user, in one sentence. */
function sentence(status: SyncStatus): string {
  switch (status.state) {
    case 'ok':
      return `Your profile and settings are synced with your browser account (last ${time(status.at)}).`;
    case 'quota':
      return 'Your browser’s sync storage is full: your profile is kept on this device only for now.';
    case 'unavailable':
      return 'Sync is not available (signed out of the browser, or sync turned off): your profile is kept on this device.';
    case 'idle':
      return 'Your latest change waits to be synced (the browser allows only so many sync writes a minute).';
  }
}

/** One line on whether the profile reached the browser's sync storage; nothing when that is not known. */
export function SyncStatusLine({ status }: { readonly status: SyncStatus | null }) {
  if (!status) return null;
  // The background's own sentence, when it adds something (bounded: it may quote a browser error). For `ok` it
  // only restates the line above.
  const detail = status.state !== 'ok' && status.detail ? status.detail.slice(0, 300).trim() : '';
  return (
    <p className={`sync-status sync-status--${status.state}`} data-testid="sync-status" data-sync-state={status.state}>
      {sentence(status)}
      {detail ? ` ${detail}` : null}
    </p>
  );
}
