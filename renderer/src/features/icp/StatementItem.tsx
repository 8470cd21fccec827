/** One profile statement: its text, citation chips, and Cite / Edit / Remove (Remove is undoable). */
import { useState } from 'react';
import type { IcpStatement } from '../../../../shared/domain/icpProfile';
import { Badge } from '../../ui/Badge';
import { count } from '../../ui/format';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';
import { CitationChip } from '../citations/CitationChip';
import { ClaimEditor } from '../citations/ClaimEditor';
import { countContradicting } from '../citations/stance';

function EditForm({ statement, onDone }: { statement: IcpStatement; onDone(): void }) {
  const call = useCall();
  return (
    <ClaimEditor
      statement={statement.statement}
      citations={statement.citations}
      look="cards"
      onSave={async (text) => Boolean(await call('icp.statements.update', { id: statement.id, statement: text }))}
      onUncite={(quoteId) => void call('icp.statements.uncite', { statementId: statement.id, quoteId })}
      onDone={onDone}
    />
  );
}

export function StatementItem({ statement, onCite }: { statement: IcpStatement; onCite(s: IcpStatement): void }) {
  const call = useCall();
  const { undo } = useHistory();
  const [editing, setEditing] = useState(false);
  const contradicting = countContradicting(statement.citations);
  const remove = async () => {
    if (await call('icp.statements.delete', { id: statement.id })) {
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
