/**
 * The manifests that ship (`.output/chrome-mv3`, `.output/firefox-mv2`) ask for the fewest permissions that work:
 * storage, unlimitedStorage (no install warning: saved postings keep full descriptions), activeTab, scripting, alarms (no
 * install warning: the badge's count of due follow-ups is recounted hourly), plus the job boards of lib/job-boards.ts — nothing else, in either browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';
import { assertBuilt, CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from './harness';

const ALLOWED_API_PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms'];
const BOARD_PATTERNS: readonly string[] = JOB_BOARD_MATCHES;
/** The same boards as whole origins: "*://*.linkedin.com/jobs/*" → "*://*.linkedin.com/*". */
const BOARD_ORIGINS: readonly string[] = BOARD_PATTERNS.map((p) => p.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'));

type Manifest = Record<string, unknown> & { manifest_version: number };

function readManifest(dir: string, command: string): Manifest {
  assertBuilt(dir, command);
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://');

/** Every URL pattern the manifest mentions: host permissions, content script matches, web-accessible resource matches. */
function urlPatterns(m: Manifest): { where: string; pattern: string }[] {
  const out: { where: string; pattern: string }[] = [];
  const add = (where: string, list: unknown) => strings(list).forEach((pattern) => out.push({ where, pattern }));
  if (m.manifest_version === 2) {
    add('permissions', strings(m.permissions).filter(isHostPattern));
    add('optional_permissions', strings(m.optional_permissions).filter(isHostPattern));
  } else {
    add('host_permissions', m.host_permissions);
    add('optional_host_permissions', m.optional_host_permissions);
  }
  for (const cs of (m.content_scripts as { matches?: unknown }[] | undefined) ?? []) add('content_scripts.matches', cs.matches);
  for (const war of (m.web_accessible_resources as unknown[] | undefined) ?? []) {
    if (war && typeof war === 'object') add('web_accessible_resources.matches', (war as { matches?: unknown }).matches);
  }
  return out;
}

function apiPermissions(m: Manifest): string[] {
  return [...strings(m.permissions), ...strings(m.optional_permissions)].filter((p) => !isHostPattern(p));
}

function hostPermissions(m: Manifest): string[] {
  return m.manifest_version === 2 ? strings(m.permissions).filter(isHostPattern) : strings(m.host_permissions);
}

const builds = [
  { browser: 'chrome', dir: CHROME_BUILD_DIR, command: 'npm run build', version: 3 },
  { browser: 'firefox', dir: FIREFOX_BUILD_DIR, command: 'npm run build:firefox', version: 2 },
] as const;

describe.each(builds)('$browser manifest ($dir)', ({ dir, command, version }) => {
  const manifest = () => readManifest(dir, command);

  it(`is manifest v${version}`, () => {
    expect(manifest().manifest_version).toBe(version);
  });

  it('asks for no API permission other than storage, unlimitedStorage, activeTab, scripting and alarms', () => {
    const extra = apiPermissions(manifest()).filter((p) => !ALLOWED_API_PERMISSIONS.includes(p));
    expect(extra).toEqual([]);
  });

  it('names no host outside the job-board list, anywhere', () => {
    const outside = urlPatterns(manifest()).filter(({ where, pattern }) =>
      // Chrome only accepts whole origins (path "/*") in web_accessible_resources, so WXT widens
      // "*://*.linkedin.com/jobs/*" to "*://*.linkedin.com/*" there: same origins, no extra host access.
      where === 'web_accessible_resources.matches' ? !BOARD_ORIGINS.includes(pattern) : !BOARD_PATTERNS.includes(pattern),
    );
    expect(outside).toEqual([]);
  });

  it('has a host permission for every job board, and a content script', () => {
    const m = manifest();
    expect([...hostPermissions(m)].sort()).toEqual([...BOARD_PATTERNS].sort());
    const matches = ((m.content_scripts as { matches?: unknown }[] | undefined) ?? []).flatMap((cs) => strings(cs.matches));
    expect(matches.length).toBeGreaterThan(0);
  });

  it('has no <all_urls>, no tabs, no localhost, no broad wildcard host', () => {
    const text = JSON.stringify(manifest());
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"tabs"/);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
    expect(text).not.toMatch(/"(\*|https?):\/\/\*\/\*"/);
  });

  it('allows no remote or eval()ed code in its content security policy', () => {
    const csp = manifest().content_security_policy;
    const text = typeof csp === 'string' ? csp : JSON.stringify(csp ?? '');
    expect(text).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('firefox specifics', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const m = readManifest(FIREFOX_BUILD_DIR, 'npm run build:firefox');
    const gecko = (m.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.id).toEqual(expect.any(String));
    expect(String(gecko?.id)).toMatch(/^[^@\s]+@[^@\s]+$|^\{[0-9a-f-]{36}\}$/i);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
