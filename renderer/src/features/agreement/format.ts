/** How the agreement screen writes its figures: the same rounding as the CLI, "not defined" in words. */
import type { AgreementFigures } from '../../../../shared/domain/agreementReport';

type Coefficient = AgreementFigures['alpha'];

export const percentText = (c: Coefficient) => (c.value === null ? 'not defined' : `${(c.value * 100).toFixed(1)}%`);
export const coefficientText = (c: Coefficient) => (c.value === null ? 'not defined' : c.value.toFixed(3));

/** Each distinct reason a coefficient in the table is not defined, once, with what it is about. */
export function undefinedReasons(rows: readonly { name: string; figures: AgreementFigures }[]): string[] {
  const reasons = new Map<string, string[]>();
  for (const { name, figures } of rows)
    for (const [label, c] of [
      ['Percent agreement', figures.percent],
      ['Kappa', figures.kappa],
      ['Alpha', figures.alpha],
    ] as const) {
      if (c.value !== null || !c.why) continue;
      const key = `${label}: ${c.why}`;
      reasons.set(key, [...(reasons.get(key) ?? []), name]);
    }
  return [...reasons].map(([reason, names]) =>
    names.length > 3 ? `${reason} (${names.length} rows)` : `${reason} (${names.join(', ')})`,
  );
}
