/** One persona attribute: its statement, detail, confidence, citation chips, and what can be done with it. */
import { useState } from 'react';
import type { Attribute, AttributeSection } from '../../../../shared/domain/persona';
import { Badge } from '../../ui/Badge';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';
import { ClaimEditor } from '../citations/ClaimEditor';
import { CitationChip } from '../citations/CitationChip';
import { confidenceText, DETAIL_LABELS, SECTION_DETAIL } from './labels';

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
  const call = useCall();
  const extra = SECTION_DETAIL[attribute.section as AttributeSection];
  const proposed = attribute.status === 'proposed';
  return (
    <ClaimEditor
      statement={attribute.statement}
      detail={extra ? { label: extra.label, value: attribute.detail[extra.key] ?? '' } : undefined}
      citations={attribute.citations}
      look="list"
      saveLabel={proposed ? 'Save and accept' : 'Save'}
      onSave={async (statement, detailValue) => {
        const detail = extra ? { ...attribute.detail, [extra.key]: detailValue } : attribute.detail;
        const done = await call('attributes.update', {
          id: attribute.id,
          patch: { statement, detail, ...(proposed ? { status: 'accepted' as const } : {}) },
        });
        return Boolean(done);
      }}
      onUncite={(quoteId) => void call('citations.remove', { attributeId: attribute.id, quoteId })}
      onDone={onDone}
    />
  );
}

export function AttributeItem({ attribute, actions }: { attribute: Attribute; actions: AttributeActions }) {
  const call = useCall();
  const { undo } = useHistory();
  const [editing, setEditing] = useState(false);
  const conf = confidenceText(attribute.confidence);
  const proposed = attribute.status === 'proposed';
  const setStatus = async (status: 'accepted' | 'rejected') => {
    const done = await call('attributes.update', { id: attribute.id, patch: { status } });
    if (done && status === 'rejected')
      showToast({ message: `Rejected “${attribute.statement}”`, action: { label: 'Undo', run: () => void undo() } });
  };
  const remove = async () => {
    const done = await call('attributes.delete', { id: attribute.id });
    if (done)
      showToast({ message: `Removed “${attribute.statement}”`, action: { label: 'Undo', run: () => void undo() } });
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
                <Badge tone={conf.tone}>
                  {attribute.confidence.level === 'assumption' ? `⚠ ${conf.label}` : conf.label}
                </Badge>
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
