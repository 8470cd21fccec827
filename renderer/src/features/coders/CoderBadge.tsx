/** A coder's initials on their colour: who made a quote, in the library and the reader. */
import type { Coder } from '../../../../shared/domain/coder';
import { contrastRatio } from '../../../../shared/domain/tag';

/** Dark or white text, whichever reads better on the coder's own colour (the user picks any colour). */
export function textOn(colour: string): string {
  return contrastRatio(colour, '#ffffff') >= contrastRatio(colour, '#1a1a1a') ? '#ffffff' : '#1a1a1a';
}

export function CoderBadge({ coder }: { coder: Coder | undefined | null }) {
  if (!coder) return null;
  return (
    <span
      className="coder-badge"
      style={{ background: coder.colour, color: textOn(coder.colour) }}
      title={`Coded by ${coder.name}`}
    >
      <span aria-hidden="true">{coder.initials}</span>
      <span className="visually-hidden">Coded by {coder.name}</span>
    </span>
  );
}
