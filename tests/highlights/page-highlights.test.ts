// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  applyPageHighlights,
  findMentionRanges,
  isCaseSensitiveMention,
  scrollToSkill,
  type HighlightSkill,
} from '../../lib/highlights/page-highlights';

/** happy-dom has no Custom Highlight API: a faithful stand-in (a Highlight is a set of ranges, the registry a map). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights: registry, escape: (s: string) => s, supports: () => true });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

function mount(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'description';
  // Fixtures are constant strings of this file, parsed through a Range (the linted HTML sinks stay out).
  const range = document.createRange();
  range.selectNodeContents(root);
  root.append(range.createContextualFragment(markup));
  document.body.append(root);
  return root;
}

function serialize(): string {
  return new XMLSerializer().serializeToString(document.documentElement);
}

const texts = (ranges: ReturnType<typeof findMentionRanges>): string[] => ranges.map((r) => r.range.toString());

beforeEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('isCaseSensitiveMention', () => {
  it('keeps the case of acronyms and inner capitals, ignores it for ordinary and Title Case words', () => {
    expect(isCaseSensitiveMention('AI')).toBe(true);
    expect(isCaseSensitiveMention('SAFe')).toBe(true);
    expect(isCaseSensitiveMention('AWS')).toBe(true);
    expect(isCaseSensitiveMention('stakeholder management')).toBe(false);
    expect(isCaseSensitiveMention('Stakeholder Management')).toBe(false);
    expect(isCaseSensitiveMention('Python')).toBe(false);
    expect(isCaseSensitiveMention('A/B testing')).toBe(false);
  });
});

describe('findMentionRanges', () => {
  it('finds every mention case-insensitively, in document order, grouped by kind', () => {
    const root = mount(
      '<h2>Requirements</h2><ul><li>Experience with Stakeholder Management across teams.</li>' +
        '<li>Strong stakeholder management and SQL.</li><li>Build REST APIs.</li></ul>',
    );
    const skills: HighlightSkill[] = [
      { id: 'stakeholder-management', kind: 'toLearn', mentions: ['stakeholder management'] },
      { id: 'sql-data-management', kind: 'transferable', mentions: ['SQL'] },
      { id: 'rest', kind: 'other', mentions: ['REST APIs'] },
    ];
    const ranges = findMentionRanges(document, root, skills);
    expect(texts(ranges)).toEqual(['Stakeholder Management', 'stakeholder management', 'SQL', 'REST APIs']);
    expect(ranges.map((r) => r.group)).toEqual(['roadmap', 'roadmap', 'have', 'other']);
    expect(ranges[2]?.skillId).toBe('sql-data-management');
  });

  it('respects word boundaries: ML not in HTML, AI not in maintain or email, agile not in fragile', () => {
    const root = mount('<p>HTML and email; maintain fragile systems. Then ML and AI, finally Agile.</p>');
    const ranges = findMentionRanges(document, root, [
      { kind: 'other', mentions: ['ML'] },
      { kind: 'toLearn', mentions: ['AI'] },
      { kind: 'transferable', mentions: ['agile'] },
    ]);
    expect(texts(ranges)).toEqual(['ML', 'AI', 'Agile']);
  });

  it('matches acronyms and inner capitals by exact case only (SAFe is not safe)', () => {
    const root = mount('<p>Keep the team safe. Experience with SAFe. Not ai, but AI.</p>');
    const ranges = findMentionRanges(document, root, [
      { kind: 'other', mentions: ['SAFe'] },
      { kind: 'toLearn', mentions: ['AI'] },
    ]);
    expect(texts(ranges)).toEqual(['SAFe', 'AI']);
  });

  it('matches a phrase split across inline elements and collapses whitespace', () => {
    const root = mount('<p>Strong <b>stakeholder</b>\n    <em>manage</em>ment skills.</p>');
    const ranges = findMentionRanges(document, root, [{ kind: 'toLearn', mentions: ['Stakeholder  management'] }]);
    expect(ranges).toHaveLength(1);
    const r = ranges[0]!.range;
    expect(r.toString().replace(/\s+/g, ' ')).toBe('stakeholder management');
    expect(r.startContainer.textContent).toBe('stakeholder');
    expect(r.endContainer.textContent).toBe('ment skills.');
    expect(r.endOffset).toBe(4);
  });

  it('keeps list items and <br> lines apart: no "PythonSQL", no phrase across two blocks', () => {
    const root = mount('<ul><li>Python</li><li>SQL</li></ul><p>data<br>governance</p>');
    const ranges = findMentionRanges(document, root, [
      { kind: 'other', mentions: ['Python'] },
      { kind: 'transferable', mentions: ['SQL'] },
      { kind: 'other', mentions: ['data governance'] },
    ]);
    expect(texts(ranges)).toEqual(['Python', 'SQL']);
  });

  it('ignores script, style, noscript and textarea text', () => {
    const root = mount('<script>var jira = 1;</script><style>.jira{}</style><textarea>Jira</textarea><p>Jira daily.</p>');
    const ranges = findMentionRanges(document, root, [{ kind: 'other', mentions: ['jira'] }]);
    expect(texts(ranges)).toEqual(['Jira']);
    expect(ranges[0]!.range.startContainer.parentElement?.tagName).toBe('P');
  });

  it('treats regex metacharacters in mentions and page text literally', () => {
    const root = mount('<p>C++ and C# and (.*)+ and CI/CD pipelines; C is not C++.</p>');
    const ranges = findMentionRanges(document, root, [
      { kind: 'other', mentions: ['C++'] },
      { kind: 'other', mentions: ['(.*)+'] },
      { kind: 'transferable', mentions: ['CI/CD'] },
    ]);
    expect(texts(ranges)).toEqual(['C++', '(.*)+', 'CI/CD', 'C++']);
  });

  it('keeps the longest of overlapping matches and never overlaps ranges', () => {
    const root = mount('<p>Agile Scrum ceremonies and agile delivery.</p>');
    const ranges = findMentionRanges(document, root, [
      { kind: 'transferable', mentions: ['agile', 'Agile Scrum'] },
      { kind: 'other', mentions: ['scrum'] },
    ]);
    expect(texts(ranges)).toEqual(['Agile Scrum', 'agile']);
  });

  it('uses an explicit group over the kind (a learned to-learn skill is "have")', () => {
    const root = mount('<p>PMP required.</p>');
    const ranges = findMentionRanges(document, root, [{ kind: 'toLearn', group: 'have', mentions: ['PMP'] }]);
    expect(ranges.map((r) => r.group)).toEqual(['have']);
  });

  it('is bounded: max ranges, max characters scanned', () => {
    const root = mount(`<p>${'Jira, '.repeat(50)}</p><p>${'x'.repeat(500)} Confluence</p>`);
    expect(findMentionRanges(document, root, [{ kind: 'other', mentions: ['Jira'] }], { maxRanges: 7 })).toHaveLength(7);
    expect(findMentionRanges(document, root, [{ kind: 'other', mentions: ['Confluence'] }], { maxChars: 400 })).toHaveLength(0);
    expect(findMentionRanges(document, root, [{ kind: 'other', mentions: ['Confluence'] }])).toHaveLength(1);
  });

  it('stays fast on a huge posting (1 MB of text, one 200,000-character word)', () => {
    const root = mount('<p></p><p></p>');
    root.firstElementChild!.textContent = 'stakeholder management '.repeat(45_000);
    root.lastElementChild!.textContent = 'a'.repeat(200_000);
    const started = performance.now();
    const ranges = findMentionRanges(document, root, [{ kind: 'toLearn', mentions: ['stakeholder management', 'aaaa'] }]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ranges.length).toBe(400);
  });

  it('returns nothing for empty mentions or an empty root', () => {
    const root = mount('<p>Text</p>');
    expect(findMentionRanges(document, root, [{ kind: 'other', mentions: ['  '] }])).toEqual([]);
    expect(findMentionRanges(document, mount(''), [{ kind: 'other', mentions: ['Text'] }])).toEqual([]);
  });
});

describe('applyPageHighlights', () => {
  const skills: HighlightSkill[] = [
    { kind: 'transferable', mentions: ['SQL'] },
    { kind: 'toLearn', mentions: ['PMP', 'budget'] },
    { kind: 'other', mentions: ['Jira'] },
  ];

  it('registers one highlight per group and adopts the ::highlight styles without touching the DOM', () => {
    const registry = installHighlightApi();
    const root = mount('<p>SQL, <strong>PMP</strong> and a budget. Jira.</p>');
    const before = serialize();

    const cleanup = applyPageHighlights(document, root, skills);

    expect([...registry.keys()].sort()).toEqual([HIGHLIGHT_NAMES.have, HIGHLIGHT_NAMES.other, HIGHLIGHT_NAMES.roadmap].sort());
    expect(registry.get(HIGHLIGHT_NAMES.have)?.size).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.roadmap)?.size).toBe(2);
    expect([...registry.get(HIGHLIGHT_NAMES.roadmap)!].map((r) => (r as Range).toString())).toEqual(['PMP', 'budget']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const css = [...document.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n');
    expect(css).toContain('pathway-lens-have');
    expect(serialize()).toBe(before);

    cleanup();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(serialize()).toBe(before);
    cleanup(); // idempotent
  });

  it("keeps the page's own adopted sheets", () => {
    installHighlightApi();
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const cleanup = applyPageHighlights(document, mount('<p>SQL</p>'), skills);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    cleanup();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('a stale cleanup does not remove the highlights of a newer call', () => {
    const registry = installHighlightApi();
    const root = mount('<p>SQL and PMP</p>');
    const first = applyPageHighlights(document, root, skills);
    const second = applyPageHighlights(document, root, [{ kind: 'transferable', mentions: ['SQL', 'PMP'] }]);
    expect(registry.has(HIGHLIGHT_NAMES.roadmap)).toBe(false);
    first();
    expect(registry.get(HIGHLIGHT_NAMES.have)?.size).toBe(2);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    second();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('is a no-op where the Custom Highlight API is missing', () => {
    vi.stubGlobal('CSS', { escape: (s: string) => s });
    vi.stubGlobal('Highlight', undefined);
    const root = mount('<p>SQL</p>');
    const cleanup = applyPageHighlights(document, root, skills);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(() => cleanup()).not.toThrow();
  });
});

describe('scrollToSkill', () => {
  it('scrolls to the first mention in page order and flashes it for a while', () => {
    vi.useFakeTimers();
    const registry = installHighlightApi();
    const scrolled: Element[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    const root = mount('<p id="a">Intro.</p><p id="b">Owned a <em>budget</em>.</p><p id="c">Budget again.</p>');
    const before = serialize();

    const end = scrollToSkill(document, ['Budget', 'nothing here'], { root, flashMs: 1000 });

    expect(end).not.toBeNull();
    expect(scrolled.map((e) => e.tagName)).toEqual(['EM']);
    const flash = registry.get(HIGHLIGHT_NAMES.flash);
    expect([...flash!].map((r) => (r as Range).toString())).toEqual(['budget']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(serialize()).toBe(before);

    vi.advanceTimersByTime(1000);
    expect(registry.has(HIGHLIGHT_NAMES.flash)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('with highlights off, scrolls without a flash the page could read', () => {
    const registry = installHighlightApi();
    const scrolled: Element[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    const root = mount('<p>Owned a <em>budget</em>.</p>');
    expect(scrollToSkill(document, 'budget', { root, flash: false })).not.toBeNull();
    expect(scrolled.map((e) => e.tagName)).toEqual(['EM']);
    expect(registry.has(HIGHLIGHT_NAMES.flash)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('returns null when the posting does not mention it', () => {
    installHighlightApi();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    expect(scrollToSkill(document, 'Kubernetes', { root: mount('<p>Nothing</p>') })).toBeNull();
  });
});
