import { describe, expect, it } from 'vitest';
import { skillsLexicon } from '../../data/skills-lexicon';
import { LexiconEntrySchema, SkillsLexiconSchema } from '../../data/skills-lexicon-schema';
import { PATHWAY_SKILL_IDS } from '../../lib/pathway/schema';
import { pathway } from '../../data/pathway';
import { tokenize } from '../../lib/analysis/tokenize';
import { MAX_ALIAS_TOKENS } from '../../lib/analysis/lexicon-matcher';

const key = (alias: string): string => tokenize(alias).words.join(' ');

describe('skills lexicon', () => {
  it('parses with its zod schema', () => {
    expect(SkillsLexiconSchema.safeParse(skillsLexicon).success).toBe(true);
  });

  it('has the twelve pathway skills, each once, linked to itself', () => {
    const pathwayEntries = skillsLexicon.filter((e) => e.category === 'pathway');
    expect(pathwayEntries.map((e) => e.id).sort()).toEqual([...PATHWAY_SKILL_IDS].sort());
    for (const e of pathwayEntries) expect(e.pathwaySkillId).toBe(e.id);
  });

  it('reuses every canonical alias of data/pathway.ts', () => {
    for (const s of [...pathway.transferableSkills, ...pathway.skillsToLearn]) {
      const entry = skillsLexicon.find((e) => e.id === s.id);
      const keys = new Set(entry?.aliases.map(key));
      for (const a of s.aliases) expect(keys.has(key(a)), `${s.id}: ${a}`).toBe(true);
    }
  });

  it('has at least 150 skills outside the pathway', () => {
    expect(skillsLexicon.filter((e) => !e.pathwaySkillId).length).toBeGreaterThanOrEqual(150);
  });

  it('has unique ids and no alias claimed by two entries (as the matcher tokenizes them)', () => {
    const ids = skillsLexicon.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const e of skillsLexicon) {
      const mine = new Set<string>();
      for (const a of e.aliases) mine.add(key(a));
      for (const a of e.caseSensitiveAliases ?? []) mine.add(`${key(a)}#cs:${a}`);
      for (const k of mine) {
        const prev = owner.get(k);
        if (prev && prev !== e.id) collisions.push(`${k}: ${prev} vs ${e.id}`);
        owner.set(k, e.id);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('rejects role cues that mix up their kinds or are not single words', () => {
    const base = { id: 'x', label: 'x', category: 'domain', aliases: ['x'] };
    expect(LexiconEntrySchema.safeParse({ ...base, roleCue: { kind: 'ai', onlyWith: ['ai'], marksAiCompany: true } }).success).toBe(true);
    expect(LexiconEntrySchema.safeParse({ ...base, roleCue: { kind: 'otherDomain', bareAiMeans: 'something else' } }).success).toBe(true);
    for (const roleCue of [
      { kind: 'ai', bareAiMeans: 'something else' },
      { kind: 'otherDomain', onlyWith: ['ai'] },
      { kind: 'otherDomain', marksAiCompany: true },
      { kind: 'ai', onlyWith: ['AI safety'] },
      { kind: 'ai', onlyWith: [] },
      { kind: 'robotics' },
    ]) {
      expect(LexiconEntrySchema.safeParse({ ...base, roleCue }).success, JSON.stringify(roleCue)).toBe(false);
    }
  });

  it('lists in roleCue.onlyWith only words of the entry’s own aliases', () => {
    for (const e of skillsLexicon) {
      if (e.roleCue?.kind !== 'ai' || !e.roleCue.onlyWith) continue;
      const words = new Set(e.aliases.flatMap((a) => tokenize(a).words));
      for (const w of e.roleCue.onlyWith) expect(words.has(w), `${e.id}: ${w}`).toBe(true);
    }
  });

  it('flags only entries outside the pathway as skills of dealing with a party (the flag is read for those only)', () => {
    const party = skillsLexicon.filter((e) => e.managesParty);
    expect(party.map((e) => e.id)).toEqual(expect.arrayContaining(['vendor-management', 'partnerships', 'hiring']));
    for (const e of party) expect(e.pathwaySkillId, e.id).toBeUndefined();
  });

  it('keeps every alias tokenizable and short enough for the trie', () => {
    for (const e of skillsLexicon) {
      for (const a of [...e.aliases, ...(e.caseSensitiveAliases ?? [])]) {
        const n = tokenize(a).count;
        expect(n, `${e.id}: ${a}`).toBeGreaterThan(0);
        expect(n, `${e.id}: ${a}`).toBeLessThanOrEqual(MAX_ALIAS_TOKENS);
      }
    }
  });
});
