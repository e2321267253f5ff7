import { tokenize } from './tokenize';

/**
 * Is this an AI program / project / delivery / technical-program-manager role?
 * Two questions, answered separately so the reason can say which one failed:
 *   1. the title names a program/project/delivery manager (not a product manager, engineer,
 *      scientist or engineering manager);
 *   2. the work is about AI/ML — by the title, by AI/ML cues in the duties and requirements,
 *      or by being a program role at an AI company whose duties are not about another domain
 *      (HR, buildings, livestock: where "AI" can even mean artificial insemination).
 * The cues are counted from the lexicon's roleCue data (lib/analysis/role-signals.ts).
 */
export interface RoleSignals {
  readonly title: string | null;
  /** AI/ML mentions (roleCue kind 'ai') in every section but the company blurb and the benefits. */
  readonly roleAiCues: number;
  /** Those of them that are specifically machine learning (not the bare letters "AI"). */
  readonly roleMlCues: number;
  /** Mentions that mark an AI company (roleCue.marksAiCompany) in the company blurb. */
  readonly companyAiCues: number;
  /** Mentions of non-AI work domains (roleCue kind 'otherDomain': HR, buildings, power, farming) where roleAiCues are counted. */
  readonly otherDomainCues: number;
  /** Those domains' labels, in order of first mention. */
  readonly otherDomains: readonly string[];
  /** Mentions of a domain where the bare letters "AI" mean something else (roleCue.bareAiMeans). */
  readonly aiHomonymCues: number;
  /** What "AI" means there (the most mentioned such domain's bareAiMeans), or null. */
  readonly aiHomonym: string | null;
}

export interface RoleCheck {
  readonly targetRole: boolean;
  readonly reason: string;
}

const PM_FAMILY = /\b(technical program manager|program manager|programme manager|project manager|delivery manager|delivery lead|program lead|programme lead|project lead|program director|programme director|tpm|program management|project management|delivery management|project coordinator|program coordinator)\b/;
const EXCLUDED: readonly [RegExp, string][] = [
  [/\bproduct (manager|owner|lead|director)\b/, 'a product manager role'],
  [/\b(engineering manager|manager,? (software )?engineering|technical lead manager|tech lead manager|head of engineering|director,? (of )?engineering)\b/, 'an engineering manager role'],
  [/\b(scientist|researcher|research engineer)\b/, 'a scientist/researcher role'],
  [/\b(engineer|developer|architect|programmer)\b/, 'an engineering role'],
  [/\b(analyst|designer|recruiter|counsel|accountant|specialist|consultant|sales|marketing)\b/, 'not a program/project manager role'],
];
const AI_TITLE_WORDS = new Set([
  'ai', 'ml', 'llm', 'llms', 'genai', 'inference', 'model', 'models', 'safeguards', 'annotation', 'gpu', 'tpu',
  'evaluations', 'evals', 'alignment', 'interpretability', 'intelligence',
]);
const AI_TITLE_PHRASES = /\b(machine learning|artificial intelligence|generative ai|responsible ai|deep learning|computer vision|ai\/ml|ml\/ai|large language|responsible scaling|ai infrastructure|ml platform|ml data)\b/;

function normalizeTitle(title: string): string {
  return title.slice(0, 300).toLowerCase().replace(/\s+/g, ' ');
}

export function titleHasAi(title: string): boolean {
  const t = normalizeTitle(title);
  if (AI_TITLE_PHRASES.test(t)) return true;
  return tokenize(t).words.some((w) => AI_TITLE_WORDS.has(w));
}

export function checkRole(s: RoleSignals): RoleCheck {
  const title = s.title ? normalizeTitle(s.title).trim() : '';
  const shown = s.title ? `"${s.title.trim().slice(0, 120)}"` : 'the posting';
  if (!title) return { targetRole: false, reason: 'No job title found, so it cannot be placed as a program/project manager role.' };
  if (!PM_FAMILY.test(title)) {
    for (const [re, what] of EXCLUDED) {
      if (re.test(title)) return { targetRole: false, reason: `${shown} is ${what}, not a program/project/delivery manager role.` };
    }
    return { targetRole: false, reason: `${shown} does not name a program, project, delivery or technical program manager role.` };
  }
  if (s.aiHomonym !== null && s.aiHomonymCues >= 2 && s.roleMlCues === 0) {
    return { targetRole: false, reason: `${shown} is a program role, but its "AI" is ${s.aiHomonym}, with no machine-learning work.` };
  }
  const aiTitle = titleHasAi(title);
  const domains = s.otherDomains.slice(0, 3).join(', ');
  if (aiTitle && !(s.otherDomainCues >= 4 && s.roleMlCues === 0)) {
    return { targetRole: true, reason: `${shown} is a program/project manager role whose title is about AI/ML.` };
  }
  if (s.otherDomainCues >= 3 && s.otherDomainCues > s.roleAiCues) {
    return {
      targetRole: false,
      reason: `${shown} is a program role, but its work is about ${domains || 'another domain'} (${s.otherDomainCues} cues) rather than AI/ML (${s.roleAiCues}).`,
    };
  }
  if (s.roleAiCues >= 2) {
    return { targetRole: true, reason: `${shown} is a program/project manager role with ${s.roleAiCues} AI/ML cues in its duties and requirements.` };
  }
  if (s.companyAiCues >= 2 && s.otherDomainCues < 2) {
    return { targetRole: true, reason: `${shown} is a program/project manager role at an AI company, working on its AI products or platforms.` };
  }
  return { targetRole: false, reason: `${shown} is a program/project manager role, but its work is not about AI/ML.` };
}
