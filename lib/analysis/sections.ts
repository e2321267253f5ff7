/**
 * Splits a posting into sections by its headings and classifies each, so that a skill named in the
 * company blurb or the benefits is not read as asked of the candidate, and preferred sections
 * lower the level. Works on page-capture blocks when given, otherwise on plain-text lines.
 * Every regex here is anchored, has no nested quantifiers and runs on a bounded (≤ 120 chars) line.
 */
/**
 * `summary` is a role summary ("About the role", "The role", "Role overview", "Position summary",
 * "About the job", "Overview"): prose describing the job, the team and its products — weaker evidence
 * than a requirement (see SentenceJudge in sentence-judge.ts, and asksForSkill in analyze-posting.ts).
 */
export type SectionKind = 'company' | 'summary' | 'responsibilities' | 'required' | 'preferred' | 'benefits' | 'other';

export interface PostingBlock {
  readonly type: 'heading' | 'paragraph' | 'listItem';
  readonly text: string;
}

export interface Section {
  readonly kind: SectionKind;
  readonly heading: string | null;
  /** Character range of the section body (after its heading line) in the analysed text. */
  readonly start: number;
  readonly end: number;
}

export interface Line {
  readonly start: number;
  readonly end: number;
}

export interface StructuredText {
  /** The text the offsets refer to (the input text, or the blocks joined by newlines). */
  readonly text: string;
  readonly sections: readonly Section[];
  readonly lines: readonly Line[];
}

/** Headings longer than this are sentences, not headings (and bound all the regexes below). */
const MAX_HEADING_CHARS = 120;

const PREFERRED = [
  /^(preferred|desired|desirable|bonus|nice[ -]to[ -]haves?|good[ -]to[ -]haves?|pluses|plus|extra credit|ideally|additional (skills|qualifications|experience)|optional)\b/,
  /\b(preferred|nice[ -]to[ -]haves?|bonus points?|is a plus|are a plus|would be a plus|strong candidates may also|will set you apart|sets you apart|stand out|even better if|it'?s a bonus|not required but)\b/,
];
const REQUIRED = [
  /^(about you|who you are|your (background|profile|experience|skills|qualifications)|must[ -]haves?|the ideal candidate|ideal candidate|to be successful|what we('re| are) looking for|what we look for|we('re| are) looking for|you have|you('ll| will)? ?(need|bring|have)|what you('ll| will)? ?(bring|need|have)|requirements|qualifications|skills|experience|education|competencies)\b/,
  /\b(minimum|basic|required|requirements|qualifications|you may be a good fit|good fit|must have|must-have|what you bring|what you'll bring|what you will bring|you should have|you might thrive|skills and experience|who we('re| are) looking for|knowledge,? skills)\b/,
];
const RESPONSIBILITIES = [
  /^(key |main |primary |core |your |role |job )?(responsibilities|duties|accountabilities)\b/,
  /^(what you('ll| will) (do|be doing|work on|own|achieve|accomplish)|in this role|your (impact|role|mission|day)|day[ -]to[ -]day|the work|you will|what the job involves|what you will be doing)\b/,
  /\b(responsibilities|what you('ll| will) do|in this role,? you|you will be responsible)\b/,
];
const BENEFITS = [
  /^(benefits|perks|what we offer|we offer|compensation|salary|annual salary|pay|base pay|pay range|the pay|total rewards|equal (employment )?opportunity|eeo|logistics|how to apply|application|deadline|accommodations?|visa|location|our benefits|why you('ll| will) love|what('s| is) in it for you|working at|additional information|disclaimer|privacy notice)\b/,
  /\b(benefits|perks|compensation|salary range|equal opportunity|what we offer)\b/,
];
const COMPANY = [
  /^(about (us|the company|the team|our team|our company)|who we are|our (mission|story|company|culture|values|team|commitment)|company (overview|description|info)|how we('re| are) different|why (join|work|us)|life at|come work with us|the team|meet the team|the company|our organization)\b/,
];
/** "About <company>" is a blurb, but "About the role/you/this job" is not: it is a role summary. */
const ABOUT_ROLE = /^about (the|this|our) (role|job|position|opportunity)\b/;
/** Role-summary headings other than "About the role". Anchored, bounded alternatives (heading ≤ 120 chars). */
const ROLE_SUMMARY = /^(the (role|job|position|opportunity)|(role|job|position|opportunity) (overview|summary|description|purpose|profile)|(job|position|role) (details|info|information)|summary|overview|job description|description)$/;
const ABOUT_YOU = /^about you\b/;
const ABOUT_OTHER = /^about [a-z0-9&.,'’ -]{1,60}$/;

function normalizeHeading(text: string): string {
  return text
    .slice(0, MAX_HEADING_CHARS)
    .toLowerCase()
    .replace(/[*_#]+/g, ' ')
    .replace(/[“”"]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:.\-–—]+$/, '')
    .trim();
}

function matchesAny(s: string, patterns: readonly RegExp[]): boolean {
  for (const p of patterns) if (p.test(s)) return true;
  return false;
}

/** The kind of section a heading opens, or null when the wording is not recognised. */
export function classifyHeading(heading: string): SectionKind | null {
  const h = normalizeHeading(heading);
  if (h.length === 0) return null;
  if (ABOUT_YOU.test(h)) return 'required';
  if (ABOUT_ROLE.test(h) || ROLE_SUMMARY.test(h)) return 'summary';
  // Preferred before required: "Preferred qualifications" also says "qualifications".
  if (matchesAny(h, PREFERRED)) return 'preferred';
  if (matchesAny(h, BENEFITS)) return 'benefits';
  if (matchesAny(h, COMPANY)) return 'company';
  if (matchesAny(h, RESPONSIBILITIES)) return 'responsibilities';
  if (matchesAny(h, REQUIRED)) return 'required';
  if (ABOUT_OTHER.test(h)) return 'company';
  return null;
}

const BULLET = /^(?:[•◦▪▫·‣⁃*+-]|\d{1,3}[.)]|[a-z][.)])\s/;
const TERMINAL_PUNCT = /[.!?;,]$/;

/** At least 4 ASCII letters and no lower-case letter (one bounded pass, no regex). */
function isAllCaps(s: string): boolean {
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
  }
  return upper >= 4;
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Whether a plain-text line is a heading: ends in a colon, is ALL CAPS, is a bold/markdown line,
 * or is short and worded like a known heading. Bullets are never headings.
 */
export function headingKindOfLine(rawLine: string): { isHeading: boolean; kind: SectionKind | null } {
  const line = rawLine.trim();
  if (line.length < 3 || line.length > MAX_HEADING_CHARS) return { isHeading: false, kind: null };
  if (BULLET.test(line)) return { isHeading: false, kind: null };
  const words = wordCount(line);
  if (words > 12) return { isHeading: false, kind: null };
  const bold = /^(\*\*|__|#{1,6} )/.test(line);
  const caps = words <= 8 && isAllCaps(line);
  const bareCandidate = words <= 7 && !TERMINAL_PUNCT.test(line);
  // Classify (the costly part) only lines that can be headings at all.
  if (!line.endsWith(':') && !bold && !caps && !bareCandidate) return { isHeading: false, kind: null };
  const kind = classifyHeading(line);
  if (line.endsWith(':') || bold || caps) return { isHeading: true, kind };
  // A bare short line is a heading only when its wording is a known heading.
  if (kind !== null) return { isHeading: true, kind };
  return { isHeading: false, kind: null };
}

/** The characters String.prototype.trim removes and `\s` matches (WhiteSpace and LineTerminator). */
function isTrimSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Bullet glyphs of BULLET's first alternative: • ◦ ▪ ▫ · ‣ ⁃ * + - */
function isBulletGlyph(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0x25e6 || c === 0x25aa || c === 0x25ab || c === 0xb7 || c === 0x2023 || c === 0x2043;
}

/**
 * Cheap, exact pre-check on the raw text (no substring, no regex): true only when
 * headingKindOfLine would answer "not a heading" anyway — a bullet line, or more than 12 words.
 * Most lines of a posting are one or the other; the rest go through headingKindOfLine.
 */
function surelyNotHeading(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s < e && isTrimSpace(text.charCodeAt(s))) s++;
  while (e > s && isTrimSpace(text.charCodeAt(e - 1))) e--;
  if (e - s < 3 || e - s > MAX_HEADING_CHARS) return true;
  if (isBulletGlyph(text.charCodeAt(s)) && isTrimSpace(text.charCodeAt(s + 1))) return true;
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++n > 12) return true;
    inWord = !space;
  }
  return false;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

function fromHeadings(text: string, lines: readonly Line[], heads: ReadonlyMap<number, SectionKind | null>): Section[] {
  const sections: Section[] = [];
  let kind: SectionKind = 'other';
  let heading: string | null = null;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!heads.has(i)) continue;
    const line = lines[i];
    if (!line) continue;
    if (line.start > start || sections.length === 0) sections.push({ kind, heading, start, end: line.start });
    heading = text.slice(line.start, line.end).trim();
    kind = heads.get(i) ?? 'other';
    start = Math.min(text.length, line.end + 1);
  }
  sections.push({ kind, heading, start, end: text.length });
  return sections;
}

/** Builds the analysed text and its sections, from page blocks when given, else from the text. */
export function structureText(text: string, blocks?: readonly PostingBlock[] | null): StructuredText {
  if (blocks && blocks.length > 0) {
    const parts: string[] = [];
    const heads = new Map<number, SectionKind | null>();
    blocks.forEach((b, i) => {
      const t = b.text.replace(/\s*\n\s*/g, ' ').trim();
      parts.push(b.type === 'listItem' ? `- ${t}` : t);
      if (b.type === 'heading' && t.length <= MAX_HEADING_CHARS) heads.set(i, classifyHeading(t));
      else if (b.type === 'paragraph') {
        const h = headingKindOfLine(t);
        if (h.isHeading) heads.set(i, h.kind);
      }
    });
    const joined = parts.join('\n');
    const lines = splitLines(joined);
    return { text: joined, sections: fromHeadings(joined, lines, heads), lines };
  }
  const lines = splitLines(text);
  const heads = new Map<number, SectionKind | null>();
  lines.forEach((l, i) => {
    if (l.end - l.start > MAX_HEADING_CHARS + 40 || surelyNotHeading(text, l.start, l.end)) return;
    const h = headingKindOfLine(text.slice(l.start, l.end));
    if (h.isHeading) heads.set(i, h.kind);
  });
  return { text, sections: fromHeadings(text, lines, heads), lines };
}

/** The section containing a character offset (binary search; sections are sorted and contiguous). */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  let found: Section | undefined = sections[0];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** sectionAt() for offsets asked in ascending order (matches, lines): a forward cursor, O(1) amortised per call. */
export function sectionCursor(sections: readonly Section[]): (offset: number) => Section | undefined {
  let i = 0;
  return (offset) => {
    while (i + 1 < sections.length && (sections[i + 1]?.start ?? Infinity) <= offset) i++;
    return sections[i];
  };
}
