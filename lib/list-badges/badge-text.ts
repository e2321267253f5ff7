import { languageName } from '../analysis/language-names';
import { STATUS_LABEL, type PostingStatus } from '../storage/statuses';

/**
 * What a job card's badge says (zod-free: the list page bundles it). The background answers `getCardBadges` with
 * these (lib/list-badges/card-badges.ts); lib/list-badges/badge-layer.ts draws them, as text only.
 */
/** Job keys one `getCardBadges` message may ask about (a page asks in chunks of this many). */
export const CARD_BADGES_MAX_KEYS = 200;

export interface CardBadge {
  /** The posting's key, as saved postings are keyed (lib/capture/job-key.ts): `linkedin:<id>`, `indeed:<jk>`. */
  readonly jobKey: string;
  /** 0..100 under the user's progress now; null for a posting in a language the analysis does not read. */
  readonly readiness: number | null;
  /** The language id of such a posting (`fr`), else null. */
  readonly language: string | null;
  /** The saved posting's status; null when analysed but not saved. */
  readonly status: PostingStatus | null;
}

/** The badge's visible text: "72%" (analysed), "72% · Applied" (saved), "— · Saved" (a posting not in English). */
export function badgeText(b: CardBadge): string {
  const readiness = b.readiness === null ? '—' : `${b.readiness}%`;
  return b.status === null ? readiness : `${readiness} · ${STATUS_LABEL[b.status]}`;
}

/** The badge's accessible name and tooltip: the same facts in words. */
export function badgeLabel(b: CardBadge): string {
  const readiness = b.readiness === null ? `readiness not measured (the posting is in ${languageName(b.language ?? '')})` : `readiness ${b.readiness}%`;
  return b.status === null ? `Pathway Lens: analysed, ${readiness}; not saved` : `Pathway Lens: saved, status ${STATUS_LABEL[b.status]}; ${readiness}`;
}
