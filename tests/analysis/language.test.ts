import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import { GapReportSchema } from '../../lib/analysis/gap-report';
import { LANGUAGE_NAMES, MAX_CHARS, detectLanguage, languageName, unreadLanguage } from '../../lib/analysis/language';
import { LANGUAGE_SAMPLES, UNDECIDED_SAMPLES } from './language-samples';

describe('detectLanguage on postings written for the project', () => {
  it('covers at least eight languages with three postings each', () => {
    const per = new Map<string, number>();
    for (const s of LANGUAGE_SAMPLES) per.set(s.lang, (per.get(s.lang) ?? 0) + 1);
    expect([...per.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(10);
  });

  it('names the language of every labelled posting (accuracy 1.0)', () => {
    const misses = LANGUAGE_SAMPLES.filter((s) => detectLanguage(s.text) !== s.lang).map((s) => `${s.lang}: ${detectLanguage(s.text)} for “${s.text.slice(0, 40)}”`);
    expect(misses).toEqual([]);
  });

  it('says nothing (null) for text too short, made of tool names only, or half one language and half another', () => {
    expect(UNDECIDED_SAMPLES.map(detectLanguage)).toEqual(UNDECIDED_SAMPLES.map(() => null));
  });

  it('is not thrown off by letter case, markup-like noise or an English tool list inside another language', () => {
    const fr = LANGUAGE_SAMPLES.find((s) => s.lang === 'fr')?.text ?? '';
    expect(detectLanguage(fr.toUpperCase())).toBe('fr');
    expect(detectLanguage(`${fr}\nStack: Python, Go, AWS, GCP, Kubernetes, Terraform, Kafka, PostgreSQL, Redis, gRPC.`)).toBe('fr');
    expect(detectLanguage(`<<<>>> ${'— • '.repeat(50)} ${fr}`)).toBe('fr');
  });

  it('reads at most MAX_CHARS characters: what follows does not change the answer', () => {
    const en = LANGUAGE_SAMPLES.find((s) => s.lang === 'en')?.text ?? '';
    const de = LANGUAGE_SAMPLES.find((s) => s.lang === 'de')?.text ?? '';
    let head = '';
    while (head.length < MAX_CHARS) head += `${en}\n`;
    expect(detectLanguage(`${head}${de.repeat(200)}`)).toBe('en');
  });

  it('stays fast on a long hostile text', () => {
    const text = 'der die das '.repeat(200_000);
    const t0 = performance.now();
    expect(detectLanguage(text)).toBe('de');
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('language names', () => {
  it('gives every detected id an English name, and falls back to the id', () => {
    for (const s of LANGUAGE_SAMPLES) expect(Object.hasOwn(LANGUAGE_NAMES, s.lang)).toBe(true);
    expect(languageName('fr')).toBe('French');
    expect(languageName('it')).toBe('Italian');
    expect(languageName('xx')).toBe('xx');
    expect(languageName('constructor')).toBe('constructor');
  });

  it('unreadLanguage: English, undetermined and older reports are read; any other language is not', () => {
    expect(unreadLanguage('en')).toBeNull();
    expect(unreadLanguage(null)).toBeNull();
    expect(unreadLanguage(undefined)).toBeNull();
    expect(unreadLanguage('ru')).toBe('ru');
  });
});

describe('the gap report carries the language', () => {
  it('analyzePosting sets it, and the schema accepts it', () => {
    for (const lang of ['en', 'it', 'ru']) {
      const text = LANGUAGE_SAMPLES.find((s) => s.lang === lang)?.text ?? '';
      const r = analyzePosting({ title: 'Program Manager', text });
      expect(r.language).toBe(lang);
      expect(GapReportSchema.parse(r)).toEqual(r);
    }
    expect(analyzePosting({ text: 'Requirements: SQL' }).language).toBeNull();
  });

  it('a report stored before languages were detected (no field) stays valid; a malformed one does not', () => {
    const r = analyzePosting({ text: LANGUAGE_SAMPLES[0]?.text ?? '' });
    const { language: _, ...older } = r;
    expect(GapReportSchema.safeParse(older).success).toBe(true);
    expect(GapReportSchema.safeParse({ ...r, language: 'French' }).success).toBe(false);
  });
});
