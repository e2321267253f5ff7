import { vi } from 'vitest';
import type { LocalArea } from '../../lib/storage/local-area';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { startSyncMirror, type ChangeSubscription, type SyncArea, type SyncMirror } from '../../lib/sync/mirror';
import type { SyncQuotas } from '../../lib/sync/plan';

/**
 * Fakes for the sync mirror: one device's storage.local in memory (with change events), and one "cloud" — the
 * browser's sync storage shared by every device of one user — whose writes fan out change events to every device.
 * Values are copied through JSON on the way in and out, as the browser does.
 */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

type Listener = (keys: string[]) => void;

function subscribers(): { subscribe: ChangeSubscription; emit: (keys: string[]) => void } {
  const listeners = new Set<Listener>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (keys) => {
      if (keys.length > 0) for (const l of listeners) l(keys);
    },
  };
}

export interface MemoryLocal extends LocalArea {
  readonly data: Record<string, unknown>;
  readonly onChange: ChangeSubscription;
}

export function memoryLocal(): MemoryLocal {
  const data: Record<string, unknown> = {};
  const events = subscribers();
  return {
    data,
    onChange: events.subscribe,
    getAll: async () => copy(data),
    set: async (items) => {
      Object.assign(data, copy(items));
      events.emit(Object.keys(items));
    },
    remove: async (keys) => {
      for (const k of keys) delete data[k];
      events.emit(keys);
    },
  };
}

export interface FakeCloud {
  readonly data: Record<string, unknown>;
  /** Every batch written to sync, in order (one entry per `set`: one write operation). */
  readonly sets: Record<string, unknown>[];
  /** A device's storage.sync. `refuse` makes a write throw (nothing is stored), like the browser at a quota. */
  area(hooks?: { refuse?: () => string | null; failGet?: () => string | null }): SyncArea;
  readonly onChange: ChangeSubscription;
  /** Writes as another device would (stored and announced). */
  put(items: Record<string, unknown>): void;
}

export function fakeCloud(): FakeCloud {
  const data: Record<string, unknown> = {};
  const sets: Record<string, unknown>[] = [];
  const events = subscribers();
  const put = (items: Record<string, unknown>) => {
    Object.assign(data, copy(items));
    events.emit(Object.keys(items));
  };
  return {
    data,
    sets,
    onChange: events.subscribe,
    put,
    area: (hooks = {}) => ({
      get: async () => {
        const failure = hooks.failGet?.();
        if (failure) throw new Error(failure);
        return copy(data);
      },
      set: async (items) => {
        const refusal = hooks.refuse?.();
        if (refusal) throw new Error(refusal);
        sets.push(copy(items));
        put(items);
      },
    }),
  };
}

export interface Device {
  readonly local: MemoryLocal;
  readonly writer: Writer;
  readonly mirror: SyncMirror;
}

/** A device: its own storage.local and writer, mirrored through `sync`. Times come from the (fake) Date. */
export function device(sync: SyncArea | undefined, onSyncChange: ChangeSubscription, options: { quotas?: SyncQuotas; local?: MemoryLocal } = {}): Device {
  const local = options.local ?? memoryLocal();
  const writer = createWriter({ area: local, now: () => Date.now() });
  const mirror = startSyncMirror({
    writer,
    sync,
    onLocalChange: local.onChange,
    onSyncChange,
    now: () => Date.now(),
    debounceMs: 2_000,
    ...(options.quotas ? { quotas: options.quotas } : {}),
  });
  return { local, writer, mirror };
}

/** Runs timers and queued runs until every device is quiet (no pending timer, no run in flight). */
export async function quiesce(devices: readonly Device[], rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await Promise.all(devices.map((d) => d.mirror.settled()));
    if (vi.getTimerCount() === 0) return;
    await vi.advanceTimersToNextTimerAsync();
  }
  throw new Error('the mirrors did not settle');
}

/** A device's stored records of the mirrored families (no `$` meta), for comparisons. */
export function mirroredOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => (k === 'settings' || k.startsWith('progress:')) && !k.endsWith('$')));
}

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
