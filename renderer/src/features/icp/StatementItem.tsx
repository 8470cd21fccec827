/** One profile statement: its text, citation chips, and Cite / Edit / Remove (Remove is undoable). */
import { useId, useState } from 'react';
import type { IcpStatement } from '../../../../shared/domain/icpProfile';
import { Badge } from '../../ui/Badge';
import { count } from '../../ui/format';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../coding/useCall';
import { CitationChip } from '../personas/CitationChip';
import { CitedQuotes } from './CitedQuotes';

const TOUCHES = ['company', 'history'] as const;

function EditForm({ statement, onDone }: { statement: IcpStatement; onDone(): void }) {
  const id = useId();
  const call = useCall();
  const [text, setText] = useState(statement.statement);
  return (
    <form
      className="attribute-edit"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await call('icp.statements.update', { id: statement.id, statement: text }, TOUCHES)) onDone();
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
      <textarea id={`${id}-statement`} className="input textarea" rows={2} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <CitedQuotes
        citations={statement.citations}
        onRemove={(quoteId) => void call('icp.statements.uncite', { statementId: statement.id, quoteId }, TOUCHES)}
      />
      <div className="attribute-actions">
        <button type="submit" className="btn btn-primary">
          Save
        </button>
        <button type="button" className="btn btn-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function StatementItem({ statement, onCite }: { statement: IcpStatement; onCite(s: IcpStatement): void }) {
  const call = useCall();
  const { undo } = useHistory();
  const [editing, setEditing] = useState(false);
  const contradicting = statement.citations.filter((c) => c.polarity === 'contradicts').length;
  const remove = async () => {
    if (await call('icp.statements.delete', { id: statement.id }, TOUCHES)) {
      showToast({ message: `Removed “${statement.statement}”`, action: { label: 'Undo', run: () => void undo() } });
    }
  };
  return (
    <li className="attribute" aria-label={statement.statement}>
      {editing ? (
        <EditForm statement={statement} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="attribute-main">
            <p className="attribute-statement">
              {statement.statement}
              {statement.citations.length ? (
                <span className="citation-list" role="group" aria-label="Citations">
                  {statement.citations.map((c, i) => (
                    <CitationChip key={c.id} citation={c} n={i + 1} />
                  ))}
                </span>
              ) : null}
            </p>
            <p className="attribute-confidence">
              {statement.citationCount === 0 ? (
                <Badge tone="caution">⚠ Assumption</Badge>
              ) : (
                <span className="muted">
                  {count(statement.citationCount - contradicting, 'supporting quote')}
                  {contradicting ? ` · ${count(contradicting, 'contradicting quote')}` : ''}
                </span>
              )}
            </p>
          </div>
          <div className="attribute-actions" role="group" aria-label={`Actions for ${statement.statement}`}>
            <button type="button" className="btn" onClick={() => onCite(statement)}>
              Cite
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => void remove()}>
              Remove
            </button>
          </div>
        </>
      )}
    </li>
  );
}
