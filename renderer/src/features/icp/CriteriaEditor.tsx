/**
 * The criteria of the scoring matrix: weights edited in place as a draft (the total and the core's
 * "must total 100%" rule shown live), saved together; names and ideal/good/poor definitions in a dialog.
 */
import { useState } from 'react';
import type { Criterion } from '../../../../shared/domain/icp';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { count } from '../../ui/format';
import { showToast } from '../../ui/Toast';
import { CriterionForm } from './CriterionForm';

/** Criterion id → weight in percent: the saved weights and the draft being edited. */
export type Weights = Record<number, number>;

interface Props {
  criteria: Criterion[];
  saved: Weights;
  problem: string | null;
  dirty: boolean;
  scoredCounts: Record<number, number>;
  onWeight(id: number, weight: number): void;
  onReset(): void;
}

function DeleteCriterion({ criterion, scored, onClose }: { criterion: Criterion; scored: number; onClose(): void }) {
  const del = useMutation('icp.criteria.delete');
  return (
    <Dialog title={`Delete “${criterion.name}”?`} size="small" onClose={onClose}>
      <div className="dialog-body">
        <p>
          {scored
            ? `${count(scored, 'company score')} on this criterion, and the quotes they cite, go with it. This cannot be undone.`
            : 'No company is scored on it yet. This cannot be undone.'}{' '}
          Afterwards, rebalance the weights so they total 100%.
        </p>
        {del.error ? (
          <p className="field-error" role="alert">
            {del.error.message}
          </p>
        ) : null}
      </div>
      <footer className="dialog-footer">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={del.pending}
          onClick={async () => {
            if (await del.run({ id: criterion.id })) {
              showToast({ message: `Deleted “${criterion.name}”` });
              onClose();
            }
          }}
        >
          Delete criterion
        </button>
      </footer>
    </Dialog>
  );
}

export function CriteriaEditor({ criteria, saved, problem, dirty, scoredCounts, onWeight, onReset }: Props) {
  const save = useMutation('icp.criteria.setWeights');
  const [editing, setEditing] = useState<Criterion | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Criterion | null>(null);
  const total = criteria.reduce((n, c) => n + c.weight, 0);

  return (
    <section className="icp-block" aria-labelledby="icp-criteria-title">
      <header className="icp-block-head">
        <h2 id="icp-criteria-title">Criteria and weights</h2>
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          + Add criterion
        </button>
      </header>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await save.run({ weights: criteria.map((c) => ({ id: c.id, weight: c.weight })) });
          if (done) showToast({ message: 'Weights saved' });
        }}
      >
        <div className="table-scroll">
          <table className="entity-table icp-criteria">
            <caption className="visually-hidden">
              Scoring criteria with their weights and what ideal, good and poor mean
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col" className="numeric">
                  Weight
                </th>
                <th scope="col">Ideal (5)</th>
                <th scope="col">Good (3)</th>
                <th scope="col">Poor (1)</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.id} className={saved[c.id] !== c.weight ? 'is-changed' : undefined}>
                  <th scope="row">{c.name}</th>
                  <td className="numeric">
                    <span className="icp-weight">
                      <input
                        type="number"
                        className="input icp-weight-input"
                        aria-label={`${c.name} weight (%)`}
                        min={0}
                        max={100}
                        step={5}
                        value={c.weight}
                        onChange={(e) => {
                          save.reset();
                          onWeight(c.id, Math.max(0, Math.min(100, Math.round(Number(e.target.value) || 0))));
                        }}
                      />
                      <span aria-hidden="true">%</span>
                    </span>
                  </td>
                  <td className="icp-definition">{c.ideal || <span className="muted">Not defined</span>}</td>
                  <td className="icp-definition">{c.good || <span className="muted">Not defined</span>}</td>
                  <td className="icp-definition">{c.poor || <span className="muted">Not defined</span>}</td>
                  <td className="icp-row-actions">
                    <button
                      type="button"
                      className="btn btn-quiet"
                      aria-label={`Edit ${c.name}`}
                      onClick={() => setEditing(c)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="btn btn-quiet"
                      aria-label={`Delete ${c.name}`}
                      onClick={() => setDeleting(c)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className={`numeric icp-total${problem ? ' is-wrong' : ''}`}>{total}%</td>
                <td colSpan={4}>
                  <p className={`icp-weights-status${problem ? ' is-wrong' : ''}`} role="status">
                    {problem
                      ? `⚠ ${problem}`
                      : dirty
                        ? 'Totals 100%. Save to keep these weights; the table below already shows their effect.'
                        : 'Totals 100%.'}
                  </p>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        {save.error ? (
          <div className="notice notice-error icp-save-error" role="alert">
            <p className="notice-title">The weights were not saved</p>
            <p className="notice-message">{save.error.message}</p>
          </div>
        ) : null}
        <div className="icp-weights-actions">
          <button type="submit" className="btn btn-primary" disabled={!dirty || save.pending}>
            {save.pending ? 'Saving…' : 'Save weights'}
          </button>
          <button
            type="button"
            className="btn btn-quiet"
            disabled={!dirty}
            onClick={() => {
              save.reset();
              onReset();
            }}
          >
            Reset
          </button>
        </div>
      </form>
      {editing ? (
        <CriterionForm criterion={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {deleting ? (
        <DeleteCriterion
          criterion={deleting}
          scored={scoredCounts[deleting.id] ?? 0}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
