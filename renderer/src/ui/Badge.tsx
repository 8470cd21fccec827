/** A small state label. Colour carries state only; the text always says it too. */
export type Tone = 'neutral' | 'info' | 'positive' | 'caution' | 'negative';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
