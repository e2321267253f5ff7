/**
 * `npm start` works on a machine without a display: with DISPLAY and WAYLAND_DISPLAY unset (and no --headless) it
 * serves the bundled demo posting under www.linkedin.com, loads the built extension headless, prints the sidebar's
 * headline — readiness, time to qualify, the three groups with counts and skills — saves the screenshot and exits 0.
 * The headline is read through the DevTools Protocol, so this passes with the shipped closed shadow root and with
 * an open one. (--no-build: npm test has just built .output/chrome-mv3.)
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertBuilt, assertChromium, CHROME_BUILD_DIR, REPO_ROOT, SCREENSHOT_DIR } from './harness';

const execFileAsync = promisify(execFile);
const GROUPS = ['You have', 'On your roadmap', 'Not in your pathway'];

describe('npm start', () => {
  it('without a display: opens the demo posting headless, prints the headline, saves the screenshot, exits 0', async () => {
    const chromium = assertChromium();
    assertBuilt();
    const shot = path.join(SCREENSHOT_DIR, 'start-demo.png');
    rmSync(shot, { force: true });

    const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: chromium, PATHWAY_LENS_EXTENSION_DIR: CHROME_BUILD_DIR };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    // Rejects (and fails the test) unless the exit code is 0.
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build'], {
      cwd: REPO_ROOT,
      timeout: 45_000,
      env,
    });

    expect(stdout).toContain('opening the demo posting headless');
    const readiness = /^Readiness (\d+)%/m.exec(stdout);
    expect(readiness, stdout).not.toBeNull();
    expect(Number(readiness![1])).toBeGreaterThanOrEqual(0);
    expect(Number(readiness![1])).toBeLessThanOrEqual(100);
    // The line the sidebar shows: "Required gaps covered by the end of Phase N (week W)", "You cover every …", or "… doesn’t schedule …".
    expect(stdout).toMatch(/^Time to qualify: (Required gaps covered by the end of Phase \d \(week \d+\)|You cover every required skill|Your roadmap doesn’t schedule)/m);

    let total = 0;
    for (const group of GROUPS) {
      const line = new RegExp(`^${group} \\((\\d+)\\): (.+)$`, 'm').exec(stdout);
      expect(line, `${group} line in:\n${stdout}`).not.toBeNull();
      const count = Number(line![1]);
      const names = line![2] === '—' ? [] : line![2]!.split(', ');
      expect(names, group).toHaveLength(count);
      total += count;
    }
    // The demo posting asks for a dozen skills: an empty report would mean the analysis read nothing.
    expect(total).toBeGreaterThan(5);

    expect(existsSync(shot)).toBe(true);
    const png = readFileSync(shot);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
