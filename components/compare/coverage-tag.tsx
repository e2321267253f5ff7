import { COVERAGE_LABEL, type Coverage } from '../../lib/insights/coverage';
import { Tag, type TagTone } from '../ui/tag';

export const COVERAGE_TONE: Readonly<Record<Coverage, TagTone>> = { have: 'success', roadmap: 'important', 'not-covered': 'nice' };

/** Have / on roadmap / not covered, in words (the colour only reinforces it). */
export function CoverageTag({ coverage, short = false }: { readonly coverage: Coverage; readonly short?: boolean }) {
  const label = short ? { have: 'Have', roadmap: 'Roadmap', 'not-covered': 'Not covered' }[coverage] : COVERAGE_LABEL[coverage];
  return <Tag tone={COVERAGE_TONE[coverage]}>{label}</Tag>;
}

export const LEVEL_LABEL = { required: 'Required', preferred: 'Preferred' } as const;
