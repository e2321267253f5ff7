import { useState } from 'react';
import { isToLearn, isTransferable } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { skillState, type SkillState } from '../../lib/profile/skill-state';
import { Section } from '../ui/section';
import { otherSkillLabel } from './other-skills';
import { PaceFields } from './pace-fields';
import { ProfileSkillRow } from './profile-skill-row';
import { resumeState, withPace } from './profile-state';
import type { PacePatch, ProfileActions, ProfileData } from './profile-types';
import { ResumeImport } from './resume-import';

interface WelcomeViewProps {
  readonly pathway: Pathway;
  readonly data: ProfileData;
  readonly actions: ProfileActions;
  /** After the answers are saved: the profile. */
  readonly onDone: () => void;
  /** Leaves without writing anything. */
  readonly onSkip: () => void;
}

/** The welcome's answers, written only when the user finishes. */
interface Draft {
  readonly states: Readonly<Record<string, SkillState>>;
  readonly weeks: Readonly<Record<string, number | null>>;
  readonly known: readonly string[];
  readonly pace: PacePatch;
  readonly keep: { readonly text: string; readonly source: string } | null;
}

const EMPTY_DRAFT: Draft = { states: {}, weeks: {}, known: [], pace: {}, keep: null };

/**
 * The first-run welcome (opened on install, `dashboard.html#welcome`): confirm the six transferable skills, optionally
 * import a résumé, set the pace and start date. Everything is an answer until "Save and finish"; "Skip" writes nothing,
 * so skipping leaves today's defaults.
 */
export function WelcomeView({ pathway, data, actions, onDone, onSkip }: WelcomeViewProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const stored = (id: string): SkillState => skillState(id, data.progress) ?? 'notYet';
  const stateOf = (id: string): SkillState => draft.states[id] ?? stored(id);
  const weeksOf = (id: string): number | null => (id in draft.weeks ? (draft.weeks[id] ?? null) : (data.progress.ownWeeks.get(id) ?? null));
  const settings = withPace(data.settings, draft.pace);
  const knownNow = new Set([...data.progress.knownSkills, ...draft.known]);
  const fromResume = Object.entries(draft.states).filter(([id]) => isToLearn(id));

  const finish = async () => {
    setSaving(true);
    setError(null);
    const fail = (message: string) => {
      setSaving(false);
      setError(message);
    };
    for (const [id, state] of Object.entries(draft.states)) {
      if (state === stored(id) || !(isTransferable(id) || isToLearn(id))) continue;
      const r = await actions.setSkillState(id, state);
      if (!r.ok) return fail(r.error.message);
    }
    for (const [id, w] of Object.entries(draft.weeks)) {
      // An estimate belongs to a skill the user lacks.
      if (!isTransferable(id) || stateOf(id) !== 'notYet' || w === (data.progress.ownWeeks.get(id) ?? null)) continue;
      const r = await actions.setOwnWeeks(id, w);
      if (!r.ok) return fail(r.error.message);
    }
    for (const id of draft.known) {
      if (data.progress.knownSkills.has(id)) continue;
      const r = await actions.setOtherSkillKnown(id, true);
      if (!r.ok) return fail(r.error.message);
    }
    if (Object.keys(draft.pace).length > 0) {
      const r = await actions.updateSettings(draft.pace);
      if (!r.ok) return fail(r.error.message);
    }
    if (draft.keep) {
      const r = await actions.keepResume(draft.keep);
      if (!r.ok) return fail(r.error.message);
    }
    await actions.refresh?.();
    setSaving(false);
    onDone();
  };

  return (
    <div className="welcome" data-testid="welcome">
      <p className="welcome__intro">
        Pathway Lens reads job postings through the{' '}
        <strong>
          {pathway.meta.fromRole} → {pathway.meta.toRole}
        </strong>{' '}
        pathway. Three quick questions make its scores yours. All optional: skip, and it
        uses the pathway’s defaults. Nothing leaves your browser.
      </p>
      <Section id="welcome-skills" title="1. The skills you bring" intro="The pathway assumes a backend developer has these six. Mark any you do not have yet.">
        <ul className="profile-skills" aria-label="Transferable skills">
          {pathway.transferableSkills.map((skill) => (
            <ProfileSkillRow
              key={skill.id}
              skill={skill}
              state={stateOf(skill.id)}
              ownWeeks={weeksOf(skill.id)}
              onState={(state) => setDraft((d) => ({ ...d, states: { ...d.states, [skill.id]: state } }))}
              onOwnWeeks={(w) => setDraft((d) => ({ ...d, weeks: { ...d.weeks, [skill.id]: w } }))}
            />
          ))}
        </ul>
      </Section>
      <Section id="welcome-resume" title="2. Import from a résumé (optional)" intro="Paste your résumé or choose a file; confirm the skills it shows you have.">
        <ResumeImport
          readPdfText={actions.readPdfText}
          applyLabel="Add confirmed to your answers"
          appliedText={(n, kept) => `${n === 1 ? '1 skill' : `${n} skills`} added to your answers${kept ? ' (the text will be kept)' : ''}; they are saved when you finish.`}
          isApplied={(s) => {
            const target = resumeState(s);
            return target ? stateOf(s.id) === target : knownNow.has(s.id);
          }}
          onApply={(skills, keep) => {
            setDraft((d) => {
              const states = { ...d.states };
              const known = [...d.known];
              for (const s of skills) {
                const target = resumeState(s);
                if (target) states[s.id] = target;
                else if (!known.includes(s.id)) known.push(s.id);
              }
              return { ...d, states, known, keep: keep ?? d.keep };
            });
            return Promise.resolve(null);
          }}
        />
        {fromResume.length + draft.known.length > 0 ? (
          <p className="welcome__more" data-testid="welcome-more">
            Also saved when you finish:{' '}
            {[
              ...fromResume.map(([id, state]) => `${pathway.skillsToLearn.find((s) => s.id === id)?.name ?? id} (${state === 'learned' ? 'learned' : state})`),
              ...draft.known.map((id) => `${otherSkillLabel(id)} (known)`),
            ].join(', ')}
            .
          </p>
        ) : null}
      </Section>
      <Section id="welcome-pace" title="3. Your pace" intro="How many hours a week you can study, and when you start the roadmap.">
        <PaceFields pathway={pathway} settings={settings} onChange={(patch) => setDraft((d) => ({ ...d, pace: { ...d.pace, ...patch } }))} />
      </Section>
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="welcome-error">
          {error}
        </p>
      ) : null}
      <div className="welcome__actions">
        <button type="button" className="button button--primary" disabled={saving} data-testid="welcome-done" onClick={() => void finish()}>
          {saving ? 'Saving…' : 'Save and open your profile'}
        </button>
        <button type="button" className="button" disabled={saving} data-testid="welcome-skip" onClick={onSkip}>
          Skip for now
        </button>
      </div>
    </div>
  );
}
