/**
 * Character references in page strings (JSON-LD descriptions, Ashby HTML), decoded without the DOM.
 * The table holds the entities job postings actually use; unknown names are left as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  hellip: '…', bull: '•', middot: '·', prime: '′', Prime: '″', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', sect: '§', para: '¶',
  deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³',
  micro: 'µ', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔',
  check: '✓', star: '☆', hearts: '♥', le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', minus: '−',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', OElig: 'Œ', oelig: 'œ',
  Scaron: 'Š', scaron: 'š', Zcaron: 'Ž', zcaron: 'ž',
};

// Legacy references browsers still decode without the semicolon.
const NO_SEMICOLON_OK = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

// Bounded quantifiers keep this linear; the `;` is optional only for the legacy names above.
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/g;

function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Decodes character references once (so `&amp;lt;` becomes `&lt;`, not `<`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    if (name === undefined) return whole;
    const value = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
    if (value === undefined) return whole;
    if (!semi && !NO_SEMICOLON_OK.has(name)) return whole;
    return value;
  });
}

/**
 * Descriptions in JSON-LD are HTML, and often HTML-escaped once more (`&lt;strong&gt;…`).
 * When escaped tags outnumber real ones, decode one level so the tokenizer sees markup.
 */
export function unescapeHtmlOnce(html: string): string {
  const sample = html.length > 200_000 ? html.slice(0, 200_000) : html;
  const real = countMatches(sample, /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}[\s/>]/g, 50);
  const escaped = countMatches(sample, /&lt;\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:[\s/]|&gt;)/g, 50);
  return escaped > real ? decodeEntities(html) : html;
}

function countMatches(text: string, pattern: RegExp, cap: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < cap && pattern.exec(text) !== null) count += 1;
  pattern.lastIndex = 0;
  return count;
}
