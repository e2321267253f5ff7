import { describe, expect, it } from 'vitest';
import { classifyHeading, headingKindOfLine, sectionAt, structureText } from '../../lib/analysis/sections';

describe('classifyHeading', () => {
  it.each([
    ['Requirements', 'required'],
    ['Minimum qualifications', 'required'],
    ["What you'll bring", 'required'],
    ['You may be a good fit if you:', 'required'],
    ['Must haves', 'required'],
    ['About you', 'required'],
    ['Preferred qualifications', 'preferred'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Strong candidates may also have:', 'preferred'],
    ['Responsibilities', 'responsibilities'],
    ["What you'll do", 'responsibilities'],
    ['In this role, you will:', 'responsibilities'],
    ['About us', 'company'],
    ['About Globex', 'company'],
    ["How we're different", 'company'],
    ['Benefits', 'benefits'],
    ['What we offer', 'benefits'],
    ['About the role', 'summary'],
  ] as const)('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('returns null for unknown wording', () => {
    expect(classifyHeading('Lunch menu')).toBeNull();
  });
});

describe('headingKindOfLine', () => {
  it('recognises colon lines, ALL CAPS and markdown/bold lines', () => {
    expect(headingKindOfLine('Tools we like:').isHeading).toBe(true);
    expect(headingKindOfLine('WHAT YOU WILL DO')).toEqual({ isHeading: true, kind: 'responsibilities' });
    expect(headingKindOfLine('**Nice to have**')).toEqual({ isHeading: true, kind: 'preferred' });
  });

  it('never takes bullets or sentences for headings', () => {
    expect(headingKindOfLine('- Requirements gathering with customers').isHeading).toBe(false);
    expect(headingKindOfLine('1. Skills in SQL').isHeading).toBe(false);
    expect(headingKindOfLine('Strong skills in Python and SQL are needed for this role.').isHeading).toBe(false);
  });
});

describe('structureText', () => {
  it('splits plain text into classified sections with offsets', () => {
    const text = 'Intro line.\nRequirements:\n- SQL\nNice to have:\n- Go\nPERKS\nFree lunch';
    const { sections } = structureText(text);
    expect(sections.map((s) => s.kind)).toEqual(['other', 'required', 'preferred', 'benefits']);
    expect(sectionAt(sections, text.indexOf('SQL'))?.kind).toBe('required');
    expect(sectionAt(sections, text.indexOf('Go'))?.kind).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('Free'))?.kind).toBe('benefits');
  });

  it('takes headings from blocks when given', () => {
    const s = structureText('ignored', [
      { type: 'heading', text: 'Qualifications' },
      { type: 'listItem', text: 'SQL' },
    ]);
    expect(s.text).toBe('Qualifications\n- SQL');
    expect(sectionAt(s.sections, s.text.indexOf('SQL'))?.kind).toBe('required');
  });
});
