import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GapReport } from '../../lib/analysis/gap-report';
import type { LocalArea } from '../../lib/storage/local-area';
import { entryBytes } from '../../lib/storage/quota';
import type { SavePostingInput } from '../../lib/storage/schemas';

export function makeReport(overrides: Partial<GapReport> = {}): GapReport {
  return {
    posting: { title: 'AI Program Manager', company: 'Acme', location: 'Remote', board: 'greenhouse', url: 'https://boards.greenhouse.io/acme/jobs/1' },
    targetRole: true,
    targetRoleReason: 'title mentions program manager and AI',
    skills: [
      { id: 'stakeholder-management', label: 'Stakeholder management', kind: 'toLearn', level: 'required', evidence: 'Manage stakeholders.', mentions: ['stakeholders'], match: 'exact', score: 1 },
      { id: 'api-development', label: 'API development', kind: 'transferable', level: 'preferred', evidence: 'APIs.', mentions: ['APIs'], match: 'exact', score: 1 },
      { id: 'kubernetes', label: 'Kubernetes', kind: 'other', level: 'required', evidence: 'K8s.', mentions: ['Kubernetes'], match: 'exact', score: 1 },
    ],
    analysisVersion: '2025.1',
    ...overrides,
  };
}

export function makeInput(jobKey: string, overrides: Partial<SavePostingInput> = {}): SavePostingInput {
  return {
    jobKey,
    url: `https://boards.greenhouse.io/acme/jobs/${encodeURIComponent(jobKey)}`,
    board: 'greenhouse',
    title: `Job ${jobKey}`,
    company: 'Acme',
    location: 'Remote',
    report: makeReport(),
    description: 'We are hiring an AI program manager. '.repeat(10),
    ...overrides,
  };
}

/** The raw contents of storage.local, serialised: "byte-identical" comparisons use this. */
export async function rawStorage(): Promise<string> {
  const all = await fakeBrowser.storage.local.get(null);
  return JSON.stringify(Object.keys(all).sort().map((k) => [k, all[k]]));
}

export async function seed(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(items);
}

/** Clock that moves forward 1 ms per call, so updatedAt comparisons are deterministic. */
export function tickingClock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => t++;
}

/** A clock the test moves: changes minutes apart are not one burst of readiness history. */
export function manualClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => number } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

/** Every `set` and `remove` storage.local receives from now on, in order (keys only). */
export function recordWrites(): { sets: string[][]; removes: string[][] } {
  const local = fakeBrowser.storage.local;
  const writes = { sets: [] as string[][], removes: [] as string[][] };
  const set = local.set.bind(local);
  const remove = local.remove.bind(local);
  vi.spyOn(local, 'set').mockImplementation((items: Record<string, unknown>) => {
    writes.sets.push(Object.keys(items).sort());
    return set(items);
  });
  vi.spyOn(local, 'remove').mockImplementation((keys: string | string[]) => {
    writes.removes.push([keys].flat());
    return remove(keys);
  });
  return writes;
}

/**
 * storage.local over the fake browser as Chrome 130+ offers it (key list, reads of some keys, byte counts), with every
 * key read recorded (`reads`, and each read's keys together in `calls`). Tests wrap `set` / `remove` to inject faults.
 */
export function chromeLikeArea(): { area: LocalArea; reads: string[]; calls: string[][] } {
  const local = fakeBrowser.storage.local;
  const reads: string[] = [];
  const calls: string[][] = [];
  const area: LocalArea = {
    getAll: () => local.get(null),
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
    getKeys: async () => Object.keys(await local.get(null)),
    get: async (keys) => {
      reads.push(...keys);
      calls.push(keys);
      return local.get(keys);
    },
    bytesInUse: async (keys) => Object.entries(await local.get(keys)).reduce((n, [k, v]) => n + entryBytes(k, v), 0),
  };
  return { area, reads, calls };
}
