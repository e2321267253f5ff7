
/**
 * The same job saved from two boards (issue 15): a posting on LinkedIn and the company's Greenhouse page, say. Two
 * saved postings are likely the same job when they come from different boards, their companies are the same once
 * legal suffixes and punctuation are set aside, and their titles share nearly all their words. Pure and bounded:
 * postings are grouped by company first, and only titles within a group are compared.
 */
export interface DuplicateCandidate {
  readonly id: string;
  readonly board: string;
  readonly title: string;
  readonly company: string | null;
  readonly savedAt: number;
  readonly distinctFrom?: readonly string[];
}

export interface LikelyDuplicate<T extends DuplicateCandidate = DuplicateCandidate> {
  /** The posting saved first: the one a merge keeps by default. */
  readonly first: T;
  readonly second: T;
  /** Title similarity, 0..1 (word overlap). */
  readonly similarity: number;
}

/** Title words shared, over all title words (Jaccard), from which two titles are one job. */
export const TITLE_SIMILARITY_MIN = 0.75;
/** Postings compared within one company (a company with more saved postings compares its newest this many). */
const GROUP_MAX = 200;
/** Pairs reported, most similar first. */
const PAIRS_MAX = 50;

const COMPANY_SUFFIXES = new Set(['inc', 'incorporated', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'plc', 'corp', 'corporation', 'co', 'company', 'the']);
/** Words that do not tell two job titles apart. */
const TITLE_NOISE = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'in', 'at', 'to', 'with', 'remote', 'hybrid', 'onsite', 'm', 'f', 'd', 'w', 'x', 'all', 'genders']);

/** Lower-case words of a text, accents off, at most 40 (bounded input: titles and companies are ≤ 500 characters). */
function words(text: string): string[] {
  return text
    .slice(0, 500)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 40);
}

/** A company's key: its words without legal suffixes ("Acme, Inc." and "ACME" are one company). Empty: unknown. */
export function companyKey(company: string | null): string {
  if (!company) return '';
  return words(company)
    .filter((w) => !COMPANY_SUFFIXES.has(w))
    .join(' ');
}

function titleWords(title: string): Set<string> {
  const expanded = title.replace(/\bsr\.?(?=\s)/gi, 'senior').replace(/\bjr\.?(?=\s)/gi, 'junior').replace(/\bmgr\b/gi, 'manager');
  return new Set(words(expanded).filter((w) => !TITLE_NOISE.has(w)));
}

/** Word overlap of two titles (Jaccard), 0..1. */
export function titleSimilarity(a: string, b: string): number {
  return wordOverlap(titleWords(a), titleWords(b));
}

function wordOverlap(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

const distinct = (a: DuplicateCandidate, b: DuplicateCandidate): boolean => !!a.distinctFrom?.includes(b.id) || !!b.distinctFrom?.includes(a.id);

/** Pairs of saved postings that are likely one job saved from two boards, most similar first. */
export function likelyDuplicates<T extends DuplicateCandidate>(postings: readonly T[]): LikelyDuplicate<T>[] {
  const groups = new Map<string, T[]>();
  for (const p of postings) {
    const key = companyKey(p.company);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const pairs: LikelyDuplicate<T>[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const newest = [...group].sort((a, b) => b.savedAt - a.savedAt).slice(0, GROUP_MAX);
    // Each title's words once (not once per pair).
    const words = newest.map((p) => titleWords(p.title));
    for (let i = 0; i < newest.length; i++) {
      for (let j = i + 1; j < newest.length; j++) {
        const a = newest[i] as T;
        const b = newest[j] as T;
        if (a.board === b.board || distinct(a, b)) continue;
        const similarity = wordOverlap(words[i] as Set<string>, words[j] as Set<string>);
        if (similarity < TITLE_SIMILARITY_MIN) continue;
        const [first, second] = a.savedAt <= b.savedAt ? [a, b] : [b, a];
        pairs.push({ first, second, similarity });
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || (x.first.id < y.first.id ? -1 : 1)).slice(0, PAIRS_MAX);
}
