/**
 * The language a posting is written in (ISO 639-1), from its own text: pure, deterministic, no network and no
 * model, so the sidebar, the popup and the command line give the same answer for the same text.
 *
 * Two signals, read from at most the first MAX_CHARS characters:
 * - the script of the letters: Greek, Hebrew, Arabic, Devanagari, Thai, Korean, Japanese or Chinese characters
 *   name the language when they make up a good share of the letters;
 * - otherwise the function words ("the", "und", "della", "który"…) of the Latin- and Cyrillic-script languages
 *   below: each occurrence counts for the languages that use the word, shared words split between them, and
 *   the language with the clearest lead wins.
 * Null when the text is too short to tell or no language leads clearly (mixed text): `unreadLanguage` treats null
 * as "read it as usual", so an undecided posting never hides a report.
 */

import type { LanguageId } from './language-names';

// The names and the report-side helpers live in ./language-names.ts (the sidebar imports them without the detector).
export { LANGUAGE_NAMES, languageName, unreadLanguage, type LanguageId } from './language-names';

/** How much of the text is read: postings state their language in the first lines; the cost stays flat. */
export const MAX_CHARS = 6_000;
/** Fewer letters than this say nothing reliable. */
const MIN_LETTERS = 40;
/** The winner needs at least this much function-word weight… */
const MIN_SCORE = 4;
/** …and this many times the runner-up's. */
const MIN_LEAD = 1.6;
/**
 * A posting in another language with this share of English beside it (a local intro, English requirements) is
 * mixed: null, so it is read rather than hidden behind the notice.
 */
const ENGLISH_MIXED = 1 / 3;
/** A non-Latin, non-Cyrillic script names the language when it holds this share of the letters. */
const SCRIPT_SHARE = 0.3;

/**
 * High-frequency function words, lower-case, written for this project. Elisions split at the apostrophe
 * ("l'équipe" → "l", "équipe"), so the elided forms are listed too. Words may repeat across languages: a
 * shared word's weight is split between them.
 */
const FUNCTION_WORDS: Partial<Record<LanguageId, string>> = {
  en: 'the and of with you your we our will be is are for this that from by at have has who which their they it into across within about should would can must what how all including an us',
  fr: 'le la les des du une un et est sont dans pour avec sur par vous nous votre vos notre nos qui que qu au aux ce cette ces être sera serez mais ou où son sa ses leur leurs il elle en de l d j n c pas ainsi afin chez',
  de: 'der die das und ist sind mit für von zu den dem des ein eine einen einer eines im auf sie wir ihr ihre unsere unser unseren du dein deine bei als auch oder nicht sich werden wird über aus nach zum zur dich dir uns bist hast',
  es: 'el la los las de del y en con para por que una un es son se su sus al lo como más nuestro nuestra nuestros nuestras tu tus usted serás será o u sobre desde entre muy también tienes',
  it: 'il lo la le gli di del della delle dei degli e è con per che un una in nel nella nei sono si ci non anche come al alla ai dal dalla tra fra nostro nostra nostri tuo tua sarà sarai sei o ad ed l dell all nell un',
  pt: 'o a os as de do da dos das e em no na nos nas com para por que um uma é são se seu sua seus suas ao aos à você nosso nossa nossos mais ou como também não pelo pela será',
  nl: 'de het een en van in is zijn met voor op te dat die je jouw jij wij we ons onze bij als ook niet aan om naar uit door over wordt worden heb hebt heeft kunnen of er',
  pl: 'i w z na do się jest są to że nie od o dla po przez jak oraz lub ze we który która które jako a ich nas nasz nasza naszego twoje twój będzie będziesz przy czy już także co bardzo tym tego ten może których którzy naszej naszym',
  sv: 'och i att det som en ett är för med på av till den de vi du din ditt dina våra vår vårt har om inte kan eller från hos men sig så också ska kommer dig oss',
  ru: 'и в на с по для не что от к о как это мы вы вас наш наша наши ваш ваша или а из за до при будет будете также работы у же но только если',
  uk: 'і в на з по для не що від до про як це ми ви вас наш наша наші ваш ваша або а із за при буде будете також роботи у та й але лише якщо',
};

interface Weighted {
  readonly lang: number;
  readonly weight: number;
}

const WORD_LANGS: readonly LanguageId[] = Object.keys(FUNCTION_WORDS) as LanguageId[];
const EN = WORD_LANGS.indexOf('en');

/** word → the languages that use it, each with its share of the word's weight. */
const WORD_TABLE: ReadonlyMap<string, readonly Weighted[]> = (() => {
  const users = new Map<string, number[]>();
  WORD_LANGS.forEach((lang, i) => {
    for (const w of new Set((FUNCTION_WORDS[lang] ?? '').split(' '))) {
      const list = users.get(w);
      if (list) list.push(i);
      else users.set(w, [i]);
    }
  });
  const table = new Map<string, Weighted[]>();
  for (const [w, langs] of users) table.set(w, langs.map((lang) => ({ lang, weight: 1 / langs.length })));
  return table;
})();

type Script = 'latin' | 'cyrillic' | 'greek' | 'hebrew' | 'arabic' | 'devanagari' | 'thai' | 'hangul' | 'kana' | 'han' | null;

function scriptOf(c: number): Script {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 'latin' : null;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? null : 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  return null;
}

/** Persian letters the Arabic alphabet lacks: پ چ ژ گ. */
const PERSIAN = new Set([0x67e, 0x686, 0x698, 0x6af]);

/** Longest function word looked up; longer letter runs are content words. */
const MAX_WORD = 12;

/** The posting's language (ISO 639-1), or null when the text is too short or mixed to tell. */
export function detectLanguage(text: string): LanguageId | null {
  // One pass over the lower-cased sample: letters counted by script, and each run of letters (a word; an
  // apostrophe, digit or space ends it) looked up in the function-word table.
  const sample = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).toLowerCase();
  const counts = { latin: 0, cyrillic: 0, greek: 0, hebrew: 0, arabic: 0, devanagari: 0, thai: 0, hangul: 0, kana: 0, han: 0 };
  const scores = new Float64Array(WORD_LANGS.length);
  let letters = 0;
  let persian = 0;
  let wordStart = -1;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 0x20;
    const s = scriptOf(c);
    if (s) {
      counts[s]++;
      letters++;
      if (s === 'arabic' && PERSIAN.has(c)) persian++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (c >= 0x300 && c <= 0x36f && wordStart >= 0) continue; // a combining accent inside a word
    if (wordStart >= 0) {
      if (i - wordStart <= MAX_WORD) {
        const users = WORD_TABLE.get(sample.slice(wordStart, i));
        if (users) for (const u of users) scores[u.lang] = (scores[u.lang] ?? 0) + u.weight;
      }
      wordStart = -1;
    }
  }
  if (letters < MIN_LETTERS) return null;
  const share = (n: number): number => n / letters;
  // Japanese mixes kana with Han; Chinese has no kana; Korean is Hangul.
  if (share(counts.kana) >= SCRIPT_SHARE / 3 && share(counts.kana + counts.han) >= SCRIPT_SHARE) return 'ja';
  if (share(counts.hangul) >= SCRIPT_SHARE) return 'ko';
  if (share(counts.han) >= SCRIPT_SHARE) return 'zh';
  if (share(counts.greek) >= SCRIPT_SHARE) return 'el';
  if (share(counts.hebrew) >= SCRIPT_SHARE) return 'he';
  if (share(counts.arabic) >= SCRIPT_SHARE) return persian >= 3 ? 'fa' : 'ar';
  if (share(counts.devanagari) >= SCRIPT_SHARE) return 'hi';
  if (share(counts.thai) >= SCRIPT_SHARE) return 'th';
  return leader(scores);
}

/** The language with the clearest function-word lead, or null when none leads clearly. */
function leader(scores: Float64Array): LanguageId | null {
  let best = -1;
  let top = 0;
  let second = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? 0;
    if (s > top) {
      second = top;
      top = s;
      best = i;
    } else if (s > second) second = s;
  }
  if (best < 0 || top < MIN_SCORE || top < second * MIN_LEAD) return null;
  const lang = WORD_LANGS[best] ?? null;
  if (lang !== 'en' && (scores[EN] ?? 0) >= top * ENGLISH_MIXED) return null;
  return lang;
}
