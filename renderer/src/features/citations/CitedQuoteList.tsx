/** A claim's cited quotes as a compact numbered list ("[2] Contradicts: “…” — who") with Remove. */
import type { Citation } from '../../../../shared/domain/persona';
import { useNames, useWho } from '../names/useNames';
import { STANCE_PREFIX } from './stance';

export function CitedQuoteList({
  citations,
  onRemove,
  label,
}: {
  citations: Citation[];
  onRemove(quoteId: number): void;
  label?: string;
}) {
  const names = useNames();
  const who = useWho();
  if (citations.length === 0) return null;
  return (
    <ul className="citation-edit-list" aria-label={label}>
      {citations.map((c, i) => (
        <li key={c.id}>
          <span>
            [{i + 1}] {STANCE_PREFIX[c.polarity]}“{names.text(c.exactText)}” <span className="muted">— {who(c)}</span>
          </span>
          <button
            type="button"
            className="btn btn-quiet"
            aria-label={`Remove citation ${i + 1}`}
            onClick={() => onRemove(c.quoteId)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
