import { KnownSkillSearch } from './known-skill-search';
import { otherSkillLabel } from './other-skills';

interface KnownSkillsEditorProps {
  /** Ids of the other skills the user knows (pending changes included). */
  readonly known: ReadonlySet<string>;
  readonly onChange: (id: string, known: boolean) => void;
}

/**
 * Skills outside the pathway the user knows (the sidebar's "I know this"): listed, removable, and added from the
 * skills lexicon. A posting that asks one of them counts it as had.
 */
export function KnownSkillsEditor({ known, onChange }: KnownSkillsEditorProps) {
  const list = [...known].map((id) => ({ id, label: otherSkillLabel(id) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return (
    <div className="known-skills" data-testid="known-skills">
      {list.length > 0 ? (
        <ul className="known-skills__list" aria-label="Other skills you know">
          {list.map((s) => (
            <li key={s.id} className="known-skill" data-testid="known-skill" data-skill-id={s.id}>
              <span className="known-skill__label">{s.label}</span>
              <button type="button" className="button button--link" data-testid="known-skill-remove" onClick={() => onChange(s.id, false)}>
                Remove<span className="visually-hidden"> {s.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="known-skills__empty">None yet. Mark one with “I know this” in the sidebar, or add it here.</p>
      )}
      <KnownSkillSearch known={known} onAdd={(id) => onChange(id, true)} />
    </div>
  );
}
