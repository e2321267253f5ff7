import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isJobPageUrl, isListPageUrl } from '../../lib/capture/job-key';
import { JOB_PAGE_GUARD, LIST_PAGE_GUARD, runningJobPage, shouldRequestUi, startDetector, type DetectorOptions } from '../../lib/job-page/detector';

/**
 * The job-page detector (content-scripts/job.js): the one script every page of a supported board runs. It asks for
 * the sidebar on a posting URL — at load or after in-page navigation — once per page, and otherwise does nothing.
 */

const FEED = 'https://www.linkedin.com/feed/';
const JOB = 'https://www.linkedin.com/jobs/view/ai-program-manager-at-harborlight-health-4087213345/';

describe('shouldRequestUi: the decision', () => {
  const base = { isJobPage: isJobPageUrl, uiLive: false, requested: false, contextValid: true };
  it('asks on posting URLs of every board, split-pane selections included', () => {
    for (const url of [
      JOB,
      'https://www.linkedin.com/jobs/search/?currentJobId=4100000201&keywords=ai',
      'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60701',
      'https://job-boards.greenhouse.io/quillmark/jobs/7710042',
      'https://jobs.lever.co/acme/0c6f1d1e-4f6b-4a8e-9b9e-1234567890ab',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/US-TX-Austin/AI-Program-Manager-1_JR3001',
    ]) {
      expect(shouldRequestUi({ ...base, url: new URL(url) }), url).toBe(true);
    }
  });

  it('does not ask on board pages that show no posting: the feed, messaging, a board index', () => {
    for (const url of [FEED, 'https://www.linkedin.com/messaging/thread/2-abc/', 'https://www.linkedin.com/in/someone/', 'https://job-boards.greenhouse.io/quillmark', 'https://www.indeed.com/']) {
      expect(shouldRequestUi({ ...base, url: new URL(url) }), url).toBe(false);
    }
  });

  it('does not ask again while a request is out, when a sidebar already runs, or once the extension context is gone', () => {
    const url = new URL(JOB);
    expect(shouldRequestUi({ ...base, url, requested: true })).toBe(false);
    expect(shouldRequestUi({ ...base, url, uiLive: true })).toBe(false);
    expect(shouldRequestUi({ ...base, url, contextValid: false })).toBe(false);
  });
});

/** A window whose URL the test moves, with or without the Navigation API. */
function fakeWindow(href: string, withNavigation: boolean) {
  const navigation = withNavigation ? new EventTarget() : undefined;
  const win = { location: { href }, navigation } as unknown as Window & { location: { href: string } };
  return { win, navigation };
}

function detector(href: string, { withNavigation = true, answer = true }: { withNavigation?: boolean; answer?: boolean | (() => Promise<boolean>) } = {}) {
  const { win, navigation } = fakeWindow(href, withNavigation);
  const listeners: { target: EventTarget; type: string; listener: () => void }[] = [];
  let stopped = false;
  const requestUi = vi.fn(typeof answer === 'function' ? answer : async () => answer);
  const options: DetectorOptions = {
    win,
    isJobPage: isJobPageUrl,
    listen: (target, type, listener) => listeners.push({ target, type, listener }),
    contextValid: () => true,
    requestUi,
    stop: () => {
      stopped = true;
      listeners.length = 0;
    },
  };
  const navigate = async (to: string) => {
    win.location.href = to;
    for (const l of [...listeners]) l.listener();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { win, navigation, options, listeners, requestUi, navigate, stopped: () => stopped };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startDetector', () => {
  it('on a posting URL at load: asks once, then stops listening', async () => {
    const d = detector(JOB);
    startDetector(d.options);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(1);
    expect(d.stopped()).toBe(true);
  });

  it('on the feed: asks for nothing until an in-page navigation reaches a job (Navigation API), then once', async () => {
    const d = detector(FEED);
    startDetector(d.options);
    await settle();
    expect(d.requestUi).not.toHaveBeenCalled();
    expect(d.listeners.map((l) => [l.target === d.navigation, l.type])).toEqual([[true, 'currententrychange']]);
    await d.navigate('https://www.linkedin.com/messaging/');
    expect(d.requestUi).not.toHaveBeenCalled();
    await d.navigate(JOB);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(1);
    expect(d.stopped()).toBe(true);
    // Later navigations are the sidebar's business: the detector no longer listens.
    await d.navigate('https://www.linkedin.com/jobs/view/4100000202/');
    expect(d.requestUi).toHaveBeenCalledTimes(1);
  });

  it("without the Navigation API (Firefox 140) it follows WXT's location poll", async () => {
    const d = detector(FEED, { withNavigation: false });
    startDetector(d.options);
    expect(d.listeners.map((l) => [l.target === d.win, l.type])).toEqual([[true, 'wxt:locationchange']]);
    await d.navigate(JOB);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(1);
  });

  it('a refused or failed request is asked again at the next navigation to a job, never in a loop', async () => {
    let calls = 0;
    const d = detector(JOB, { answer: async () => ++calls > 2 });
    startDetector(d.options);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(1);
    expect(d.stopped()).toBe(false);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(1); // no retry on its own
    await d.navigate('https://www.linkedin.com/jobs/view/4100000202/');
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(2);
    await d.navigate(JOB);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(3);
    expect(d.stopped()).toBe(true);
  });

  it('one request at a time: navigations while it is out do not ask again', async () => {
    let answer: (ran: boolean) => void = () => {};
    const d = detector(JOB, { answer: () => new Promise<boolean>((resolve) => (answer = resolve)) });
    startDetector(d.options);
    await d.navigate('https://www.linkedin.com/jobs/view/4100000202/');
    await d.navigate(JOB);
    expect(d.requestUi).toHaveBeenCalledTimes(1);
    answer(true);
    await settle();
    expect(d.stopped()).toBe(true);
  });

  it('injected again into a page whose sidebar runs: asks for nothing (a dead sidebar, after an extension reload, does not count)', async () => {
    const d = detector(JOB);
    (d.win as unknown as Record<string, unknown>)[JOB_PAGE_GUARD] = { retire() {}, live: () => true };
    expect(runningJobPage(d.win)?.live()).toBe(true);
    startDetector(d.options);
    await settle();
    expect(d.requestUi).not.toHaveBeenCalled();
    expect(d.stopped()).toBe(true);

    const again = detector(JOB);
    (again.win as unknown as Record<string, unknown>)[JOB_PAGE_GUARD] = { retire() {}, live: () => false };
    startDetector(again.options);
    await settle();
    expect(again.requestUi).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing once its extension context is gone (extension reloaded under the tab)', async () => {
    const d = detector(FEED);
    startDetector({ ...d.options, contextValid: () => false });
    await d.navigate(JOB);
    await settle();
    expect(d.requestUi).not.toHaveBeenCalled();
  });
});

describe('startDetector with list badges (search/result lists)', () => {
  const LIST = 'https://www.linkedin.com/jobs/search/?keywords=ai';
  const LIST_WITH_JOB = 'https://www.linkedin.com/jobs/search/?keywords=ai&currentJobId=4100000201';
  function withList(href: string) {
    const d = detector(href);
    const requestListUi = vi.fn(async () => true);
    return { ...d, requestListUi, options: { ...d.options, isListPage: isListPageUrl, requestListUi } };
  }

  it('a list without a job open: asks for the badges only, then still listens for a job', async () => {
    const d = withList(LIST);
    startDetector(d.options);
    await settle();
    expect(d.requestListUi).toHaveBeenCalledTimes(1);
    expect(d.requestUi).not.toHaveBeenCalled();
    expect(d.stopped()).toBe(false);
    // A card clicked: the job opens beside the list; the sidebar is asked for, the badges are not asked again.
    await d.navigate(LIST_WITH_JOB);
    await settle();
    expect(d.requestUi).toHaveBeenCalledTimes(1);
    expect(d.requestListUi).toHaveBeenCalledTimes(1);
    expect(d.stopped()).toBe(true);
  });

  it('a list with a job open asks for both at once; a job page alone only for the sidebar; the feed for nothing', async () => {
    const both = withList(LIST_WITH_JOB);
    startDetector(both.options);
    await settle();
    expect([both.requestUi.mock.calls.length, both.requestListUi.mock.calls.length, both.stopped()]).toEqual([1, 1, true]);

    const job = withList(JOB);
    startDetector(job.options);
    await settle();
    expect([job.requestUi.mock.calls.length, job.requestListUi.mock.calls.length, job.stopped()]).toEqual([1, 0, false]);
    await job.navigate('https://www.linkedin.com/jobs/search/?keywords=tpm');
    await settle();
    expect(job.requestListUi).toHaveBeenCalledTimes(1);

    const feed = withList(FEED);
    startDetector(feed.options);
    await feed.navigate('https://www.linkedin.com/messaging/');
    await settle();
    expect([feed.requestUi.mock.calls.length, feed.requestListUi.mock.calls.length, feed.stopped()]).toEqual([0, 0, false]);
  });

  it('badges already running in this frame (a second detector): not asked again', async () => {
    const d = withList(LIST);
    (d.win as unknown as Record<string, unknown>)[LIST_PAGE_GUARD] = { retire() {}, live: () => true };
    startDetector(d.options);
    await settle();
    expect(d.requestListUi).not.toHaveBeenCalled();
  });
});

/** Runtime imports reachable from `entry` (not `import type`), project files only. */
function importGraph(entry: string): Set<string> {
  const files = new Set<string>();
  const queue = [normalize(entry)];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\s\S]{0,2000}?\bfrom\s*)?['"]([^'"\n]+)['"]/g;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(join(process.cwd(), file), 'utf8').matchAll(pattern)) {
      const specifier = m[3];
      if (m[2] || !specifier) continue;
      if (!specifier.startsWith('.')) {
        files.add(specifier);
        continue;
      }
      const base = normalize(join(dirname(file), specifier.replace(/\?.*$/, '')));
      const resolved = [`${base}.ts`, `${base}.tsx`, base].find((p) => /\.(ts|tsx|css)$/.test(p) && existsSync(join(process.cwd(), p)));
      if (resolved && /\.tsx?$/.test(resolved)) queue.push(resolved);
    }
  }
  return files;
}

describe('what each page bundle imports', () => {
  it('the detector: the URL test, the guard, the message client — nothing else', () => {
    expect([...importGraph('entrypoints/job.content/index.ts')].sort()).toEqual(
      [
        '@webext-core/messaging',
        'entrypoints/job.content/index.ts',
        'lib/capture/job-key.ts',
        'lib/job-boards.ts',
        'lib/job-page/detector.ts',
        'lib/messaging/client.ts',
        'lib/storage/result.ts',
        'wxt/utils/define-content-script',
      ].sort(),
    );
  });

  it('the sidebar: no analyser, no lexicon, no fuse.js, no zod', () => {
    const files = [...importGraph('entrypoints/job-ui.tsx')];
    expect(files.filter((f) => /^lib\/analysis\/(?!gap-report|language-names)|skills-lexicon|^fuse\.js|^zod|lib\/posting\/flow|schema\.ts$/.test(f))).toEqual([]);
    expect(files).toContain('lib/posting/save-input.ts');
  });
});
