// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { capturePosting } from '../../lib/capture/capture-posting';
import { waitForJob } from '../../lib/capture/wait-for-job';
import { loadFixture } from './fixtures';

const SEARCH = (id: string): string => `https://www.linkedin.com/jobs/search/?currentJobId=${id}&keywords=program%20manager`;
const FAST = { debounceMs: 10, pollMs: 50 } as const;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function paragraphs(doc: Document, texts: string[]): HTMLElement[] {
  return texts.map((text) => {
    const p = doc.createElement('p');
    p.textContent = text;
    return p;
  });
}

/** What LinkedIn does when the detail pane hydrates another job: new title link, new description. */
function showLinkedInJob(doc: Document, id: string, title: string, body: string[]): void {
  const link = doc.querySelector('.job-details-jobs-unified-top-card__job-title a');
  link?.setAttribute('href', `/jobs/view/${id}/?refId=abc`);
  if (link) link.textContent = title;
  doc.querySelector('#job-details .mt4')?.replaceChildren(...paragraphs(doc, body));
}

describe('waitForJob', () => {
  it('resolves at once when the pane already shows the job', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000102'));
    const result = await waitForJob({ doc, url: new URL(SEARCH('4100000102')), expectedJobKey: 'linkedin:4100000102', ...FAST });
    expect(result.ok && result.posting.title).toBe('AI Program Manager');
  });

  it('waits for the pane to swap to the job in the URL, never returning the stale one', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000103'));
    const url = new URL(SEARCH('4100000103'));
    let settled = false;
    const waiting = waitForJob({ doc, url, expectedJobKey: 'linkedin:4100000103', timeoutMs: 3_000, ...FAST }).finally(() => {
      settled = true;
    });
    await sleep(80);
    expect(settled).toBe(false);
    showLinkedInJob(doc, '4100000103', 'Site Reliability Engineer', ['Keep our Kubernetes fleet healthy and on call.']);
    const result = await waiting;
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.jobKey).toBe('linkedin:4100000103');
    expect(result.posting.title).toBe('Site Reliability Engineer');
    expect(result.posting.descriptionText).toBe('Keep our Kubernetes fleet healthy and on call.');
  });

  it('does not accept a pane whose title swapped before its description', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000102'));
    const before = capturePosting(doc, new URL(SEARCH('4100000102')));
    if (!before.ok) throw new Error(before.message);
    const url = new URL(SEARCH('4100000103'));
    const waiting = waitForJob({ doc, url, expectedJobKey: 'linkedin:4100000103', previous: before.posting, timeoutMs: 3_000, ...FAST });
    // Step 1: the title link points to the new job, the description is still the old one.
    const link = doc.querySelector('.job-details-jobs-unified-top-card__job-title a');
    link?.setAttribute('href', '/jobs/view/4100000103/');
    if (link) link.textContent = 'Site Reliability Engineer';
    await sleep(120);
    // Step 2: the description arrives.
    doc.querySelector('#job-details .mt4')?.replaceChildren(...paragraphs(doc, ['Run incident reviews and SLOs.']));
    const result = await waiting;
    if (!result.ok) throw new Error(result.message);
    expect(result.posting.descriptionText).toBe('Run incident reviews and SLOs.');
  });

  it('recognises a changed pane without a pane job id by comparing with the previous posting (Indeed vjk)', async () => {
    const first = 'https://www.indeed.com/jobs?q=program+manager&vjk=1a2b3c4d5e6f7081';
    const doc = loadFixture('indeed-search-pane.html', first);
    const before = capturePosting(doc, new URL(first));
    if (!before.ok) throw new Error(before.message);
    const next = new URL('https://www.indeed.com/jobs?q=program+manager&vjk=99aa88bb77cc66dd');
    let settled = false;
    const waiting = waitForJob({ doc, url: next, expectedJobKey: 'indeed:99aa88bb77cc66dd', previous: before.posting, timeoutMs: 3_000, ...FAST }).finally(
      () => {
        settled = true;
      },
    );
    await sleep(120);
    expect(settled).toBe(false);
    const title = doc.querySelector('[data-testid="jobsearch-JobInfoHeader-title"] span');
    title?.replaceChildren('DevOps Engineer');
    doc.querySelector('#jobDescriptionText')?.replaceChildren(...paragraphs(doc, ['Terraform and Kubernetes daily.']));
    const result = await waiting;
    if (!result.ok) throw new Error(result.message);
    expect([result.posting.jobKey, result.posting.title, result.posting.descriptionText]).toEqual([
      'indeed:99aa88bb77cc66dd',
      'DevOps Engineer',
      'Terraform and Kubernetes daily.',
    ]);
  });

  it('follows a pane that is replaced wholesale', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000103'));
    const waiting = waitForJob({ doc, url: new URL(SEARCH('4100000103')), expectedJobKey: 'linkedin:4100000103', timeoutMs: 3_000, ...FAST });
    await sleep(30);
    const oldPane = doc.querySelector('.jobs-search__job-details--container');
    const newPane = oldPane?.cloneNode(true) as Element | undefined;
    if (!oldPane || !newPane) throw new Error('fixture changed');
    oldPane.remove();
    await sleep(30);
    doc.querySelector('.scaffold-layout__detail')?.append(newPane);
    showLinkedInJob(doc, '4100000103', 'Site Reliability Engineer', ['Own reliability for checkout.']);
    const result = await waiting;
    expect(result.ok && result.posting.title).toBe('Site Reliability Engineer');
  });

  it("returns 'loading' when the job never shows up within the bound", async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000103'));
    const started = Date.now();
    const result = await waitForJob({ doc, url: new URL(SEARCH('4100000103')), expectedJobKey: 'linkedin:4100000103', timeoutMs: 150, ...FAST });
    expect(result).toEqual({ ok: false, reason: 'loading', message: 'posting still loading' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('caps the timeout at 8 s whatever the caller asks', async () => {
    vi.useFakeTimers();
    try {
      const doc = loadFixture('linkedin-search.html', SEARCH('4100000103'));
      const waiting = waitForJob({ doc, url: new URL(SEARCH('4100000103')), expectedJobKey: 'linkedin:4100000103', timeoutMs: 60_000 });
      await vi.advanceTimersByTimeAsync(8_001);
      await expect(waiting).resolves.toMatchObject({ ok: false, reason: 'loading' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts: rejects with the reason and disconnects its observer', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000103'));
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) throw new Error('no MutationObserver');
    const disconnect = vi.spyOn(Observer.prototype, 'disconnect');
    const controller = new AbortController();
    const waiting = waitForJob({ doc, url: new URL(SEARCH('4100000103')), expectedJobKey: 'linkedin:4100000103', signal: controller.signal, ...FAST });
    await sleep(20);
    controller.abort(new Error('user moved on'));
    await expect(waiting).rejects.toThrow('user moved on');
    expect(disconnect).toHaveBeenCalled();
  });

  it('rejects immediately when already aborted', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000102'));
    const controller = new AbortController();
    controller.abort();
    await expect(
      waitForJob({ doc, url: new URL(SEARCH('4100000102')), expectedJobKey: 'linkedin:4100000102', signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('observes the detail pane, and never the whole body with characterData', async () => {
    const doc = loadFixture('linkedin-search.html', SEARCH('4100000103'));
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) throw new Error('no MutationObserver');
    const observe = vi.spyOn(Observer.prototype, 'observe');
    await waitForJob({ doc, url: new URL(SEARCH('4100000103')), expectedJobKey: 'linkedin:4100000103', timeoutMs: 60, ...FAST });
    const targets = observe.mock.calls.map(([target]) => target);
    expect(targets).toContain(doc.querySelector('.jobs-search__job-details--container'));
    for (const [target, init] of observe.mock.calls) {
      if (target === doc.body || target === doc.documentElement) expect(init?.characterData ?? false).toBe(false);
    }

    // No pane at all (app shell still empty): body, childList only.
    observe.mockClear();
    doc.querySelector('.scaffold-layout__detail')?.remove();
    await waitForJob({ doc, url: new URL(SEARCH('4100000103')), expectedJobKey: 'linkedin:4100000103', timeoutMs: 60, ...FAST });
    expect(observe.mock.calls).toEqual([[doc.body, { childList: true, subtree: true }]]);
  });
});

describe('waitForJob: the pane as it was when the URL changed (paneBefore)', () => {
  const INDEED = (vjk: string) => `https://www.indeed.com/jobs?q=program+manager&vjk=${vjk}`;
  const setDescription = (doc: Document, text: string) => doc.querySelector('#jobDescriptionText')?.replaceChildren(...paragraphs(doc, [text]));
  const setTitle = (doc: Document, text: string) => {
    const h = doc.querySelector('[data-testid="jobsearch-JobInfoHeader-title"]');
    if (h) h.textContent = text;
  };

  it('on a pane without a job id, does not take a job clicked past (never shown) for the new one', async () => {
    // Shown last: the fixture's job. Then job B was clicked and its pane arrived, then job C was clicked before B was shown.
    const doc = loadFixture('indeed-search-pane.html', INDEED('1a2b3c4d5e6f7081'));
    const shown = capturePosting(doc, new URL(INDEED('1a2b3c4d5e6f7081')));
    if (!shown.ok) throw new Error(shown.message);
    setTitle(doc, 'Job B');
    setDescription(doc, 'Job B runs the data platform program.');
    const paneBefore = capturePosting(doc, new URL(INDEED('bbbbbbbbbbbbbbbb')));
    if (!paneBefore.ok) throw new Error(paneBefore.message);
    const url = new URL(INDEED('cccccccccccccccc'));
    let settled = false;
    const waiting = waitForJob({ doc, url, expectedJobKey: 'indeed:cccccccccccccccc', previous: shown.posting, paneBefore: paneBefore.posting, timeoutMs: 3_000, ...FAST }).finally(() => {
      settled = true;
    });
    await sleep(80);
    expect(settled).toBe(false); // B's text is not C's
    setTitle(doc, 'Job C');
    await sleep(60);
    expect(settled).toBe(false); // C's title over B's description: still not C
    setDescription(doc, 'Job C leads the AI governance program.');
    const result = await waiting;
    expect(result.ok && [result.posting.title, result.posting.descriptionText]).toEqual(['Job C', 'Job C leads the AI governance program.']);
  });

  it('accepts that text on the last attempt (a page that swapped its pane before changing the URL)', async () => {
    const doc = loadFixture('indeed-search-pane.html', INDEED('cccccccccccccccc'));
    const now = capturePosting(doc, new URL(INDEED('cccccccccccccccc')));
    if (!now.ok) throw new Error(now.message);
    const result = await waitForJob({ doc, url: new URL(INDEED('cccccccccccccccc')), expectedJobKey: 'indeed:cccccccccccccccc', paneBefore: now.posting, timeoutMs: 300, ...FAST });
    expect(result.ok && result.posting.title).toBe(now.posting.title);
  });
});
