interface CorruptNoticeProps {
  /** Saved records that failed validation and were set aside. */
  readonly corruptCount: number;
  /** Records written by a newer version of the extension, left untouched. */
  readonly readOnlyCount?: number;
  /** Where the user can see the set-aside records (the dashboard's Data section). */
  readonly onShowDetails?: () => void;
}

/** Says that some saved records could not be read, instead of silently showing fewer postings. */
export function CorruptNotice({ corruptCount, readOnlyCount = 0, onShowDetails }: CorruptNoticeProps) {
  if (corruptCount <= 0 && readOnlyCount <= 0) return null;
  return (
    <div className="notice notice--warning" role="note" data-testid="corrupt-notice">
      {corruptCount > 0 ? (
        <p>
          {corruptCount === 1 ? '1 saved record' : `${corruptCount} saved records`} could not be read and{' '}
          {corruptCount === 1 ? 'was' : 'were'} set aside. Nothing was deleted.
        </p>
      ) : null}
      {readOnlyCount > 0 ? (
        <p>
          {readOnlyCount === 1 ? '1 record was' : `${readOnlyCount} records were`} written by a newer version of Pathway Lens and{' '}
          {readOnlyCount === 1 ? 'is' : 'are'} kept as is.
        </p>
      ) : null}
      {onShowDetails ? (
        <button type="button" className="button button--link" onClick={onShowDetails}>
          Show details
        </button>
      ) : null}
    </div>
  );
}
