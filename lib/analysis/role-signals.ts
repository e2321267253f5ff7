import type { LexiconEntry } from '../../data/skills-lexicon';
import type { LexiconMatch } from './lexicon-matcher';
import type { RoleSignals } from './role-check';
import type { SectionKind } from './sections';
import { WordSet, type Tokens } from './tokenize';

/**
 * What the exact matches say the job is about, for the role check: each lexicon entry's roleCue
 * (data/skills-lexicon-schema.ts) decides what its mentions count as. Cues are counted where the words
 * are and before negation: "no GPU experience needed" still says the work is about GPUs.
 */
export type MatchSignals = Omit<RoleSignals, 'title'>;

/** roleCue.onlyWith as a WordSet, built on first use per entry. */
const onlyWithSets = new WeakMap<LexiconEntry, WordSet>();
function onlyWithSet(entry: LexiconEntry, words: readonly string[]): WordSet {
  let set = onlyWithSets.get(entry);
  if (!set) onlyWithSets.set(entry, (set = new WordSet(words)));
  return set;
}

/** Whether an 'ai' cue's mention counts: any of its words is in roleCue.onlyWith, when the entry has one. */
function aiCueCounts(tokens: Tokens, m: LexiconMatch, onlyWith: readonly string[] | undefined): boolean {
  if (!onlyWith) return true;
  const set = onlyWithSet(m.entry, onlyWith);
  for (let k = m.firstToken; k < m.lastToken; k++) if (set.hasToken(tokens, k)) return true;
  return false;
}

/** Whether a match is the bare letters "AI" (any case), as opposed to a machine-learning phrase. */
function isBareAi(text: string, m: LexiconMatch): boolean {
  return m.end - m.start === 2 && (text.charCodeAt(m.start) | 0x20) === 97 && (text.charCodeAt(m.start + 1) | 0x20) === 105;
}

/**
 * Counts the role cues of the matches handed to it in text order, each with the kind of its section:
 * the AI-company marks in the company blurb, the AI and other-domain cues in every other section but
 * the benefits.
 */
export class RoleSignalCounter {
  private roleAiCues = 0;
  private roleMlCues = 0;
  private companyAiCues = 0;
  private otherDomainCues = 0;
  private readonly otherDomains = new Set<string>();
  /** Mentions by bareAiMeans. */
  private readonly aiHomonyms = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {}

  add(m: LexiconMatch, section: SectionKind): void {
    const cue = m.entry.roleCue;
    if (!cue || section === 'benefits') return;
    if (section === 'company') {
      if (cue.kind === 'ai' && cue.marksAiCompany && aiCueCounts(this.tokens, m, cue.onlyWith)) this.companyAiCues++;
    } else if (cue.kind === 'ai') {
      if (!aiCueCounts(this.tokens, m, cue.onlyWith)) return;
      this.roleAiCues++;
      if (!isBareAi(this.text, m)) this.roleMlCues++;
    } else {
      this.otherDomainCues++;
      this.otherDomains.add(m.entry.label);
      if (cue.bareAiMeans) this.aiHomonyms.set(cue.bareAiMeans, (this.aiHomonyms.get(cue.bareAiMeans) ?? 0) + 1);
    }
  }

  signals(): MatchSignals {
    const { roleAiCues, roleMlCues, companyAiCues, otherDomainCues } = this;
    return { roleAiCues, roleMlCues, companyAiCues, otherDomainCues, otherDomains: [...this.otherDomains], ...aiHomonym(this.aiHomonyms) };
  }
}

/** The most mentioned meaning of a bare "AI", with the mentions of all of them. */
function aiHomonym(counts: ReadonlyMap<string, number>): { aiHomonym: string | null; aiHomonymCues: number } {
  let best: string | null = null;
  let total = 0;
  for (const [means, n] of counts) {
    total += n;
    if (best === null || n > (counts.get(best) ?? 0)) best = means;
  }
  return { aiHomonym: best, aiHomonymCues: total };
}
