import { useId, useState, type ReactNode } from 'react';
import { clampReadiness } from './clamp-readiness';
import { Gauge } from './gauge';
import { TimeToQualify, type TimeToQualifyProps } from './time-to-qualify';

/** Readiness (gauge, required skills covered, how it is scored) and time to qualify. */
export function Summary(props: TimeToQualifyProps): ReactNode {
  const { score } = props;
  const [showWhy, setShowWhy] = useState(false);
  const whyId = useId();
  const labelId = useId();
  const value = clampReadiness(score.readiness);
  const ex = score.explanation;
  return (
    <section className="pl-summary" aria-label="Readiness and time to qualify">
      <div className="pl-readiness-row">
        <Gauge value={value} labelledBy={labelId} />
        <div className="pl-readiness-text">
          <span className="pl-kicker" id={labelId}>
            Readiness
          </span>
          <span className="pl-readiness-line">
            {ex.requiredTotal === 0 ? 'No required skills detected' : `${ex.requiredCovered} of ${ex.requiredTotal} required skills covered`}
          </span>
          <button type="button" className="pl-link-btn" aria-expanded={showWhy} aria-controls={whyId} onClick={() => setShowWhy((v) => !v)}>
            How is this scored?
          </button>
        </div>
      </div>
      <div id={whyId} className="pl-explain" hidden={!showWhy}>
        <p>{ex.text}</p>
        <ul className="pl-explain-list">
          <li>
            Required: {ex.requiredCovered} of {ex.requiredTotal} covered (count double)
          </li>
          <li>
            Preferred: {ex.preferredCovered} of {ex.preferredTotal} covered (count half as much)
          </li>
        </ul>
      </div>
      <TimeToQualify {...props} />
    </section>
  );
}
