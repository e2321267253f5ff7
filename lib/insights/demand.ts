import { withSkillState } from '../profile/skill-state';
import { pathway as bundledPathway } from '../../data/pathway';
import type { GapReport, SkillKind } from '../analysis/gap-report';
import { formatWeeks } from '../pathway/format';
import { importanceRank } from '../pathway/lookups';
import type { Pathway } from '../pathway/schema';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { coverageOf, levelsOf, type AskLevel, type Coverage } from './coverage';
import { readiness } from '../scoring/readiness';

/**
 * Insights across saved postings: how often each skill is asked, which gaps block the most postings,
 * and which skill to learn next. Pure: postings and progress in, plain data out.
 */

/** What the insights need of a saved posting (a `SavedPosting` fits). */
export interface InsightPosting {
  readonly id: string;
  readonly report: GapReport;
}

/** What the insights need of the score; injectable so tests can count or replace calls. */
export type ReadinessFn = (report: GapReport, progress: ProgressSnapshot) => { readonly readiness: number };

export interface InsightOptions {
  readonly pathway?: Pathway;
  readonly score?: ReadinessFn;
}

export interface SkillDemand {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly coverage: Coverage;
  /** Postings that ask it as required (a posting counts once, at its highest level). */
  readonly required: number;
  readonly preferred: number;
  readonly total: number;
}

export interface BlockingGap {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly coverage: Exclude<Coverage, 'have'>;
  /** Saved postings that require it while the user does not have it. */
  readonly blocking: number;
  /**
   * Weeks of study: the pathway's for a skill to learn, the user's own estimate for a transferable skill marked
   * "not yet" (null without one), null for skills the pathway does not cover.
   */
  readonly weeks: number | null;
}

export interface NextSkillCandidate {
  readonly id: string;
  readonly label: string;
  readonly weeks: number;
  readonly requiredBy: number;
  readonly preferredBy: number;
  /** Postings requiring it per week of study: the ranking key. */
  readonly demandPerWeek: number;
  readonly averageBefore: number;
  readonly averageAfter: number;
  /** averageAfter − averageBefore, percentage points (one decimal). */
  readonly readinessGain: number;
  /** Saved postings whose readiness would rise. */
  readonly postingsGaining: number;
}

export type NextSkill =
  | { readonly kind: 'recommendation'; readonly best: NextSkillCandidate; readonly others: readonly NextSkillCandidate[]; readonly postingCount: number; readonly text: string; readonly gainText: string }
  | { readonly kind: 'none'; readonly reason: 'no-postings' | 'all-learned' | 'no-required-demand'; readonly text: string };

export interface Insights {
  readonly postingCount: number;
  readonly averageReadiness: number | null;
  readonly demand: readonly SkillDemand[];
  readonly blockingGaps: readonly BlockingGap[];
  readonly nextSkill: NextSkill;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const byLabel = (a: { label: string }, b: { label: string }): number => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * Display names of `ids`: the pathway's own name for its twelve skills, else the first label a report used (postings in
 * order). The scan of the reports stops as soon as every id has a label (the first few postings, typically).
 */
function labelIndex(ids: Iterable<string>, postings: readonly InsightPosting[], pathway: Pathway): Map<string, { label: string; kind: SkillKind }> {
  const labels = new Map<string, { label: string; kind: SkillKind }>();
  for (const s of pathway.transferableSkills) labels.set(s.id, { label: s.name, kind: 'transferable' });
  for (const s of pathway.skillsToLearn) labels.set(s.id, { label: s.name, kind: 'toLearn' });
  const needed = new Set<string>();
  for (const id of ids) if (!labels.has(id)) needed.add(id);
  for (const p of postings) {
    if (needed.size === 0) break;
    for (const s of p.report.skills) {
      if (!needed.has(s.id)) continue;
      labels.set(s.id, { label: s.label, kind: s.kind });
      needed.delete(s.id);
    }
  }
  return labels;
}

/** Average readiness (one decimal) of the postings under a progress; null when there are none. */
export function averageReadiness(postings: readonly InsightPosting[], progress: ProgressSnapshot, score: ReadinessFn = readiness): number | null {
  if (postings.length === 0) return null;
  let sum = 0;
  for (const p of postings) sum += score(p.report, progress).readiness;
  return round1(sum / postings.length);
}

/** How many saved postings ask each skill, required vs preferred; most asked first. */
export function skillDemand(postings: readonly InsightPosting[], progress: ProgressSnapshot, options: InsightOptions = {}): SkillDemand[] {
  return demandOf(postings, postings.map((p) => levelsOf(p.report)), progress, options.pathway ?? bundledPathway);
}

function demandOf(postings: readonly InsightPosting[], levels: readonly ReadonlyMap<string, AskLevel>[], progress: ProgressSnapshot, pathway: Pathway): SkillDemand[] {
  const counts = new Map<string, { required: number; preferred: number }>();
  for (const l of levels) {
    for (const [id, level] of l) {
      let c = counts.get(id);
      if (!c) {
        c = { required: 0, preferred: 0 };
        counts.set(id, c);
      }
      c[level]++;
    }
  }
  const labels = labelIndex(counts.keys(), postings, pathway);
  const out: SkillDemand[] = [];
  for (const [id, c] of counts) {
    const meta = labels.get(id) ?? { label: id, kind: 'other' as const };
    out.push({ id, label: meta.label, kind: meta.kind, coverage: coverageOf({ id, kind: meta.kind }, progress), required: c.required, preferred: c.preferred, total: c.required + c.preferred });
  }
  return out.sort((a, b) => b.total - a.total || b.required - a.required || byLabel(a, b));
}

/**
 * Required skills the user does not have, by how many saved postings they block; most blocking first. A transferable
 * skill marked "not yet" in the profile is a gap like any other: required by a posting, it blocks it.
 */
export function blockingGaps(postings: readonly InsightPosting[], progress: ProgressSnapshot, options: InsightOptions = {}): BlockingGap[] {
  const pathway = options.pathway ?? bundledPathway;
  return blockingOf(skillDemand(postings, progress, { pathway }), progress, pathway);
}

function blockingOf(demand: readonly SkillDemand[], progress: ProgressSnapshot, pathway: Pathway): BlockingGap[] {
  const weeks = new Map(pathway.skillsToLearn.map((s) => [s.id as string, s.weeks]));
  const out: BlockingGap[] = [];
  for (const d of demand) {
    if (d.required === 0 || d.coverage === 'have') continue;
    const w = d.kind === 'toLearn' ? weeks.get(d.id) : d.kind === 'transferable' ? progress.ownWeeks.get(d.id) : undefined;
    out.push({ id: d.id, label: d.label, kind: d.kind, coverage: d.coverage, blocking: d.required, weeks: w ?? null });
  }
  return out.sort((a, b) => b.blocking - a.blocking || (a.weeks ?? Infinity) - (b.weeks ?? Infinity) || byLabel(a, b));
}

function withLearned(progress: ProgressSnapshot, skillId: string): ProgressSnapshot {
  return withSkillState(progress, skillId, 'learned');
}

/**
 * What to learn next: among the roadmap skills not yet learned that saved postings require, the one with
 * the most required-demand per week of study. Only the pathway's skills to learn are candidates (a skill being
 * learned still is): a transferable skill marked "not yet" is a gap (blocking gaps list it) but the roadmap does not
 * teach it and its weeks are the user's own guess, if any, so ranking it per week of study would compare a guess with
 * the pathway's estimates; the profile is where the user plans it. Ties go to the larger readiness gain, then the more
 * important skill, then the shorter one. The gain is measured by re-scoring the saved postings with the
 * skill marked learned.
 *
 * A posting's readiness depends only on the skills it asks, so learning a skill can change only the postings
 * that ask it: those are re-scored (once per open skill), the others keep their current score. Linear in
 * postings × open skills, whatever is saved.
 */
function recommendFrom(
  postings: readonly InsightPosting[],
  levels: readonly ReadonlyMap<string, AskLevel>[],
  demandList: readonly SkillDemand[],
  progress: ProgressSnapshot,
  pathway: Pathway,
  injected: ReadinessFn | undefined,
): NextSkill {
  // Insights read readiness only (the score's own readiness: lib/scoring/readiness.ts), now and "what if".
  const score = injected ?? readiness;
  const rescore = injected ?? readiness;
  if (postings.length === 0) return { kind: 'none', reason: 'no-postings', text: 'Save a few postings to get a recommendation of what to learn next.' };
  const open = pathway.skillsToLearn.filter((s) => !progress.learnedSkills.has(s.id));
  if (open.length === 0) return { kind: 'none', reason: 'all-learned', text: 'You have marked every roadmap skill learned.' };

  const demand = new Map(demandList.map((d) => [d.id, d]));
  const beforeScores = postings.map((p) => score(p.report, progress).readiness);
  const before = round1(beforeScores.reduce((a, b) => a + b, 0) / postings.length);
  const candidates: (NextSkillCandidate & { rank: number })[] = [];
  for (const skill of open) {
    const d = demand.get(skill.id);
    if (!d || d.required === 0) continue;
    const learned = withLearned(progress, skill.id);
    let sum = 0;
    let gaining = 0;
    postings.forEach((p, i) => {
      const was = beforeScores[i] ?? 0;
      const r = levels[i]?.has(skill.id) ? rescore(p.report, learned).readiness : was;
      sum += r;
      if (r > was) gaining++;
    });
    const after = round1(sum / postings.length);
    candidates.push({
      id: skill.id,
      label: skill.name,
      weeks: skill.weeks,
      requiredBy: d.required,
      preferredBy: d.preferred,
      demandPerWeek: d.required / skill.weeks,
      averageBefore: before,
      averageAfter: after,
      readinessGain: round1(after - before),
      postingsGaining: gaining,
      rank: importanceRank(skill.importance),
    });
  }
  if (candidates.length === 0) {
    return { kind: 'none', reason: 'no-required-demand', text: 'None of your saved postings requires a skill left on your roadmap.' };
  }
  candidates.sort(
    (a, b) => b.demandPerWeek - a.demandPerWeek || b.readinessGain - a.readinessGain || a.rank - b.rank || a.weeks - b.weeks || (a.id < b.id ? -1 : 1),
  );
  const [best, ...others] = candidates.map(({ rank: _rank, ...c }) => c);
  if (!best) throw new Error('unreachable: candidates is not empty');
  return {
    kind: 'recommendation',
    best,
    others,
    postingCount: postings.length,
    text: nextSkillText(best, postings.length),
    gainText: gainText(best),
  };
}

/** "Program Management Frameworks: required by 9 of 12 saved postings, 12 weeks". */
export function nextSkillText(c: Pick<NextSkillCandidate, 'label' | 'requiredBy' | 'weeks'>, postingCount: number): string {
  return `${c.label}: required by ${c.requiredBy} of ${postingCount} saved ${postingCount === 1 ? 'posting' : 'postings'}, ${formatWeeks(c.weeks)}`;
}

export function gainText(c: Pick<NextSkillCandidate, 'averageBefore' | 'averageAfter' | 'readinessGain' | 'postingsGaining'>): string {
  const postings = `${c.postingsGaining} ${c.postingsGaining === 1 ? 'posting' : 'postings'}`;
  return `Learning it raises your average readiness from ${c.averageBefore}% to ${c.averageAfter}% (+${c.readinessGain} points; ${postings} gain).`;
}

/** Every insight in one pass, for the Insights view. */
export function computeInsights(postings: readonly InsightPosting[], progress: ProgressSnapshot, options: InsightOptions = {}): Insights {
  const pathway = options.pathway ?? bundledPathway;
  const score = options.score ?? readiness;
  // Each posting's levels and the demand are worked out once and shared by every insight.
  const levels = postings.map((p) => levelsOf(p.report));
  const demand = demandOf(postings, levels, progress, pathway);
  return {
    postingCount: postings.length,
    averageReadiness: averageReadiness(postings, progress, score),
    demand,
    blockingGaps: blockingOf(demand, progress, pathway),
    nextSkill: recommendFrom(postings, levels, demand, progress, pathway, options.score),
  };
}
