import { pathway as bundledPathway } from '../../data/pathway';
import type { GapReport, SkillKind } from '../analysis/gap-report';
import type { Pathway } from '../pathway/schema';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { levelsOf, type AskLevel, type Coverage } from './coverage';
import { skillDemand } from './demand';
/** What comparing needs of a saved posting (a `SavedPosting` fits). */
export interface ComparePosting {
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  readonly report: GapReport;
}

export interface CompareRow {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly coverage: Coverage;
  /** How many of the compared postings ask it at all. */
  readonly demand: number;
  readonly required: number;
  /** One entry per posting, in column order: the level asked, or null when not asked. */
  readonly levels: readonly (AskLevel | null)[];
  /** True when the postings do not all ask it the same way. */
  readonly differs: boolean;
}

export type CompareSort = 'demand' | 'name' | 'coverage';

const COVERAGE_ORDER: Readonly<Record<Coverage, number>> = { 'not-covered': 0, roadmap: 1, have: 2 };

/** Rows = every skill any of the postings asks; sorted by demand (then required count, then name) unless told. */
export function compareRows(postings: readonly ComparePosting[], progress: ProgressSnapshot, sort: CompareSort = 'demand', pathway: Pathway = bundledPathway): CompareRow[] {
  const levels = postings.map((p) => levelsOf(p.report));
  const rows = skillDemand(postings, progress, { pathway }).map((d): CompareRow => {
    const cells = levels.map((l) => l.get(d.id) ?? null);
    const first = cells[0] ?? null;
    return { id: d.id, label: d.label, kind: d.kind, coverage: d.coverage, demand: d.total, required: d.required, levels: cells, differs: cells.some((c) => c !== first) };
  });
  if (sort === 'name') return rows.sort((a, b) => a.label.localeCompare(b.label));
  if (sort === 'coverage') return rows.sort((a, b) => COVERAGE_ORDER[a.coverage] - COVERAGE_ORDER[b.coverage] || b.demand - a.demand || a.label.localeCompare(b.label));
  return rows;
}

