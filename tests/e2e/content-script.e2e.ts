/**
 * The content script of the production build on fixture pages served under the real board hostnames:
 * it mounts exactly one `pathway-lens` shadow-root host on a job page, and none elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countPathwayLensHosts,
  launchExtension,
  pathwayLensShadowRoot,
  pathwayLensText,
  screenshot,
  settle,
  waitForPathwayLens,
  unexpectedWebRequests,
  type ExtensionSession,
} from './harness';
import { FIXTURE_ROUTES, GREENHOUSE_BOARD_URL, LINKEDIN_FEED_URL, LINKEDIN_JOB_URL, NON_BOARD_CAREERS_URL } from './fixtures';

describe('content script (production build in Chromium)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ routes: FIXTURE_ROUTES });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('mounts exactly one pathway-lens host with an open shadow root on a LinkedIn job page', async () => {
    const page = await session.goto(LINKEDIN_JOB_URL);
    expect(await page.title()).toContain('AI Program Manager');
    await waitForPathwayLens(page);
    // Give a double mount (e.g. a second injection or an SPA re-run) time to show up before counting.
    await settle(page);
    expect(await countPathwayLensHosts(page)).toBe(1);

    const root = await pathwayLensShadowRoot(page);
    expect(root, 'pathway-lens has an open shadow root').not.toBeNull();
    expect((await pathwayLensText(page)).trim()).not.toBe('');
    // The UI lives in the shadow root: the page's own document gains no Pathway Lens text outside it.
    expect(await page.evaluate(() => document.body.innerText.includes('Pathway Lens'))).toBe(false);

    await screenshot(page, 'linkedin-job');
    expect(session.errors).toEqual([]);
    await page.close();
  });

  it('mounts nothing on a LinkedIn page that is not a job posting (/feed/)', async () => {
    const page = await session.goto(LINKEDIN_FEED_URL);
    await settle(page);
    expect(await countPathwayLensHosts(page)).toBe(0);
    await page.close();
  });

  it('mounts nothing on a supported board page that lists jobs instead of showing one (Greenhouse board index)', async () => {
    const page = await session.goto(GREENHOUSE_BOARD_URL);
    expect(await page.title()).toBe('Jobs at Quillmark');
    await settle(page);
    expect(await countPathwayLensHosts(page)).toBe(0);
    await page.close();
  });

  it('mounts nothing on a career page of a host that is not a supported board', async () => {
    const page = await session.goto(NON_BOARD_CAREERS_URL);
    expect(await page.title()).toContain('Fernhill Robotics');
    await settle(page);
    expect(await countPathwayLensHosts(page)).toBe(0);
    await page.close();
  });

  it('fetched nothing but the fixture pages themselves (no network calls by the extension)', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
    const unexpected = session.server.requests.filter(
      (r) => !(r.method === 'GET' && (r.status === 200 || r.path === '/favicon.ico')),
    );
    expect(unexpected).toEqual([]);
  });

  it('logged no page errors or console errors on any page', () => {
    expect(session.errors).toEqual([]);
  });
});
