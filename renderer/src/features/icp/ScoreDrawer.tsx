/**
 * One company × criterion cell: pick 1–5 against the criterion's ideal / good / poor definitions, add an
 * optional note, and cite the quotes behind the score (once it is saved). Every change is undoable.
 */
import { useId, useState } from 'react';
import type { Criterion } from '../../../../shared/domain/icp';
import type { ScoreDetail } from '../../../../shared/domain/icpProfile';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Drawer } from '../../ui/Drawer';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';
import { CiteQuoteDialog } from '../citations/CiteQuoteDialog';
import { CitedQuotes } from '../citations/CitedQuotes';

function options(c: Criterion): { score: number; label: string; definition: string }[] {
  return [
    { score: 5, label: '5 · Ideal', definition: c.ideal },
    { score: 4, label: '4', definition: 'Between ideal and good' },
    { score: 3, label: '3 · Good', definition: c.good },
    { score: 2, label: '2', definition: 'Between good and poor' },
    { score: 1, label: '1 · Poor', definition: c.poor },
  ];
}

function ScoreForm({ detail, criterion }: { detail: ScoreDetail; criterion: Criterion }) {
  const id = useId();
  const save = useMutation('icp.score');
  const { undo } = useHistory();
  const [score, setScore] = useState<number | null>(detail.score);
  const [note, setNote] = useState(detail.note);
  const changed = score !== detail.score || note !== detail.note;
  return (
    <form
      className="icp-score-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (score === null) return;
        const done = await save.run({ companyId: detail.companyId, criterionId: detail.criterionId, score, note });
        if (done)
          showToast({
            message: `${detail.companyName}: ${detail.criterionName} scored ${score}`,
            action: { label: 'Undo', run: () => void undo() },
          });
      }}
    >
      <fieldset className="icp-score-options">
        <legend className="field-label">Score</legend>
        {options(criterion).map((o) => (
          <label key={o.score} className={`icp-score-option${score === o.score ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={`${id}-score`}
              value={o.score}
              checked={score === o.score}
              onChange={() => setScore(o.score)}
            />
            <span className="icp-score-option-label">{o.label}</span>
            <span className="icp-score-option-def">{o.definition || 'Not defined'}</span>
          </label>
        ))}
      </fieldset>
      <label className="field-label" htmlFor={`${id}-note`}>
        Note (optional)
      </label>
      <textarea
        id={`${id}-note`}
        className="input textarea"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="Why this score"
      />
      {save.error ? (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      ) : null}
      <div className="attribute-actions">
        <button type="submit" className="btn btn-primary" disabled={score === null || !changed || save.pending}>
          {detail.score === null ? 'Save score' : 'Save changes'}
        </button>
        {detail.score !== null ? (
          <button
            type="button"
            className="btn btn-quiet"
            onClick={async () => {
              const done = await save.run({
                companyId: detail.companyId,
                criterionId: detail.criterionId,
                score: null,
              });
              if (done) {
                setScore(null);
                setNote('');
                showToast({
                  message: `Cleared ${detail.criterionName} for ${detail.companyName}`,
                  action: { label: 'Undo', run: () => void undo() },
                });
              }
            }}
          >
            Clear score
          </button>
        ) : null}
      </div>
    </form>
  );
}

function Evidence({ detail }: { detail: ScoreDetail }) {
  const call = useCall();
  const cite = useMutation('icp.scores.cite');
  const [citing, setCiting] = useState(false);
  const cell = { companyId: detail.companyId, criterionId: detail.criterionId };
  return (
    <section className="icp-evidence" aria-labelledby="icp-evidence-title">
      <h3 id="icp-evidence-title">Evidence</h3>
      {detail.citations.length === 0 ? (
        <p className="muted">
          {detail.score === null ? 'Save a score first; then cite the quotes behind it.' : 'No quotes cited yet.'}
        </p>
      ) : (
        <CitedQuotes
          citations={detail.citations}
          onRemove={(quoteId) => void call('icp.scores.uncite', { ...cell, quoteId })}
        />
      )}
      <button type="button" className="btn" disabled={detail.score === null} onClick={() => setCiting(true)}>
        Cite a quote
      </button>
      {citing ? (
        <CiteQuoteDialog
          claim={`${detail.companyName} scores ${detail.score ?? '–'} on ${detail.criterionName}`}
          cited={new Set(detail.citations.map((c) => c.quoteId))}
          pending={cite.pending}
          error={cite.error?.message ?? null}
          onCite={async (quoteId, polarity) => Boolean(await cite.run({ ...cell, quoteId, polarity }))}
          onClose={() => setCiting(false)}
        />
      ) : null}
    </section>
  );
}

export function ScoreDrawer({
  companyId,
  criterion,
  onClose,
}: {
  companyId: number;
  criterion: Criterion | null;
  onClose(): void;
}) {
  const q = useQuery('icp.scores.get', { companyId, criterionId: criterion?.id ?? 0 });
  const d = q.data;
  return (
    <Drawer
      title={d ? `${d.companyName} · ${d.criterionName}` : 'Score'}
      description={criterion ? `Weight ${criterion.weight}% of the total score.` : undefined}
      onClose={onClose}
    >
      {q.error && !d ? <ErrorNotice title="This score could not be opened" message={q.error.message} /> : null}
      {d && criterion ? (
        <div className="icp-drawer">
          <ScoreForm key={`${d.scoreId ?? 'none'}-${d.score ?? ''}-${d.note}`} detail={d} criterion={criterion} />
          <Evidence detail={d} />
        </div>
      ) : null}
    </Drawer>
  );
}
