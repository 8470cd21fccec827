/** What each highlight colour means when the reader colours quotes by their coder. */
import { highlightTint, UNKNOWN_CODER_TINT, type Coder } from '../../../../shared/domain/coder';
import { HIGHLIGHT_TEXT } from '../coding/colours';

export function CoderLegend({ coders }: { coders: readonly Coder[] }) {
  return (
    <div className="coder-legend">
      <span id="coder-legend-title" className="field-label">
        Highlights by coder
      </span>
      <ul aria-labelledby="coder-legend-title">
        {coders.map((c) => (
          <li key={c.id}>
            <span
              className="coder-legend-swatch"
              style={{ backgroundColor: highlightTint(c.colour, HIGHLIGHT_TEXT) }}
              aria-hidden="true"
            />
            {c.name}
          </li>
        ))}
        <li>
          <span className="coder-legend-swatch" style={{ backgroundColor: UNKNOWN_CODER_TINT }} aria-hidden="true" />
          Not recorded
        </li>
      </ul>
    </div>
  );
}
