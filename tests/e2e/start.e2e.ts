/**
 * `npm start` works: in its headless screenshot mode it serves the bundled demo posting under www.linkedin.com,
 * loads the built extension, sees Pathway Lens mount, saves a screenshot and exits 0.
 * (--no-build: npm test has just built .output/chrome-mv3.)
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertBuilt, assertChromium, REPO_ROOT, SCREENSHOT_DIR } from './harness';

const execFileAsync = promisify(execFile);

describe('npm start', () => {
  it('opens the demo posting with the extension loaded (headless screenshot mode)', async () => {
    assertChromium();
    assertBuilt();
    const shot = path.join(SCREENSHOT_DIR, 'start-demo.png');
    rmSync(shot, { force: true });

    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--headless', `--screenshot=${shot}`, '--no-build'],
      { cwd: REPO_ROOT, timeout: 45_000, env: { ...process.env, CHROMIUM_PATH: assertChromium() } },
    );

    expect(stdout).toContain('Pathway Lens is running on the demo posting.');
    expect(existsSync(shot)).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
