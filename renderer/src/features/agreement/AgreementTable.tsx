/**
 * The agreement table: per tag and pooled overall, with what a unit is, what each coefficient means
 * and what counts as missing stated in plain words beside it (the issue asks for the formulas on screen).
 */
import type { AgreementReport } from '../../../../shared/domain/agreementReport';
import { coefficientText, percentText, undefinedReasons } from './format';

const UNIT_WORDS = {
  turn: {
    name: 'Speaker turn',
    plural: 'turns',
    meaning:
      'Each turn of each transcript is one unit per tag. A coder “coded” a turn with a tag when any of their quotes with that tag covers part of it.',
  },
  char: {
    name: 'Character',
    plural: 'characters',
    meaning:
      'Each character of each turn is one unit per tag. A coder “coded” a character with a tag when it lies inside one of their quotes with that tag; a quote spanning turns covers each turn it runs through.',
  },
} as const;

export function AgreementTable({ report }: { report: AgreementReport }) {
  const unit = UNIT_WORDS[report.unit];
  const lowest = report.overall.lowestAlpha;
  const lowestTag = lowest ? report.tags.find((t) => t.tagId === lowest.tagId) : undefined;
  const reasons = undefinedReasons([
    ...report.tags.map((t) => ({ name: t.name, figures: t.figures })),
    { name: 'overall', figures: report.overall },
  ]);
  return (
    <section className="agreement-section" aria-labelledby="agreement-table-title">
      <h2 id="agreement-table-title" className="agreement-heading">
        Agreement by tag
      </h2>
      <p className="agreement-unit">
        <strong>Unit: {unit.name}.</strong> {unit.meaning} A coder who never coded in an interview is <em>missing</em>{' '}
        there — left out — not counted as “not coded”.
      </p>
      <div className="agreement-table-scroll">
        <table className="agreement-table">
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col" className="num">
                Units ({unit.plural})
              </th>
              <th scope="col" className="num">
                Coded by 2+
              </th>
              <th scope="col" className="num">
                Percent agreement
              </th>
              <th scope="col" className="num">
                Cohen’s κ
              </th>
              <th scope="col" className="num">
                Krippendorff’s α
              </th>
            </tr>
          </thead>
          <tbody>
            {report.tags.map((t) => (
              <tr key={t.tagId} data-tag-id={t.tagId}>
                <th scope="row">
                  <span className="agreement-swatch" style={{ background: t.colour }} aria-hidden="true" />
                  {t.name}
                </th>
                <td className="num">{t.figures.units.toLocaleString()}</td>
                <td className="num">{t.figures.pairable.toLocaleString()}</td>
                <td className="num" data-figure="percent">
                  {percentText(t.figures.percent)}
                </td>
                <td className="num" data-figure="kappa">
                  {coefficientText(t.figures.kappa)}
                </td>
                <td className="num" data-figure="alpha">
                  {coefficientText(t.figures.alpha)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-overall="">
              <th scope="row">Overall (all tags pooled)</th>
              <td className="num">{report.overall.units.toLocaleString()}</td>
              <td className="num">{report.overall.pairable.toLocaleString()}</td>
              <td className="num" data-figure="percent">
                {percentText(report.overall.percent)}
              </td>
              <td className="num" data-figure="kappa">
                {coefficientText(report.overall.kappa)}
              </td>
              <td className="num" data-figure="alpha">
                {coefficientText(report.overall.alpha)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {lowest && lowestTag ? (
        <p className="agreement-note">
          Least reliable tag: <strong>{lowestTag.name}</strong> (α {lowest.value.toFixed(3)}). A pooled figure can hide
          one unreliable tag; data are as reliable as their least reliable tag.
        </p>
      ) : null}
      {reasons.length ? (
        <ul className="agreement-note agreement-reasons" aria-label="Why some figures are not defined">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The formulas in words, after the disagreements so the table and the work come first. */
export function AgreementFormulas() {
  return (
    <section className="agreement-section" aria-labelledby="agreement-formulas-title">
      <h2 id="agreement-formulas-title" className="agreement-heading">
        How the figures are computed
      </h2>
      <dl className="agreement-formulas">
        <div>
          <dt>Percent agreement</dt>
          <dd>The share of units on which two coders gave the same value (with more coders: over every pair).</dd>
        </div>
        <div>
          <dt>Cohen’s κ = (pₒ − pₑ) / (1 − pₑ)</dt>
          <dd>
            Agreement beyond chance for exactly two coders: pₒ observed agreement, pₑ the agreement expected from each
            coder’s own rates. 1 is perfect, 0 is chance. Units either coder is missing are left out.
          </dd>
        </div>
        <div>
          <dt>Krippendorff’s α = 1 − Dₒ / Dₑ</dt>
          <dd>
            Any number of coders, missing values allowed: observed disagreement Dₒ over the disagreement expected by
            chance Dₑ (nominal: coded / not coded). 1 is perfect, 0 is chance; ≥ 0.8 is the usual bar, ≥ 0.667 for
            tentative conclusions.
          </dd>
        </div>
        <div>
          <dt>Overall</dt>
          <dd>
            Every tag’s units in one table (pooled), not an average of the per-tag figures — an average of α is not an
            α.
          </dd>
        </div>
      </dl>
    </section>
  );
}
