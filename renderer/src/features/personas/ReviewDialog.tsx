/**
 * The quarterly review: what changed since the persona was last reviewed (new interviews, members who
 * joined or left, new evidence per attribute, moved confidence, new contradicting quotes), and
 * "Mark reviewed" with a short note. Opened from the inspector and from the stale-persona warning.
 */
import { useId, useState } from 'react';
import { SECTION_LABELS, type Persona } from '../../../../shared/domain/persona';
import type { AttributeChange, ReviewDiff } from '../../../../shared/domain/personaReview';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { workspaceHref } from '../../routes';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { count, formatDate } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import '../../styles/review.css';

const LEVEL = { assumption: 'Assumption', low: 'Low', medium: 'Medium', high: 'High' } as const;

export function ReviewDialog({ persona, onClose }: { persona: Persona; onClose(): void }) {
  const formId = useId();
  const diff = useQuery('personas.reviewDiff', { id: persona.id });
  const mark = useMutation('personas.markReviewed');
  const [note, setNote] = useState('');
  const d = diff.data;
  return (
    <Dialog
      title={`Review ${persona.name}`}
      description={
        d?.last
          ? `What changed since the last review on ${formatDate(d.last.reviewedAt)}.`
          : 'Never reviewed: everything below is new since the persona was made.'
      }
      onClose={onClose}
      size="wide"
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (await mark.run({ id: persona.id, note })) onClose();
        }}
      >
        <div className="dialog-body review-body">
          {diff.error ? (
            <ErrorNotice
              title="What changed could not be loaded"
              message={diff.error.message}
              onRetry={() => void diff.refetch()}
            />
          ) : null}
          {d === undefined && !diff.error ? <p className="loading muted">Loading…</p> : null}
          {d ? <Changes diff={d} /> : null}
          <TextArea
            formId={formId}
            name="note"
            label="Review note"
            value={note}
            onChange={setNote}
            rows={2}
            error={mark.error?.fields.note}
          />
          {mark.error && !mark.error.fields.note ? <p className="field-error">{mark.error.message}</p> : null}
          {d && d.history.length > 0 ? (
            <details className="review-history">
              <summary>Earlier reviews ({d.history.length})</summary>
              <ul>
                {d.history.map((r) => (
                  <li key={r.id}>
                    {formatDate(r.reviewedAt)}
                    {r.note ? ` — ${r.note}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
        <FormActions submitLabel="Mark reviewed" pending={mark.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function Changes({ diff }: { diff: ReviewDiff }) {
  const nothing =
    diff.newInterviews.length +
      diff.joined.length +
      diff.left.length +
      diff.attributes.length +
      diff.removedAttributes ===
    0;
  if (nothing) return <p className="muted">Nothing changed since the last review.</p>;
  return (
    <div className="review-changes">
      <section aria-labelledby="review-interviews">
        <h3 id="review-interviews" className="review-heading">
          {count(diff.newInterviews.length, 'new interview')} with its members
        </h3>
        {diff.newInterviews.length ? (
          <ul className="review-list">
            {diff.newInterviews.map((i) => (
              <li key={i.id}>
                <a href={workspaceHref(i.id)}>{i.title}</a> <span className="muted">{formatDate(i.date)}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="review-members">
        <h3 id="review-members" className="review-heading">
          Members: {diff.joined.length} joined, {diff.left.length} left
        </h3>
        {diff.joined.length ? <p>Joined: {diff.joined.map((m) => m.pseudonym).join(', ')}</p> : null}
        {diff.left.length ? <p>Left: {diff.left.map((m) => m.pseudonym).join(', ')}</p> : null}
      </section>
      <section aria-labelledby="review-attributes">
        <h3 id="review-attributes" className="review-heading">
          {count(diff.attributes.length, 'attribute')} with new evidence or a new confidence
          {diff.removedAttributes ? ` · ${count(diff.removedAttributes, 'attribute')} removed` : ''}
        </h3>
        {diff.attributes.length ? (
          <ul className="review-list">
            {diff.attributes.map((a) => (
              <AttributeRow key={a.attributeId} change={a} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function AttributeRow({ change: a }: { change: AttributeChange }) {
  const moved = a.levelBefore !== a.levelNow;
  return (
    <li className="review-attribute">
      <p className="review-statement">
        <span className="muted">{SECTION_LABELS[a.section as keyof typeof SECTION_LABELS] ?? a.section}: </span>
        {a.statement}
      </p>
      <p className="review-meta">
        {a.levelBefore === null
          ? `New since the review · confidence ${LEVEL[a.levelNow]}`
          : moved
            ? `Confidence ${LEVEL[a.levelBefore]} → ${LEVEL[a.levelNow]}`
            : `Confidence ${LEVEL[a.levelNow]}`}
        {a.newSupporting.length ? ` · ${a.newSupporting.length} new supporting` : ''}
        {a.newContradicting.length ? ` · ${a.newContradicting.length} new contradicting` : ''}
      </p>
      {a.newContradicting.length ? (
        <ul className="review-quotes" aria-label="New contradicting quotes">
          {a.newContradicting.map((c) => (
            <li key={c.id}>
              <blockquote>“{c.exactText}”</blockquote>
              <span className="muted">
                {c.participantPseudonym ?? 'Unknown speaker'}, {c.interviewTitle}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
