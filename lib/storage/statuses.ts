/**
 * The statuses a saved posting moves through. Zod-free (the content script imports it); the schema
 * (`PostingStatusSchema` in ./schemas.ts) is built from this list.
 */
export const POSTING_STATUSES = ['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected', 'archived'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** What the sidebar's status menu offers; `archived` is shown only for a posting that has it (set from the popup). */
export const SIDEBAR_STATUSES = ['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected'] as const satisfies readonly PostingStatus[];

/** How each status reads in the views (the saved list, the sidebar's menu, the list badges). */
export const STATUS_LABEL: Readonly<Record<PostingStatus, string>> = {
  saved: 'Saved',
  applying: 'Applying',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  archived: 'Archived',
};
