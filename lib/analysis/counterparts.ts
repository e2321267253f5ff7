import type { LexiconMatch } from './lexicon-matcher';
import { WordSet, type Tokens } from './tokenize';

/**
 * "Partner with the Security and Legal teams": skill words that name the teams one works with, not
 * skills one brings. A lexicon entry with managesParty is exempt ("manage vendor teams").
 */

/** Nouns that turn a list of skill words into the teams one works with ("the Security, Legal and Sales teams"). */
const COUNTERPARTS = new WordSet([
  'team', 'teams', 'partners', 'org', 'orgs', 'organization', 'organizations', 'organisation',
  'organisations', 'function', 'functions', 'colleagues', 'counterparts', 'leaders', 'stakeholders', 'engineers',
  'groups', 'department', 'departments', 'squads', 'peers',
]);
/** Words that may sit inside such a list ("legal, policy, and other cross-functional partners"). */
const LIST_GLUE = new WordSet(['and', 'or', 'other', 'the', 'our', 'your', 'related', 'relevant', 'internal', 'external', 'cross', 'functional', 'key', 'adjacent', 'respective']);
/** How far past a match the counterpart noun of its list is looked for. */
const MAX_LIST_TOKENS = 8;

/**
 * What separates the items of a list of names: spaces, commas, slashes, ampersands, or a lone hyphen
 * inside a word ("cross-functional"). A spaced dash or any other punctuation ends the list.
 */
function isListGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  if (to - from === 1 && text.charCodeAt(from) === 45) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 47 && c !== 38 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Whether match mi names a team or function the candidate works with, not a skill: it heads a list
 * of names ending in a counterpart noun ("Security teams", "legal, policy, and other cross-functional
 * partners", "BD/Sales teams"). The list may hold other matches, capitalised names and LIST_GLUE words,
 * joined by list punctuation only. Bounded: at most MAX_LIST_TOKENS tokens after the match.
 */
export function namesCounterpart(text: string, tokens: Tokens, matches: readonly LexiconMatch[], mi: number): boolean {
  const m = matches[mi];
  if (!m || m.entry.managesParty) return false;
  let next = mi + 1;
  const limit = Math.min(tokens.count, m.lastToken + MAX_LIST_TOKENS);
  for (let k = m.lastToken; k < limit; k++) {
    if (!isListGap(text, tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0)) return false;
    if (COUNTERPARTS.hasToken(tokens, k)) return true;
    while ((matches[next]?.lastToken ?? Infinity) <= k) next++;
    const inMatch = (matches[next]?.firstToken ?? Infinity) <= k;
    const first = text.charCodeAt(tokens.starts[k] ?? 0);
    if (!inMatch && !LIST_GLUE.hasToken(tokens, k) && !(first >= 65 && first <= 90)) return false;
  }
  return false;
}
