import type { ReactNode } from 'react';
import { languageName } from '../../lib/analysis/language-names';

/** The class names of each place that shows the notice: the sidebar's state styles, the popup's notices. */
const CLASSES = {
  sidebar: { box: 'pl-state', title: 'pl-state-title', text: 'pl-state-text' },
  popup: { box: 'notice notice--info', title: 'gap-summary__language-title', text: 'gap-summary__language-text' },
} as const;

/**
 * Shown instead of readiness and skills for a posting the analysis cannot read (lib/analysis/language.ts
 * `unreadLanguage`): it names the posting's language, so an empty report is never mistaken for a posting that asks
 * for nothing. The sidebar and the popup show this one component.
 */
export function LanguageNotice({ language, place }: { language: string; place: keyof typeof CLASSES }): ReactNode {
  const c = CLASSES[place];
  const name = languageName(language);
  return (
    <div className={c.box} role="note" data-testid="language-notice" data-language={language}>
      <p className={c.title}>Written in {name}</p>
      <p className={c.text}>This posting is in {name}. Pathway Lens reads English postings for now, so it cannot list the skills this one asks for.</p>
    </div>
  );
}
