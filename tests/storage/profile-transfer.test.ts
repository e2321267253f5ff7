import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExportFile } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { QUOTA_BYTES, totalBytes } from '../../lib/storage/quota';
import { IMPORT_MAX_CHARS } from '../../lib/storage/safe-json';
import { makeInput, manualClock } from './helpers';

/** Export → import of the profile: transferable "not yet" with own weeks, "learning", and the pace in settings. */

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function exported(writer: Writer): Promise<string> {
  return value(await writer.exportData('json')).text;
}

async function profile(writer: Writer): Promise<void> {
  value(await writer.setSkillState('cloud-platforms', 'notYet'));
  value(await writer.setOwnWeeks('devops-cicd', 7));
  value(await writer.setSkillState('ai-ml-fundamentals', 'learning'));
  value(await writer.setSkillState('agile-certification', 'learned'));
  value(await writer.setProgress('task', 'p1-ai-for-everyone', true));
  value(await writer.updateSettings({ hoursPerWeek: 6, pathwayHoursPerWeek: 12 }));
  value(await writer.keepResume({ text: 'Private résumé text: 8 years of Go.', source: 'cv.txt' }));
}

describe('export / import of the profile', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a round trip keeps transferable and learning records, own weeks and the pace — and never the résumé', async () => {
    const clock = manualClock();
    const source = createWriter({ now: clock.now });
    await profile(source);
    const text = await exported(source);
    const file = JSON.parse(text) as ExportFile;
    expect(text).not.toContain('Private résumé text');
    expect(file.progress.find((r) => r.kind === 'transferable' && r.id === 'devops-cicd')).toMatchObject({ done: false, weeks: 7 });
    expect(file.progress.find((r) => r.kind === 'transferable' && r.id === 'cloud-platforms')).toMatchObject({ done: false });
    expect(file.progress.find((r) => r.kind === 'learning' && r.id === 'ai-ml-fundamentals')).toMatchObject({ done: true });
    expect(file.settings).toMatchObject({ hoursPerWeek: 6, pathwayHoursPerWeek: 12 });

    fakeBrowser.reset();
    const target = createWriter({ now: manualClock(1_900_000_000_000).now });
    expect(value(await target.applyImport(text))).toMatchObject({ progressAdded: file.progress.length, progressReplaced: 0, settingsReplaced: true });
    expect(value(await target.getProgress())).toMatchObject({
      lackingSkills: ['cloud-platforms', 'devops-cicd'],
      ownWeeks: { 'devops-cicd': 7 },
      learningSkills: ['ai-ml-fundamentals'],
      learnedSkills: ['agile-certification'],
      doneTasks: ['p1-ai-for-everyone'],
    });
    expect(value(await target.getSettings())).toMatchObject({ hoursPerWeek: 6, pathwayHoursPerWeek: 12 });
    expect(value(await target.getResume())).toBeNull();
    const again = JSON.parse(await exported(target)) as ExportFile;
    expect({ ...again, exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
  });

  it('merges by updatedAt: a newer local estimate and pace are kept, older ones replaced', async () => {
    const clock = manualClock();
    const writer = createWriter({ now: clock.now });
    await profile(writer);
    const text = await exported(writer);
    // After the export: a newer estimate for devops-cicd and a newer pace here; cloud-platforms untouched.
    clock.advance(60_000);
    value(await writer.setOwnWeeks('devops-cicd', 3));
    value(await writer.updateSettings({ hoursPerWeek: 15 }));
    const preview = value(await writer.previewImport(text));
    expect(preview).toMatchObject({ progressAdded: 0, progressReplaced: 0, settingsReplaced: false });
    value(await writer.applyImport(text));
    expect(value(await writer.getProgress()).ownWeeks).toEqual({ 'devops-cicd': 3 });
    expect(value(await writer.getSettings())).toMatchObject({ hoursPerWeek: 15, pathwayHoursPerWeek: 12 });

    // Imported into a profile whose records are older, the file's win: "have" becomes "not yet" with 7 weeks.
    fakeBrowser.reset();
    const older = createWriter({ now: manualClock(1_600_000_000_000).now });
    value(await older.setSkillState('devops-cicd', 'have'));
    value(await older.updateSettings({ hoursPerWeek: 20 }));
    expect(value(await older.applyImport(text))).toMatchObject({ progressReplaced: 1, settingsReplaced: true });
    expect(value(await older.getProgress())).toMatchObject({ lackingSkills: ['cloud-platforms', 'devops-cicd'], ownWeeks: { 'devops-cicd': 7 } });
    expect(value(await older.getSettings())).toMatchObject({ hoursPerWeek: 6, pathwayHoursPerWeek: 12 });
  });
});

describe('the export is always importable', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is compact: no bigger than what is stored, so a full storage.local (10 MiB) exports under the 12 MiB import bound', async () => {
    const writer = createWriter({ now: manualClock(1_700_000_000_000).now });
    for (let i = 0; i < 40; i++) value(await writer.savePosting(makeInput(`linkedin:${4_000_000_000 + i}`, { description: 'Own the AI program roadmap. '.repeat(60) })));
    value(await writer.setSkillState('cloud-platforms', 'notYet'));
    const text = await exported(writer);
    const stored = totalBytes((await fakeBrowser.storage.local.get(null)) as Record<string, unknown>);
    expect(text.includes('\n')).toBe(false);
    // Indented JSON was 1.48× the stored bytes; the bound allows 12/10.
    expect(text.length / stored).toBeLessThanOrEqual(IMPORT_MAX_CHARS / QUOTA_BYTES);
    expect(value(await createWriter().previewImport(text)).keptExisting).toBeGreaterThanOrEqual(0);
  });
});
