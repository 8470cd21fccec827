/**
 * The preview of a CRM import: counts, each match or possible match with its choice (Merge / Add as new /
 * Skip) and the fields a merge would change, folded repeats, invalid rows with their reasons, companies.
 */
import { count } from '../../ui/format';
import type { CrmDecision, CrmFieldChange, CrmPreview, CrmRowPlan } from '../../../../shared/domain/crm';

export type Choices = Record<number, CrmDecision['action']>;

const CHOICE_LABELS: Record<CrmDecision['action'], string> = {
  merge: 'Merge',
  create: 'Add as new',
  skip: 'Skip',
};

function Changes({ changes }: { changes: CrmFieldChange[] }) {
  if (!changes.length) return <p className="muted">Nothing to change: the record already has these values.</p>;
  return (
    <ul className="crm-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.label}</strong>:{' '}
          {c.kind === 'fill' ? (
            <>filled with “{c.after}”</>
          ) : c.kind === 'replace' ? (
            <>
              “{c.before}” replaced by “{c.after}”
            </>
          ) : (
            <>
              keeps “{c.before}” (the file says “{c.after}”)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function MatchRow({
  row,
  choice,
  onChoose,
}: {
  row: CrmRowPlan;
  choice: CrmDecision['action'] | undefined;
  onChoose(a: CrmDecision['action']): void;
}) {
  const what = row.status === 'match' ? 'same e-mail as' : 'same name as';
  const legend = `Row ${row.row}: ${row.name || row.email} — ${what} ${row.participant?.label ?? ''}`;
  return (
    <li className={`crm-match${row.status === 'possible' && !choice ? ' crm-undecided' : ''}`}>
      <fieldset className="import-target">
        <legend>{legend}</legend>
        <div className="radio-row">
          {(['merge', 'create', 'skip'] as const).map((a) => (
            <label key={a} className="radio">
              <input
                type="radio"
                name={`crm-row-${row.row}`}
                value={a}
                checked={choice === a}
                onChange={() => onChoose(a)}
              />
              {CHOICE_LABELS[a]}
            </label>
          ))}
        </div>
        {choice !== 'create' && choice !== 'skip' ? <Changes changes={row.changes} /> : null}
      </fieldset>
    </li>
  );
}

export function CrmPreviewView({
  preview,
  choices,
  onChoose,
}: {
  preview: CrmPreview;
  choices: Choices;
  onChoose(row: number, action: CrmDecision['action']): void;
}) {
  const c = preview.counts;
  const matches = preview.rows.filter((r) => r.status === 'match' || r.status === 'possible');
  const invalid = preview.rows.filter((r) => r.status === 'invalid');
  const repeats = preview.rows.filter((r) => r.status === 'repeat');
  const warnings = preview.rows.flatMap((r) => r.warnings);
  const changedCompanies = preview.companies.filter((co) => co.status === 'match' && co.changes.length > 0);
  return (
    <div className="crm-preview">
      <ul className="crm-list" aria-label="Summary">
        <li>{count(c.create, 'new participant')}</li>
        <li>{count(c.match, 'participant')} matched by e-mail</li>
        <li>{count(c.possible, 'possible match', 'possible matches')} by name (choose for each)</li>
        <li>{count(c.repeat, 'repeated row')} folded into an earlier row</li>
        <li>{count(c.invalid, 'row')} that cannot be imported</li>
        <li>
          {count(c.newCompanies, 'new company', 'new companies')}, {c.matchedCompanies} already in the project
        </li>
      </ul>
      {matches.length ? (
        <section aria-labelledby="crm-matches-heading">
          <h3 id="crm-matches-heading" className="section-heading">
            Already in the project
          </h3>
          <ul className="crm-list">
            {matches.map((r) => (
              <MatchRow key={r.row} row={r} choice={choices[r.row]} onChoose={(a) => onChoose(r.row, a)} />
            ))}
          </ul>
        </section>
      ) : null}
      {invalid.length ? (
        <section aria-labelledby="crm-invalid-heading">
          <h3 id="crm-invalid-heading" className="section-heading">
            Not imported
          </h3>
          <ul className="crm-list">
            {invalid.map((r) => (
              <li key={r.row}>{r.reason}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {repeats.length ? (
        <section aria-labelledby="crm-repeats-heading">
          <h3 id="crm-repeats-heading" className="section-heading">
            Repeated in the file
          </h3>
          <ul className="crm-list">
            {repeats.map((r) => (
              <li key={r.row}>
                Row {r.row} ({r.email}) is folded into row {r.repeatOf}: it fills what that row left blank.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {changedCompanies.length ? (
        <section aria-labelledby="crm-companies-heading">
          <h3 id="crm-companies-heading" className="section-heading">
            Companies already in the project
          </h3>
          <ul className="crm-list">
            {changedCompanies.map((co) => (
              <li key={co.name}>
                {co.name}
                <Changes changes={co.changes} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {warnings.length ? (
        <section aria-labelledby="crm-warnings-heading">
          <h3 id="crm-warnings-heading" className="section-heading">
            Warnings
          </h3>
          <ul className="crm-list">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
