import { overallCompletion, pacedPhaseRanges, roadmapPosition } from '../../lib/insights/roadmap-progress';
import { totalWeeksRange } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { Section } from '../ui/section';
import { ActionPlan } from './action-plan';
import { FaqList } from './faq-list';
import { PathwayHeadline } from './pathway-headline';
import { PhaseTimeline } from './phase-timeline';
import { ProgressBar } from './progress-bar';
import type { RoadmapProgress } from './roadmap-progress';
import { RealityCheck } from './reality-check';
import { SkillToLearnList } from './skill-to-learn-list';
import { ThisWeekCard } from './this-week-card';
import { TransferableSkillList } from './transferable-skill-list';

/** Anchors of the sections, shared with the navigation that jumps to them. */
export const ROADMAP_SECTIONS = [
  { id: 'skills-you-have', label: 'Skills' },
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'action-plan', label: 'Plan' },
  { id: 'faq', label: 'FAQ' },
] as const;

/**
 * The whole pathway: headline, skills, the phase timeline, reality check, action plan, FAQ. With progress it opens on
 * this week (week and phase at the user's pace, tasks due, ahead or behind; the current phase expanded first) and
 * tasks, action items and skills are checkboxes; without, it is read-only. The pathway is a prop so tests decide
 * what it shows.
 */
export function RoadmapView({ pathway, progress }: { readonly pathway: Pathway; readonly progress?: RoadmapProgress }) {
  const weeks = totalWeeksRange(pathway);
  const position = progress?.startDate ? roadmapPosition(pathway, progress.startDate, progress.today, progress.pace) : null;
  // Phase week ranges at the user's pace, when it is not the pathway's (the cards then say the weeks they will take).
  const paced = progress?.pace && progress.pace.hoursPerWeek !== progress.pace.pathwayHoursPerWeek ? pacedPhaseRanges(pathway, progress.pace) : null;
  const overall = progress ? overallCompletion(pathway, progress.doneTasks, progress.learnedSkills) : null;
  return (
    <div className="roadmap-view">
      {progress ? <ThisWeekCard pathway={pathway} progress={progress} /> : null}
      <PathwayHeadline pathway={pathway} />
      <Section
        id="skills-you-have"
        title="Skills you already have"
        intro={`${pathway.transferableSkills.length} backend skills that give you a head start.`}
      >
        <TransferableSkillList skills={pathway.transferableSkills} />
      </Section>
      <Section
        id="skills-to-learn"
        title="Skills to learn"
        intro={`${pathway.skillsToLearn.length} skills, most important first, with the time each takes.`}
      >
        <SkillToLearnList
          skills={pathway.skillsToLearn}
          {...(progress ? { learned: progress.learnedSkills, onLearnedChange: progress.onSkillLearned } : {})}
          {...(progress?.onSkillState ? { learning: progress.learningSkills ?? new Set<string>(), onStateChange: progress.onSkillState } : {})}
        />
      </Section>
      <Section
        id="roadmap"
        title="Your learning roadmap"
        intro={`${pathway.phases.length} phases over ${weeks.min}–${weeks.max} weeks.`}
      >
        {progress && overall ? (
          <div className="roadmap-progress" data-testid="roadmap-progress">
            <ProgressBar completion={overall} label="Overall (phase tasks and skills learned)" testId="overall-progress" />
          </div>
        ) : null}
        <PhaseTimeline
          pathway={pathway}
          {...(progress
            ? {
                progress: {
                  doneTasks: progress.doneTasks,
                  currentPhase: position?.kind === 'in-progress' ? position.phase : null,
                  currentWeek: position?.kind === 'in-progress' ? position.week : null,
                  onTaskDone: progress.onTaskDone,
                  ...(paced ? { ranges: paced } : {}),
                },
              }
            : {})}
        />
      </Section>
      <Section id="reality-check" title="Reality check" intro="An honest look at what to expect.">
        <RealityCheck realityCheck={pathway.realityCheck} />
      </Section>
      <Section id="action-plan" title="Your action plan" intro="Start today.">
        <ActionPlan actionPlan={pathway.actionPlan} {...(progress ? { progress: { doneActions: progress.doneActions, onActionDone: progress.onActionDone } } : {})} />
      </Section>
      <Section id="faq" title="Frequently asked questions">
        <FaqList faq={pathway.faq} />
      </Section>
    </div>
  );
}
