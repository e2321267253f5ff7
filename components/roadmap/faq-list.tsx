import type { Pathway } from '../../lib/pathway/schema';

/** Questions as disclosures: the question is the button, the answer opens beneath it. */
export function FaqList({ faq }: { readonly faq: Pathway['faq'] }) {
  return (
    <div className="faq">
      {faq.map((entry) => (
        <details key={entry.question} className="disclosure">
          <summary className="disclosure__summary">{entry.question}</summary>
          <p className="disclosure__body">{entry.answer}</p>
        </details>
      ))}
    </div>
  );
}
