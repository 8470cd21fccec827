/**
 * What each highlight colour means when the reader colours quotes by their coder: the coders of the
 * quotes on screen (not every coder the project lists), and "Not recorded" only when a quote has none.
 */
import { highlightTint, UNKNOWN_CODER_TINT, type Coder } from '../../../../shared/domain/coder';
import { HIGHLIGHT_TEXT } from '../coding/colours';

export function CoderLegend({
  coders,
  quotes,
}: {
  coders: readonly Coder[];
  quotes: readonly { coderId: number | null }[];
}) {
  const present = new Set(quotes.map((q) => q.coderId));
  return (
    <div className="coder-legend">
      <span id="coder-legend-title" className="field-label">
        Highlights by coder
      </span>
      <ul aria-labelledby="coder-legend-title">
        {coders
          .filter((c) => present.has(c.id))
          .map((c) => (
            <li key={c.id}>
              <span
                className="coder-legend-swatch"
                style={{ backgroundColor: highlightTint(c.colour, HIGHLIGHT_TEXT) }}
                aria-hidden="true"
              />
              {c.name}
            </li>
          ))}
        {present.has(null) ? (
          <li>
            <span className="coder-legend-swatch" style={{ backgroundColor: UNKNOWN_CODER_TINT }} aria-hidden="true" />
            Not recorded
          </li>
        ) : null}
      </ul>
    </div>
  );
}
