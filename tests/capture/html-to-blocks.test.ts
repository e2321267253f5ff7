import { describe, expect, it } from 'vitest';
import { plainTextToBlocks } from '../../lib/capture/block-builder';
import { blocksToText, LIMITS } from '../../lib/capture/capture-result';
import { decodeEntities, unescapeHtmlOnce } from '../../lib/capture/html-entities';
import { descriptionHtmlToBlocks, htmlToBlocks } from '../../lib/capture/html-to-blocks';

describe('decodeEntities / unescapeHtmlOnce', () => {
  it('decodes named, decimal and hex references once', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &#36;5 &#x24;6 &rsquo;s &hellip; &nbsp;x')).toBe('R&D <b> $5 $6 ’s … \u00A0x');
    expect(decodeEntities('&amp;lt;p&amp;gt;')).toBe('&lt;p&gt;');
  });

  it('leaves unknown names, invalid code points and bare ampersands safe', () => {
    expect(decodeEntities('AT&T &bogus; &#0; &#xD800; &#99999999;')).toBe('AT&T &bogus; \uFFFD \uFFFD \uFFFD');
    expect(decodeEntities('a &amp b &copy c')).toBe('a & b &copy c');
  });

  it('unescapes a description only when escaped tags outnumber real ones', () => {
    expect(unescapeHtmlOnce('&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;')).toBe('<p>Hi &amp; bye</p>');
    expect(unescapeHtmlOnce('<p>Use &lt;div&gt; tags</p>')).toBe('<p>Use &lt;div&gt; tags</p>');
  });
});

describe('htmlToBlocks (linear tokenizer)', () => {
  it('maps headings, paragraphs, list items, bold-only lines and colon labels', () => {
    const html =
      '<h2>About us</h2><p>We build <em>things</em>.</p><p><strong>Requirements</strong></p>' +
      '<ul><li>Python</li><li><p>SQL</p></li></ul><p>Nice to have:</p><ol><li>Go</li></ol>' +
      '<p><b>Location:</b> Remote, <b>US</b></p>';
    expect(htmlToBlocks(html)).toEqual([
      { type: 'heading', text: 'About us' },
      { type: 'paragraph', text: 'We build things.' },
      { type: 'heading', text: 'Requirements' },
      { type: 'listItem', text: 'Python' },
      { type: 'listItem', text: 'SQL' },
      { type: 'heading', text: 'Nice to have:' },
      { type: 'listItem', text: 'Go' },
      { type: 'paragraph', text: 'Location: Remote, US' },
    ]);
  });

  it('splits <br>-separated text into paragraphs and keeps list items whole', () => {
    expect(htmlToBlocks('<strong>Who we are<br><br></strong>First line.<br>Second line.<br/><br/><ul><li>One<br><br></li></ul>')).toEqual([
      { type: 'heading', text: 'Who we are' },
      { type: 'paragraph', text: 'First line.' },
      { type: 'paragraph', text: 'Second line.' },
      { type: 'listItem', text: 'One' },
    ]);
  });

  it('splits a parent list item around a nested list', () => {
    expect(htmlToBlocks('<ul><li>Parent<ul><li>Child</li></ul>tail</li></ul>')).toEqual([
      { type: 'listItem', text: 'Parent' },
      { type: 'listItem', text: 'Child' },
      { type: 'listItem', text: 'tail' },
    ]);
  });

  it('never reads scripts, styles, comments or attributes as text', () => {
    const html =
      '<p title="a > b" data-x=\'<li>fake</li>\'>Real</p><script>var s = "</p><li>no</li>";</script>' +
      '<style>p{}</style><!-- <li>comment</li> --><SCRIPT type="x">alert(1)</SCRIPT ><p>After</p>';
    expect(htmlToBlocks(html)).toEqual([
      { type: 'paragraph', text: 'Real' },
      { type: 'paragraph', text: 'After' },
    ]);
  });

  it('survives tag soup: unclosed tags, stray end tags, lone "<", unterminated comment', () => {
    expect(htmlToBlocks('<div><p>One<li>Two</b></i></ul> 3 < 4 <p>Five')).toEqual([
      { type: 'paragraph', text: 'One' },
      { type: 'listItem', text: 'Two 3 < 4' },
      // As in a browser's parse: the unclosed <li> still contains the <p>.
      { type: 'listItem', text: 'Five' },
    ]);
    expect(htmlToBlocks('<p>x</p><!-- never closed <p>y</p>')).toEqual([{ type: 'paragraph', text: 'x' }]);
    expect(htmlToBlocks('<p attr="never closed>text')).toEqual([]);
  });

  it('strips invisible and bidi-override characters from text', () => {
    expect(htmlToBlocks('<p>Py\u202Ethon\u0000 and\u200B SQL\u2066</p>')).toEqual([{ type: 'paragraph', text: 'Python and SQL' }]);
  });

  it('caps output size on huge input', () => {
    const huge = `<ul>${'<li>Experience with distributed systems and program delivery.</li>'.repeat(20_000)}</ul>`;
    const blocks = htmlToBlocks(huge);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(blocksToText(blocks).length).toBeLessThanOrEqual(LIMITS.descriptionChars + LIMITS.blocks * 4);
  });

  it('handles 1 MB of "<" and of unclosed quotes in linear time', () => {
    const started = performance.now();
    htmlToBlocks('<'.repeat(1_000_000));
    htmlToBlocks(`<a href="${'x'.repeat(1_000_000)}`);
    htmlToBlocks('<a '.repeat(300_000));
    htmlToBlocks('&lt;p&gt;'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('descriptionHtmlToBlocks', () => {
  it('reads entity-escaped JSON-LD HTML (LinkedIn style)', () => {
    const escaped =
      '&lt;strong&gt;Minimum qualifications:&lt;br&gt;&lt;br&gt;&lt;/strong&gt;&lt;ul&gt;&lt;li&gt;Data &amp;amp; AI.&lt;/li&gt;&lt;/ul&gt;';
    expect(descriptionHtmlToBlocks(escaped)).toEqual([
      { type: 'heading', text: 'Minimum qualifications:' },
      { type: 'listItem', text: 'Data & AI.' },
    ]);
  });

  it('reads plain text with line breaks and bullets', () => {
    expect(descriptionHtmlToBlocks('About the role\n\nWe ship models.\nRequirements:\n- Python\n• SQL &amp; dbt\n2) Airflow')).toEqual([
      { type: 'paragraph', text: 'About the role' },
      { type: 'paragraph', text: 'We ship models.' },
      { type: 'heading', text: 'Requirements:' },
      { type: 'listItem', text: 'Python' },
      { type: 'listItem', text: 'SQL & dbt' },
      { type: 'listItem', text: 'Airflow' },
    ]);
  });
});

describe('plainTextToBlocks / blocksToText', () => {
  it('round-trips the text layout used by descriptionText', () => {
    const blocks = plainTextToBlocks('Skills:\n- Python\n- SQL\nWe are remote.');
    expect(blocksToText(blocks)).toBe('Skills:\n\n- Python\n- SQL\n\nWe are remote.');
  });
});
