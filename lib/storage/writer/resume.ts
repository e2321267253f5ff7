import { RESUME_KEY } from '../keys';
import type { Result } from '../result';
import { KeptResumeSchema, type KeptResume } from '../schemas';
import type { Core, WriteOutcome } from './core';

/**
 * The résumé text the user opted to keep (for the résumé checklist): one key, this device only (not synced,
 * not exported), replaced or deleted whole. An unreadable stored value reads as none (and is deleted by the
 * next write of this key).
 */
export interface ResumeWriter {
  getResume(): Promise<Result<KeptResume | null>>;
  keepResume(input: { text: string; source: string }): Promise<Result<{ resume: KeptResume } & WriteOutcome>>;
  deleteResume(): Promise<Result<WriteOutcome>>;
}

export function resumeWriter(core: Core): ResumeWriter {
  return {
    // A small read: the dashboard asks for it beside everything else, and it is one key.
    getResume: () =>
      core.runSmall((view) => {
        if (!Object.hasOwn(view.all, RESUME_KEY)) return null;
        const parsed = KeptResumeSchema.safeParse(view.all[RESUME_KEY]);
        return parsed.success ? parsed.data : null;
      }),
    keepResume: ({ text, source }) =>
      core.run(async (view) => {
        const resume = KeptResumeSchema.parse({ text, source, keptAt: core.now() });
        const usage = await core.commit(view, { [RESUME_KEY]: resume });
        return { resume, usage };
      }),
    deleteResume: () =>
      core.run(async (view) => {
        if (!Object.hasOwn(view.all, RESUME_KEY)) return { usage: core.usage(view) };
        const usage = await core.commit(view, {}, [RESUME_KEY]);
        return { usage };
      }),
  };
}
