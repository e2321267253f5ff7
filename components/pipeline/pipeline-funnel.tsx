import { formatDays, formatRate, NONE, type Funnel } from '../../lib/insights/pipeline';

/** A value of the funnel: "—" is read out as what it means. */
function valueCell(text: string, testId: string) {
  return (
    <dd data-testid={testId}>
      {text === NONE ? (
        <>
          <span aria-hidden="true">{NONE}</span>
          <span className="visually-hidden">nothing to compute yet</span>
        </>
      ) : (
        text
      )}
    </dd>
  );
}

/** The funnel above the board: how many were applied to, the share that got a reply, the median days to it. */
export function PipelineFunnel({ funnel }: { readonly funnel: Funnel }) {
  return (
    <section className="pipeline-funnel" aria-labelledby="pipeline-funnel-heading" data-testid="pipeline-funnel">
      <h2 id="pipeline-funnel-heading" className="pipeline-funnel__title">
        Funnel
      </h2>
      <dl className="pipeline-funnel__stats">
        <div>
          <dt>Applied</dt>
          {valueCell(String(funnel.applied), 'funnel-applied')}
        </div>
        <div>
          <dt>Response rate</dt>
          {valueCell(formatRate(funnel.responseRate), 'funnel-response-rate')}
          {funnel.applied > 0 ? (
            <dd className="pipeline-funnel__note">
              {funnel.replied} of {funnel.applied} replied
            </dd>
          ) : null}
        </div>
        <div>
          <dt>Median time to first reply</dt>
          {valueCell(formatDays(funnel.medianDaysToReply), 'funnel-median-days')}
        </div>
      </dl>
    </section>
  );
}
