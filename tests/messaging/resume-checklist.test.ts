import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { client } from '../../lib/messaging/client';
import { registerHandlers } from '../../lib/messaging/handlers';
import { MESSAGES } from '../../lib/messaging/messages';
import { resolveEntry } from '../../lib/analysis/skill-hits';
import { KebabIdSchema } from '../../lib/storage/schemas';
import { skillsLexicon } from '../../data/skills-lexicon';
import { RESUME_LINE_MAX } from '../../lib/profile/resume-evidence';
import { createWriter } from '../../lib/storage/writer';
import { tickingClock } from '../storage/helpers';

/**
 * `getResumeChecklist` through the fake browser, as the sidebar (a content script) sends it: only the lines of the
 * skills asked about, bounded; null without a kept résumé; its input checked; nothing written.
 */
const PAGE_URL = 'https://boards.greenhouse.io/acme/jobs/1';
const contentScript = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: PAGE_URL });
const extensionPage = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') });

function sendAs(sender: Runtime.MessageSender) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((a) => !!a);
  }) as typeof fakeBrowser.runtime.sendMessage);
}

const RESUME = [
  'EXPERIENCE',
  '- Designed and built REST APIs used by 40 internal teams.',
  '- Wrote Python tooling for the billing platform.',
  `- Led incident reviews with product and support stakeholders ${'across regions and time zones '.repeat(40)}.`,
  'GOALS',
  'Learn AI risk management.',
].join('\n');

let unregister: () => void = () => {};

describe('getResumeChecklist', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    unregister();
    unregister = registerHandlers(createWriter({ now: tickingClock() }));
  });
  afterEach(() => unregister());

  it('is a page message (the sidebar sends it), and takes every skill id a report can hold', () => {
    expect(MESSAGES.getResumeChecklist.access).toBe('page');
    // A report's ids are pathway ids or lexicon ids, as the analysis resolves them: each must pass the input schema,
    // or one odd id would cost the whole posting its checklist.
    const ids = new Set(skillsLexicon.flatMap((e) => [e.id, resolveEntry(e).id]));
    expect(ids.size).toBeGreaterThan(50);
    expect([...ids].filter((id) => !KebabIdSchema.safeParse(id).success)).toEqual([]);
  });

  it('answers null while no résumé is kept', async () => {
    sendAs(contentScript());
    expect(await client.getResumeChecklist({ skills: ['api-development'] })).toEqual({ ok: true, value: null });
  });

  it('gives the content script only the lines of the skills it asks about, bounded, and writes nothing', async () => {
    sendAs(extensionPage());
    expect(await client.keepResume({ text: RESUME, source: 'resume.txt' })).toMatchObject({ ok: true });
    sendAs(contentScript());
    const before = await fakeBrowser.storage.local.get(null);
    const answer = await client.getResumeChecklist({ skills: ['api-development', 'ai-risk-management', 'tableau', 'stakeholder-management'] });
    expect(answer.ok).toBe(true);
    if (!answer.ok || !answer.value) throw new Error('no answer');
    expect(answer.value.language).toBe('en');
    expect(answer.value.lines.map((l) => l.id)).toEqual(['api-development', 'stakeholder-management']);
    expect(answer.value.lines[0]?.line).toBe('Designed and built REST APIs used by 40 internal teams.');
    const long = answer.value.lines[1]?.line ?? '';
    expect(long.length).toBeLessThanOrEqual(RESUME_LINE_MAX);
    expect(long.startsWith('Led incident reviews with product and support stakeholders')).toBe(true);
    // Never the résumé itself: Python is on it, but was not asked about.
    expect(JSON.stringify(answer)).not.toContain('Python');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // The résumé itself stays out of a content script's reach.
    expect(await client.getResume()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a malformed request', async () => {
    sendAs(contentScript());
    for (const bad of [
      {},
      { skills: 'api-development' },
      { skills: ['Not An Id'] },
      { skills: ['a'.repeat(81)] },
      { skills: Array.from({ length: 501 }, (_, i) => `skill-${i}`) },
      { skills: ['api-development'], text: 'x' },
    ]) {
      expect(await client.getResumeChecklist(bad as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('a sender the browser did not identify gets nothing', async () => {
    sendAs(extensionPage());
    await client.keepResume({ text: RESUME, source: 'resume.txt' });
    sendAs({});
    expect(await client.getResumeChecklist({ skills: ['api-development'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the hint’s link: openDashboard opens the profile view, and takes no other view', async () => {
    sendAs(contentScript());
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    expect(await client.openDashboard({ view: 'profile' })).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html#profile') });
    expect(await client.openDashboard({ view: 'welcome' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
