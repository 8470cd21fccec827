/** One persona attribute: its statement, detail, confidence, citation chips, and what can be done with it. */
import { useId, useState } from 'react';
import type { Attribute, AttributeSection } from '../../../../shared/domain/persona';
import { Badge } from '../../ui/Badge';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../coding/useCall';
import { CitationChip } from './CitationChip';
import { confidenceText, DETAIL_LABELS, SECTION_DETAIL } from './labels';
import { useNames, useWho } from '../names/useNames';

export interface AttributeActions {
  cite(attribute: Attribute): void;
}

function Details({ detail }: { detail: Record<string, string> }) {
  const entries = Object.entries(detail).filter(([, v]) => v.trim());
  if (entries.length === 0) return null;
  return (
    <dl className="attribute-detail">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{DETAIL_LABELS[k] ?? k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function EditForm({ attribute, onDone }: { attribute: Attribute; onDone(): void }) {
  const names = useNames();
  const who = useWho();
  const id = useId();
  const call = useCall();
  const extra = SECTION_DETAIL[attribute.section as AttributeSection];
  const [statement, setStatement] = useState(attribute.statement);
  const [detailValue, setDetailValue] = useState(extra ? (attribute.detail[extra.key] ?? '') : '');
  const proposed = attribute.status === 'proposed';
  return (
    <form
      className="attribute-edit"
      onSubmit={async (event) => {
        event.preventDefault();
        const detail = extra ? { ...attribute.detail, [extra.key]: detailValue } : attribute.detail;
        const done = await call('attributes.update', { id: attribute.id, patch: { statement, detail, ...(proposed ? { status: 'accepted' as const } : {}) } }, ['persona']);
        if (done) onDone();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <label className="field-label" htmlFor={`${id}-statement`}>
        Statement
      </label>
      <textarea id={`${id}-statement`} className="input textarea" rows={2} value={statement} onChange={(e) => setStatement(e.target.value)} autoFocus />
      {extra ? (
        <>
          <label className="field-label" htmlFor={`${id}-detail`}>
            {extra.label}
          </label>
          <input id={`${id}-detail`} className="input" value={detailValue} onChange={(e) => setDetailValue(e.target.value)} />
        </>
      ) : null}
      {attribute.citations.length ? (
        <ul className="citation-edit-list" aria-label="Cited quotes">
          {attribute.citations.map((c, i) => (
            <li key={c.id}>
              <span>
                [{i + 1}] {c.polarity === 'contradicts' ? 'Contradicts: ' : ''}“{names.text(c.exactText)}” <span className="muted">— {who(c)}</span>
              </span>
              <button
                type="button"
                className="btn btn-quiet"
                aria-label={`Remove citation ${i + 1}`}
                onClick={() => void call('citations.remove', { attributeId: attribute.id, quoteId: c.quoteId }, ['persona'])}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="attribute-actions">
        <button type="submit" className="btn btn-primary">
          {proposed ? 'Save and accept' : 'Save'}
        </button>
        <button type="button" className="btn btn-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function AttributeItem({ attribute, actions }: { attribute: Attribute; actions: AttributeActions }) {
  const call = useCall();
  const { undo } = useHistory();
  const [editing, setEditing] = useState(false);
  const conf = confidenceText(attribute.confidence);
  const proposed = attribute.status === 'proposed';
  const setStatus = async (status: 'accepted' | 'rejected') => {
    const done = await call('attributes.update', { id: attribute.id, patch: { status } }, ['persona']);
    if (done && status === 'rejected') showToast({ message: `Rejected “${attribute.statement}”`, action: { label: 'Undo', run: () => void undo() } });
  };
  const remove = async () => {
    const done = await call('attributes.delete', { id: attribute.id }, ['persona']);
    if (done) showToast({ message: `Removed “${attribute.statement}”`, action: { label: 'Undo', run: () => void undo() } });
  };

  return (
    <li className={`attribute${proposed ? ' is-proposed' : ''}`} aria-label={attribute.statement}>
      {editing ? (
        <EditForm attribute={attribute} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="attribute-main">
            <p className="attribute-statement">
              {proposed ? <span className="attribute-proposed">Proposed</span> : null}
              {attribute.statement}
              <span className="citation-list" aria-label="Citations">
                {attribute.citations.map((c, i) => (
                  <CitationChip key={c.id} citation={c} n={i + 1} />
                ))}
              </span>
            </p>
            <Details detail={attribute.detail} />
            <p className="attribute-confidence">
              <span className="confidence-badge" data-level={attribute.confidence.level}>
                <Badge tone={conf.tone}>{attribute.confidence.level === 'assumption' ? `⚠ ${conf.label}` : conf.label}</Badge>
              </span>
              <span className="muted">{attribute.confidence.explanation}</span>
            </p>
          </div>
          <div className="attribute-actions" role="group" aria-label={`Actions for ${attribute.statement}`}>
            {proposed ? (
              <>
                <button type="button" className="btn btn-primary" onClick={() => void setStatus('accepted')}>
                  Accept
                </button>
                <button type="button" className="btn" onClick={() => setEditing(true)}>
                  Edit
                </button>
                <button type="button" className="btn btn-quiet" onClick={() => void setStatus('rejected')}>
                  Reject
                </button>
              </>
            ) : (
              <>
                <button type="button" className="btn" onClick={() => actions.cite(attribute)}>
                  Cite
                </button>
                <button type="button" className="btn btn-quiet" onClick={() => setEditing(true)}>
                  Edit
                </button>
                <button type="button" className="btn btn-quiet" onClick={() => void remove()}>
                  Remove
                </button>
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}
