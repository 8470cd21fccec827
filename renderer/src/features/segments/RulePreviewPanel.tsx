/**
 * Who the rule matches, live: each match with where they are now, what applying would move, and the
 * current members the rule leaves out (kept unless the researcher ticks "remove them").
 */
import { useEffect, useState } from 'react';
import type { SegmentRule } from '../../../../shared/domain/segmentRule';
import { useQuery } from '../../api/hooks';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { behaviorText } from './labels';
import { useNames } from '../names/useNames';

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const NOBODY: SegmentRule = { all: [] };

export function RulePreviewPanel({
  segmentId,
  segmentName,
  rule,
  hasProblems,
  applying,
  onApply,
}: {
  segmentId: number;
  segmentName: string;
  rule: SegmentRule | null;
  hasProblems: boolean;
  applying: boolean;
  onApply(removeNonMatching: boolean): void;
}) {
  // Compared as text: the builder hands over a new object on every render.
  const settled = useDebounced(JSON.stringify(rule ?? NOBODY), 250);
  const preview = useQuery('segments.preview', { rule: JSON.parse(settled) as SegmentRule, segmentId });
  const names = useNames();
  const [removeOthers, setRemoveOthers] = useState(false);
  const p = preview.data;
  const empty = (rule?.all.length ?? 0) === 0;
  const toChange = p ? p.matches.length - p.alreadyIn + (removeOthers ? p.nonMatching.length : 0) : 0;

  let body;
  if (hasProblems) body = <p className="muted">Fix the conditions to see who matches.</p>;
  else if (empty) body = <p className="muted">Add a condition to see who matches.</p>;
  else if (preview.error && !p)
    body = (
      <ErrorNotice
        title="The preview could not be loaded"
        message={preview.error.message}
        onRetry={() => void preview.refetch()}
      />
    );
  else if (p)
    body = (
      <>
        <p className="preview-count" aria-live="polite">
          <strong>{count(p.matches.length, 'participant')}</strong> {p.matches.length === 1 ? 'matches' : 'match'}
          {p.alreadyIn ? ` · ${p.alreadyIn} already in ${segmentName}` : ''}
        </p>
        {p.matches.length ? (
          <ul className="preview-list" aria-label="Matching participants">
            {p.matches.map((m) => (
              <li key={m.participantId}>
                <span className="preview-name">{names.label(m.participantId, m.pseudonym)}</span>
                <span className="muted">
                  {[m.role, m.companyName, behaviorText(m.behavior)].filter(Boolean).join(' · ')}
                </span>
                {m.currentSegmentId !== null && m.currentSegmentId !== segmentId ? (
                  <span className="preview-move">now in {m.currentSegmentName}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            Nobody matches yet. Check the participants' and companies' details, or loosen a condition.
          </p>
        )}
        {p.movesFrom.length ? (
          <p className="preview-explain" role="note">
            A participant is in one segment at a time. Applying moves{' '}
            {p.movesFrom.map((m, i) => (
              <span key={m.segmentId}>
                {i > 0 ? (i === p.movesFrom.length - 1 ? ' and ' : ', ') : ''}
                {count(m.count, 'participant')} out of <strong>{m.name}</strong>
              </span>
            ))}
            .
          </p>
        ) : null}
        {p.nonMatching.length ? (
          <label className="check preview-remove">
            <input type="checkbox" checked={removeOthers} onChange={(e) => setRemoveOthers(e.target.checked)} />
            <span className="check-label">
              Also remove {count(p.nonMatching.length, 'current member')} the rule does not match (
              {p.nonMatching.map((x) => names.label(x.participantId, x.pseudonym)).join(', ')})
            </span>
          </label>
        ) : null}
      </>
    );
  else body = <p className="muted">Finding who matches…</p>;

  return (
    <section className="synthesis-panel segment-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="panel-title">
        Who matches
      </h2>
      {body}
      <div className="segment-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={applying || hasProblems || empty || !p || toChange === 0}
          onClick={() => onApply(removeOthers)}
        >
          {applying
            ? 'Applying…'
            : p && !empty && !hasProblems && toChange > 0
              ? `Apply rule (${count(toChange, 'change')})`
              : 'Apply rule'}
        </button>
        {p && !empty && !hasProblems && toChange === 0 ? (
          <span className="muted">Everyone who matches is already in.</span>
        ) : null}
      </div>
    </section>
  );
}
