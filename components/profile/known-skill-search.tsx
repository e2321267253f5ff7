import { useId, useState } from 'react';
import { searchOtherSkills, SKILL_QUERY_MAX } from './other-skills';

interface KnownSkillSearchProps {
  /** Skills already known: not offered again. */
  readonly known: ReadonlySet<string>;
  readonly onAdd: (id: string) => void;
}

/** Finds a skill outside the pathway by name or alias, and adds it to the skills the user knows. */
export function KnownSkillSearch({ known, onAdd }: KnownSkillSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const results = searchOtherSkills(query, known);
  const q = query.trim();
  return (
    <div className="known-search">
      <div className="field">
        <label htmlFor={id}>Add a skill you know</label>
        <input
          id={id}
          type="search"
          value={query}
          maxLength={SKILL_QUERY_MAX}
          placeholder="e.g. Kubernetes, Python, Jira"
          autoComplete="off"
          data-testid="known-skill-search"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {q !== '' ? (
        results.length > 0 ? (
          <ul className="known-search__results" aria-label={`Skills matching “${q}”`}>
            {results.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="button"
                  data-testid="known-skill-add"
                  data-skill-id={s.id}
                  onClick={() => {
                    onAdd(s.id);
                    setQuery('');
                  }}
                >
                  Add {s.label}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="known-search__none" role="status">
            No other skill matches “{q}”. Skills of the pathway are set above.
          </p>
        )
      ) : null}
    </div>
  );
}
