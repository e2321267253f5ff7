import { isTransferable, type PathwaySkill } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { skillState, type SkillState } from '../../lib/profile/skill-state';
import { Section } from '../ui/section';
import { KnownSkillsEditor } from './known-skills-editor';
import { PaceFields } from './pace-fields';
import { ProfileSkillRow } from './profile-skill-row';
import { applyResumeSkills, resumeState, withPace } from './profile-state';
import type { PacePatch, ProfileActions, ProfileData } from './profile-types';
import { ResumeImport } from './resume-import';
import { SyncStatusLine } from './sync-status-line';
import { usePendingWrites } from './use-pending';

interface ProfileViewProps {
  readonly pathway: Pathway;
  readonly data: ProfileData;
  readonly actions: ProfileActions;
}

/**
 * The profile the user owns: each pathway skill's state (one button per state), the other skills they know, their
 * pace and start date, and an import from a résumé. Every change is written at once and shown at once (before storage
 * answers); changes made elsewhere (the sidebar, the popup) arrive through the page's reload.
 */
export function ProfileView({ pathway, data, actions }: ProfileViewProps) {
  const states = usePendingWrites<SkillState>(actions.refresh);
  const weeks = usePendingWrites<number | null>(actions.refresh);
  const known = usePendingWrites<boolean>(actions.refresh);
  const pace = usePendingWrites<PacePatch>(actions.refresh);

  const stateOf = (id: string): SkillState => states.pending.get(id) ?? skillState(id, data.progress) ?? 'notYet';
  const weeksOf = (id: string): number | null => (weeks.pending.has(id) ? (weeks.pending.get(id) ?? null) : (data.progress.ownWeeks.get(id) ?? null));
  const knownSet = new Set(data.progress.knownSkills);
  for (const [id, on] of known.pending) {
    if (on) knownSet.add(id);
    else knownSet.delete(id);
  }
  let settings = data.settings;
  for (const patch of pace.pending.values()) settings = withPace(settings, patch);

  const row = (skill: PathwaySkill) => (
    <ProfileSkillRow
      key={skill.id}
      skill={skill}
      state={stateOf(skill.id)}
      ownWeeks={weeksOf(skill.id)}
      onState={(state) => void states.run(skill.id, state, () => actions.setSkillState(skill.id, state))}
      onOwnWeeks={(w) => {
        if (isTransferable(skill.id)) {
          const id = skill.id;
          void weeks.run(id, w, () => actions.setOwnWeeks(id, w));
        }
      }}
    />
  );

  const error = states.error ?? weeks.error ?? known.error ?? pace.error;

  return (
    <div className="profile" data-testid="profile">
      <p className="profile__intro">
        Your profile is what every readiness score, time to qualify and “ready by” date is worked out from. It stays in your browser.
      </p>
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="profile-error">
          {error}
        </p>
      ) : null}
      <Section id="profile-skills" title="Your pathway skills" intro="The pathway assumes you bring the six transferable skills; mark any you do not have yet.">
        <h3 className="profile__group-title">Skills you bring</h3>
        <ul className="profile-skills" aria-label="Transferable skills">
          {pathway.transferableSkills.map(row)}
        </ul>
        <h3 className="profile__group-title">Skills to learn</h3>
        <ul className="profile-skills" aria-label="Skills to learn">
          {pathway.skillsToLearn.map(row)}
        </ul>
      </Section>
      <Section id="profile-known" title="Other skills you know" intro="Skills outside the pathway that postings ask for. A posting asking one of these counts it as had.">
        <KnownSkillsEditor known={knownSet} onChange={(id, on) => void known.run(id, on, () => actions.setOtherSkillKnown(id, on))} />
      </Section>
      <Section id="profile-pace" title="Your pace" intro="Time to qualify and your “ready by” date scale with the hours you can give.">
        <PaceFields
          pathway={pathway}
          settings={settings}
          onChange={(patch) => {
            const key = Object.keys(patch).join(',');
            void pace.run(key, patch, () => actions.updateSettings(patch));
          }}
        />
        <SyncStatusLine status={data.sync} />
      </Section>
      <Section id="profile-resume" title="Import from a résumé" intro="Paste your résumé or profile text, or choose a file. You confirm each skill found before anything changes.">
        <ResumeImport
          readPdfText={actions.readPdfText}
          kept={data.resume}
          isApplied={(s) => {
            const target = resumeState(s);
            return target ? stateOf(s.id) === target : knownSet.has(s.id);
          }}
          onApply={(skills, keep) => applyResumeSkills(actions, skills, keep)}
          onDeleteKept={async () => {
            const r = await actions.deleteResume();
            if (!r.ok) return r.error.message;
            await actions.refresh?.();
            return null;
          }}
        />
      </Section>
    </div>
  );
}
