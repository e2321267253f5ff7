import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pathway } from '../../data/pathway';
import {
  PathwaySchema,
  TO_LEARN_SKILL_IDS,
  TRANSFERABLE_SKILL_IDS,
  type Pathway,
  type Resource,
} from '../../lib/pathway/schema';

// The seed sits next to the repository (../shared/seed); the seed-coverage test skips where it is absent.
const SEED_PATH = fileURLToPath(
  new URL('../../../shared/seed/backend-developer-to-ai-program-manager.txt', import.meta.url),
);
const seedExists = existsSync(SEED_PATH);

function clone(): Pathway {
  return structuredClone(pathway);
}

describe('pathway data', () => {
  it('parses with the schema, unchanged', () => {
    const parsed = PathwaySchema.parse(pathway);
    // Parsing trims and validates; a difference would mean the data relies on the parser to fix it.
    expect(parsed).toEqual(pathway);
  });

  it('carries the headline meta of the seed', () => {
    expect(pathway.meta).toMatchObject({
      fromRole: 'Backend Developer',
      toRole: 'AI Program Manager',
      headline: 'From Backend Developer to AI Program Manager: Your 9-Month Transition Guide',
      difficulty: 'Challenging',
      timeline: { label: '9–12 months', minMonths: 9, maxMonths: 12 },
      salaryChange: { label: '+20%', percent: 20 },
    });
    expect(pathway.meta.demand).toMatch(/^Very high demand as organizations seek leaders/);
    expect(pathway.overview).toHaveLength(2);
  });

  it('has the twelve fixed skill ids in seed order', () => {
    expect(pathway.transferableSkills.map((s) => s.id)).toEqual([...TRANSFERABLE_SKILL_IDS]);
    expect(pathway.skillsToLearn.map((s) => s.id)).toEqual([...TO_LEARN_SKILL_IDS]);
  });

  it('gives every to-learn skill the importance and weeks of the seed', () => {
    const byId = Object.fromEntries(pathway.skillsToLearn.map((s) => [s.id, [s.importance, s.weeks]]));
    expect(byId).toEqual({
      'stakeholder-management': ['Important', 6],
      'ai-risk-management': ['Important', 4],
      'program-management-frameworks': ['Critical', 12],
      'ai-ml-fundamentals': ['Critical', 8],
      'agile-certification': ['Nice to have', 2],
      'financial-budget-management': ['Nice to have', 4],
    });
  });

  it('places each to-learn skill on the phases decided by the product', () => {
    const byId = Object.fromEntries(pathway.skillsToLearn.map((s) => [s.id, s.phases]));
    expect(byId).toEqual({
      'ai-ml-fundamentals': [1, 2],
      'agile-certification': [2],
      'stakeholder-management': [2, 3],
      'ai-risk-management': [3],
      'program-management-frameworks': [1, 2, 3, 4],
      'financial-budget-management': [],
    });
    const budget = pathway.skillsToLearn.find((s) => s.id === 'financial-budget-management');
    expect(budget?.selfStudyNote).toMatch(/self-study/i);
    expect(budget?.selfStudyNote).toMatch(/4 weeks/);
    // Only the self-study skill may go without a phase.
    expect(pathway.skillsToLearn.filter((s) => s.selfStudyNote).map((s) => s.id)).toEqual(['financial-budget-management']);
  });

  it('has five phases of three tasks and three resources, phase 5 lasting 4–8 weeks', () => {
    expect(pathway.phases.map((ph) => ph.number)).toEqual([1, 2, 3, 4, 5]);
    expect(pathway.phases.map((ph) => ph.duration.label)).toEqual(['8 weeks', '8 weeks', '8 weeks', '8 weeks', '4–8 weeks']);
    expect(pathway.phases[4]?.duration).toMatchObject({ minWeeks: 4, maxWeeks: 8 });
    for (const ph of pathway.phases) {
      expect(ph.tasks).toHaveLength(3);
      expect(ph.resources).toHaveLength(3);
    }
  });

  it('keeps the reality check, action plan and FAQ whole', () => {
    expect(pathway.realityCheck.love).toHaveLength(4);
    expect(pathway.realityCheck.miss).toHaveLength(4);
    expect(pathway.realityCheck.challenges).toHaveLength(4);
    expect(pathway.actionPlan.thisWeek).toHaveLength(3);
    expect(pathway.actionPlan.thisMonth).toHaveLength(3);
    expect(pathway.actionPlan.next90Days).toHaveLength(3);
    expect(pathway.faq).toHaveLength(1);
    expect(pathway.faq[0]?.question).toMatch(/\?$/);
    expect(pathway.faq[0]?.answer).toMatch(/^Not necessarily\./);
  });

  it('gives each skill precise aliases: present, unique across skills, no bare common words', () => {
    const owner = new Map<string, string>();
    const banned = new Set(['ai', 'ml', 'agile', 'risk', 'budget', 'data', 'cloud', 'management', 'communication', 'api']);
    for (const skill of [...pathway.transferableSkills, ...pathway.skillsToLearn]) {
      expect(skill.aliases.length, skill.id).toBeGreaterThanOrEqual(3);
      for (const alias of skill.aliases) {
        const key = alias.toLowerCase();
        expect(banned.has(key), `${skill.id}: "${alias}" is too ambiguous`).toBe(false);
        expect(owner.get(key), `"${alias}" is on ${owner.get(key)} and ${skill.id}`).toBeUndefined();
        owner.set(key, skill.id);
      }
    }
  });

  it('has the aliases other modules rely on', () => {
    const aliases = (id: string) =>
      [...pathway.transferableSkills, ...pathway.skillsToLearn].find((s) => s.id === id)?.aliases ?? [];
    expect(aliases('program-management-frameworks')).toEqual(expect.arrayContaining(['PMP', 'PRINCE2', 'PMBOK', 'PgMP']));
    expect(aliases('cloud-platforms')).toEqual(expect.arrayContaining(['SageMaker', 'Vertex AI', 'AWS', 'GCP', 'Azure']));
    expect(aliases('agile-certification')).toEqual(expect.arrayContaining(['CSM', 'PSM', 'PMI-ACP', 'Certified ScrumMaster']));
    expect(aliases('devops-cicd')).toEqual(expect.arrayContaining(['MLOps', 'CI/CD']));
    expect(aliases('ai-risk-management')).toEqual(expect.arrayContaining(['NIST AI RMF', 'responsible AI']));
  });

  it('uses unique, stable checklist ids', () => {
    const ids = [
      ...pathway.phases.flatMap((ph) => ph.tasks),
      ...pathway.actionPlan.thisWeek,
      ...pathway.actionPlan.thisMonth,
      ...pathway.actionPlan.next90Days,
    ].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(24);
  });

  it('links only to https addresses', () => {
    const urls = [...pathway.skillsToLearn.flatMap((s) => s.resources), ...pathway.phases.flatMap((ph) => ph.resources)]
      .map((r) => r.url)
      .filter((u) => u !== undefined);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(new URL(url).protocol).toBe('https:');
  });
});

describe('pathway schema guards', () => {
  it('rejects a missing or duplicated skill id', () => {
    const p = clone();
    const first = p.skillsToLearn[0];
    if (!first) throw new Error('fixture');
    p.skillsToLearn[1] = { ...first };
    expect(PathwaySchema.safeParse(p).success).toBe(false);
  });

  it('rejects a skill in no phase without a self-study note', () => {
    const p = clone();
    const budget = p.skillsToLearn.find((s) => s.id === 'financial-budget-management');
    if (!budget) throw new Error('fixture');
    delete budget.selfStudyNote;
    expect(PathwaySchema.safeParse(p).success).toBe(false);
  });

  it('rejects phases out of order, and skill phases that are not ascending', () => {
    const swapped = clone();
    swapped.phases.reverse();
    expect(PathwaySchema.safeParse(swapped).success).toBe(false);

    const unordered = clone();
    const pmf = unordered.skillsToLearn.find((s) => s.id === 'program-management-frameworks');
    if (!pmf) throw new Error('fixture');
    pmf.phases = [2, 1];
    expect(PathwaySchema.safeParse(unordered).success).toBe(false);
  });

  it('rejects a duration whose minimum exceeds its maximum, and http links', () => {
    const p = clone();
    const last = p.phases[4];
    if (!last) throw new Error('fixture');
    last.duration = { label: '8–4 weeks', minWeeks: 8, maxWeeks: 4 };
    expect(PathwaySchema.safeParse(p).success).toBe(false);

    const insecure = clone();
    const resource = insecure.phases[0]?.resources[0];
    if (!resource) throw new Error('fixture');
    resource.url = 'http://www.coursera.org/learn/ai-for-everyone';
    expect(PathwaySchema.safeParse(insecure).success).toBe(false);
  });

  it('rejects duplicated checklist ids', () => {
    const p = clone();
    const task = p.phases[1]?.tasks[0];
    const other = p.phases[0]?.tasks[0];
    if (!task || !other) throw new Error('fixture');
    task.id = other.id;
    expect(PathwaySchema.safeParse(p).success).toBe(false);
  });
});

/** Case, quotes, dashes and punctuation differ between the page text and the data; words must not. */
function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9%+]+/g, ' ')
    .trim();
}

/** The seed prints a resource as "Provider: 'Title' by Author (note)", all of a phase's on one line. */
function resourceLine(r: Resource): string {
  return `${r.provider}: ${r.title}${r.author ? ` by ${r.author}` : ''}${r.note ? ` (${r.note})` : ''}`;
}

// Page furniture of the seed: section headings, section intros and the call to action, not pathway content.
const SEED_FURNITURE = [
  'Career Pathway1 views',
  'Difficulty',
  'Timeline',
  'Salary Change',
  'Demand',
  'Overview',
  'Your Transferable Skills',
  'Great news! You already have valuable skills that will give you a head start in this transition.',
  "Skills You'll Need to Learn",
  "Here's what you'll need to learn, prioritized by importance for your transition.",
  'Your Learning Roadmap',
  'Follow this step-by-step roadmap to successfully make your career transition.',
  'Tasks',
  'Resources',
  'Reality Check',
  "Before making this transition, here's an honest look at what to expect.",
  "What You'll Love",
  'What You Might Miss',
  'Biggest Challenges',
  'Start Your Journey Now',
  "Don't wait. Here's your action plan starting today.",
  'This Week',
  'This Month',
  'Next 90 Days',
  'Frequently Asked Questions',
  'Ready to Start Your Transition?',
  'Take the next step in your career journey. Get personalized recommendations and a detailed roadmap tailored to your background.',
].map(normalize);

describe.skipIf(!seedExists)('pathway against the seed text', () => {
  it('contains every content line of the seed', () => {
    const seedLines = readFileSync(SEED_PATH, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*•\s*/, '').trim())
      .filter((line) => line !== '' && !/^\d+$/.test(line))
      .map(normalize)
      .filter((line) => !SEED_FURNITURE.includes(line));

    // Every string of the data, plus the few shapes the seed prints by joining fields.
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'number') strings.push(String(value));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pathway);
    for (const skill of [...pathway.transferableSkills, ...pathway.skillsToLearn]) {
      if (skill.qualifier) strings.push(`${skill.name} (${skill.qualifier})`);
    }
    for (const skill of pathway.skillsToLearn) strings.push(`${skill.importance}${skill.weeks} weeks`);
    for (const ph of pathway.phases) strings.push(ph.resources.map(resourceLine).join(''));
    const haystack = strings.map(normalize);

    const missing = seedLines.filter((line) => !haystack.some((s) => s.includes(line)));
    expect(missing).toEqual([]);
    // Guard against a seed that silently became empty or unreadable.
    expect(seedLines.length).toBeGreaterThan(80);
  });
});
