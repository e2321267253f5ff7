import { useId, useState } from 'react';
import { checkResumeText, RESUME_ACCEPT, RESUME_INPUT_MAX_CHARS, type Checked, type ResumeProblem } from '../../lib/profile/resume-input';
import { detectResumeSkills, type ResumeSkill } from '../../lib/profile/resume-skills';
import type { KeptResume } from '../../lib/storage/schemas';
import { KeptResumeNotice } from './kept-resume';
import { ResumeDetectedRow, type ResumeDecision } from './resume-detected-row';
import { displayName, readResumeFileInput } from './resume-file';

export interface ResumeImportProps {
  readonly readPdfText: (bytes: Uint8Array) => Promise<Checked<string>>;
  /**
   * Applies the skills the user confirmed, and keeps the text when they opted in (`keep` non-null). Resolves to an
   * error message, or null when done.
   */
  readonly onApply: (skills: readonly ResumeSkill[], keep: { text: string; source: string } | null) => Promise<string | null>;
  /** Whether a detected skill is already in the profile as applying would set it. */
  readonly isApplied?: (skill: ResumeSkill) => boolean;
  /** The résumé text kept earlier, with its delete. */
  readonly kept?: KeptResume | null;
  readonly onDeleteKept?: () => Promise<string | null>;
  /** The apply button's words. */
  readonly applyLabel?: string;
  /** What the status line says after applying n skills. */
  readonly appliedText?: (n: number, kept: boolean) => string;
}

const PASTED = 'pasted text';

const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

/** A problem with pasted text, in words about the paste (the shared messages speak of files). */
function pasteMessage(p: ResumeProblem): string {
  if (p.code === 'empty') return 'Paste your résumé or profile text, or choose a file, first.';
  return sentence(`this text is ${p.message.replace(/^text /, '')}`);
}

const defaultApplied = (n: number, kept: boolean) =>
  `${n === 0 ? 'No skills' : n === 1 ? '1 skill' : `${n} skills`} applied to your profile${kept ? '; the résumé text is kept on this device' : ''}.`;

/**
 * Import from a résumé or profile text: paste it or choose a file (.txt, .md, .pdf). The skills the text shows the
 * person has are listed, each with the sentence that shows it; nothing is applied until the user confirms skills and
 * presses Apply. The text is kept only when the user opts in. Bad input gets a message, and nothing happens.
 */
export function ResumeImport({ readPdfText, onApply, isApplied, kept = null, onDeleteKept, applyLabel = 'Apply confirmed', appliedText = defaultApplied }: ResumeImportProps) {
  const textId = useId();
  const fileId = useId();
  const keepId = useId();
  const [text, setText] = useState('');
  const [source, setSource] = useState(PASTED);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [detected, setDetected] = useState<readonly ResumeSkill[] | null>(null);
  const [decisions, setDecisions] = useState<Readonly<Record<string, ResumeDecision>>>({});
  const [keep, setKeep] = useState(false);
  // The text the listed skills were found in: what is kept when the user opts in.
  const [analysed, setAnalysed] = useState<{ text: string; source: string } | null>(null);

  const reset = () => {
    setDetected(null);
    setDecisions({});
    setStatus(null);
    setAnalysed(null);
  };

  const detect = (value: string, from: string) => {
    setAnalysed({ text: value, source: from });
    const found = detectResumeSkills(value).skills;
    setDetected(found);
    setDecisions({});
    setStatus(found.length === 0 ? 'No skills found in this text. Nothing was applied.' : `Found ${found.length === 1 ? '1 skill' : `${found.length} skills`}. Confirm the ones that are right, then apply.`);
  };

  const findInPaste = () => {
    reset();
    const checked = checkResumeText(text);
    if (!checked.ok) return setProblem(`${pasteMessage(checked.problem)} Nothing was applied or stored.`);
    setProblem(null);
    detect(checked.value, source);
  };

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    reset();
    setProblem(null);
    setBusy(true);
    const name = displayName(file.name);
    let checked: Checked<string>;
    try {
      checked = await readResumeFileInput(file, readPdfText);
    } catch {
      checked = { ok: false, problem: { code: 'not-pdf', message: 'the file could not be read' } };
    }
    setBusy(false);
    if (!checked.ok) return setProblem(`“${name}”: ${sentence(checked.problem.message)} Nothing was applied or stored.`);
    setText(checked.value);
    setSource(name || PASTED);
    detect(checked.value, name || PASTED);
  };

  const confirmed = (detected ?? []).filter((s) => decisions[s.id] === 'confirm');
  const canApply = !busy && detected !== null && analysed !== null && (confirmed.length > 0 || keep);

  const apply = async () => {
    if (!canApply) return;
    // What is kept is the text the skills were found in (it passed the checks then).
    const keepText = keep && analysed ? analysed : null;
    setBusy(true);
    const error = await onApply(confirmed, keepText);
    setBusy(false);
    if (error) {
      setStatus(null);
      return setProblem(error);
    }
    setProblem(null);
    setDetected(null);
    setDecisions({});
    setKeep(false);
    setStatus(appliedText(confirmed.length, keepText !== null));
  };

  const deleteKept = async () => {
    if (!onDeleteKept) return;
    setBusy(true);
    const error = await onDeleteKept();
    setBusy(false);
    if (error) return setProblem(error);
    setStatus('The kept résumé text was deleted.');
  };

  return (
    <div className="resume-import" data-testid="resume-import">
      {kept ? <KeptResumeNotice resume={kept} busy={busy} onDelete={() => void deleteKept()} /> : null}
      <div className="field">
        <label htmlFor={textId}>Paste your résumé or profile text</label>
        <textarea
          id={textId}
          className="resume-import__text"
          rows={8}
          value={text}
          maxLength={RESUME_INPUT_MAX_CHARS + 1}
          data-testid="resume-text"
          onChange={(e) => {
            setText(e.target.value);
            setSource(PASTED);
          }}
        />
      </div>
      <div className="resume-import__actions">
        <button type="button" className="button button--primary" disabled={busy} data-testid="resume-find" onClick={findInPaste}>
          Find skills
        </button>
        <div className="field">
          <label htmlFor={fileId}>Or choose a file (.txt, .md or .pdf, at most 5 MB)</label>
          <input
            id={fileId}
            type="file"
            accept={RESUME_ACCEPT}
            disabled={busy}
            data-testid="resume-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // The same file can be chosen again after a fix.
              e.target.value = '';
              void pickFile(file);
            }}
          />
        </div>
      </div>
      {busy ? (
        <p role="status" className="resume-import__busy">
          Reading…
        </p>
      ) : null}
      {problem ? (
        <p className="notice notice--error" role="alert" data-testid="resume-problem">
          {problem}
        </p>
      ) : null}
      {status ? (
        <p className="resume-import__status" role="status" data-testid="resume-status">
          {status}
        </p>
      ) : null}
      {detected && detected.length > 0 ? (
        <>
          <div className="resume-import__bulk">
            <button
              type="button"
              className="button button--link"
              data-testid="resume-confirm-all"
              onClick={() => setDecisions(Object.fromEntries(detected.map((s) => [s.id, 'confirm' as const])))}
            >
              Confirm all
            </button>
          </div>
          <ul className="resume-import__list" aria-label="Skills this text shows you have">
            {detected.map((s) => (
              <ResumeDetectedRow
                key={s.id}
                skill={s}
                decision={decisions[s.id]}
                already={isApplied?.(s) ?? false}
                onDecide={(d) =>
                  setDecisions((prev) => {
                    const next = { ...prev };
                    if (d) next[s.id] = d;
                    else delete next[s.id];
                    return next;
                  })
                }
              />
            ))}
          </ul>
        </>
      ) : null}
      {detected ? (
        <div className="resume-import__apply">
          <label className="resume-import__keep" htmlFor={keepId}>
            <input id={keepId} type="checkbox" checked={keep} data-testid="resume-keep" onChange={(e) => setKeep(e.target.checked)} />
            Keep this résumé text on this device (for the résumé checklist). Not synced, not exported; you can delete it.
          </label>
          <button type="button" className="button button--primary" disabled={!canApply} data-testid="resume-apply" onClick={() => void apply()}>
            {applyLabel} ({confirmed.length})
          </button>
        </div>
      ) : null}
    </div>
  );
}
