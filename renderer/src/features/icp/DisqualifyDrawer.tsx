/** Ticks the profile's disqualifying criteria a company meets; any tick makes it Disqualified whatever its score. */
import { useState } from 'react';
import type { IcpStatement, MatrixRow } from '../../../../shared/domain/icpProfile';
import { useCall } from '../../api/useCall';
import { Drawer } from '../../ui/Drawer';

export function DisqualifyDrawer({
  row,
  statements,
  onClose,
}: {
  row: MatrixRow | null;
  statements: IcpStatement[];
  onClose(): void;
}) {
  const call = useCall();
  // Ticks show at once; a refused change puts the box back.
  const [ticked, setTicked] = useState<ReadonlySet<number>>(() => new Set(row?.disqualifierIds ?? []));
  if (!row) return null;
  const toggle = async (statementId: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(statementId);
    else next.delete(statementId);
    setTicked(next);
    if (!(await call('icp.disqualify', { companyId: row.companyId, statementId, on }))) setTicked(ticked);
  };
  return (
    <Drawer
      title={`Disqualifiers · ${row.companyName}`}
      description="A ticked disqualifying criterion overrides the score."
      onClose={onClose}
    >
      {statements.length === 0 ? (
        <p className="muted">
          The profile has no disqualifying criteria yet. Add them under “Disqualifying criteria” on the{' '}
          <a href="#/icp">Profile tab</a>.
        </p>
      ) : (
        <fieldset className="check-list">
          <legend className="field-label">{row.companyName} meets…</legend>
          {statements.map((s) => (
            <label key={s.id} className="check">
              <input type="checkbox" checked={ticked.has(s.id)} onChange={(e) => void toggle(s.id, e.target.checked)} />
              <span className="check-label">{s.statement}</span>
            </label>
          ))}
        </fieldset>
      )}
    </Drawer>
  );
}
