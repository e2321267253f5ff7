import type { ReactNode } from 'react';
import { unreadLanguage } from '../../lib/analysis/language-names';
import { todayUtc } from '../../lib/insights/roadmap-progress';
import { Footer } from './footer';
import { Group } from './group';
import { groupSkills, uncoveredRequiredOther, type SkillGroup } from './groups';
import { Header } from './header';
import { LanguageNotice } from './language-notice';
import { ResumeSection } from './resume-section';
import type { ReadyProps } from './sidebar-props';
import { Summary } from './summary';

/** The three skill groups, in the order shown. */
const GROUPS: readonly { group: SkillGroup; title: string; hint: string; empty: string }[] = [
  { group: 'have', title: 'You have', hint: 'Skills from your backend experience, plus what you’ve learned or know.', empty: 'None of this posting’s skills are covered yet.' },
  {
    group: 'roadmap',
    title: 'On your roadmap',
    hint: 'Gaps your pathway teaches, and skills you marked “not yet” in your profile. Mark one when you have it.',
    empty: 'Nothing on your roadmap is asked for here.',
  },
  { group: 'other', title: 'Not in your pathway', hint: 'Skills this job asks for that your roadmap doesn’t teach.', empty: 'Everything this job asks for is in your pathway.' },
];

/**
 * The panel for a read posting: header, summary, the three skill groups, and the footer. A posting in a language
 * the analysis does not read gets the language notice instead of a summary and groups it could not fill.
 */
export function ReadyView(props: ReadyProps): ReactNode {
  const { state, pathway } = props;
  const { report, score, progress } = state;
  const groups = groupSkills(report.skills, progress, pathway);
  const outside = uncoveredRequiredOther(report.skills, progress);
  const unread = unreadLanguage(report.language);

  return (
    <>
      <div className="pl-body">
        <Header report={report} />
        {unread ? (
          <LanguageNotice language={unread} place="sidebar" />
        ) : (
          <>
            <Summary score={score} pathway={pathway} report={report} outsideRequired={outside.length} progress={progress} today={todayUtc(props.now?.())} />
            {GROUPS.map((g) => (
              <Group key={g.group} {...g} skills={groups[g.group]} {...props} />
            ))}
            <ResumeSection {...props} />
          </>
        )}
      </div>
      <Footer {...props} />
    </>
  );
}
