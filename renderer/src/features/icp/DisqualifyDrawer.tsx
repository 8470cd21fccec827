/** Ticks the profile's disqualifying criteria a company meets; any tick makes it Disqualified whatever its score. */
import type { IcpStatement, MatrixRow } from '../../../../shared/domain/icpProfile';
import { useCall } from '../coding/useCall';
import { Drawer } from '../../ui/Drawer';

export function DisqualifyDrawer({ row, statements, onClose }: { row: MatrixRow | null; statements: IcpStatement[]; onClose(): void }) {
  const call = useCall();
  if (!row) return null;
  return (
    <Drawer title={`Disqualifiers · ${row.companyName}`} description="A ticked disqualifying criterion overrides the score." onClose={onClose}>
      {statements.length === 0 ? (
        <p className="muted">
          The profile has no disqualifying criteria yet. Add them under “Disqualifying criteria” on the <a href="#/icp">Profile tab</a>.
        </p>
      ) : (
        <fieldset className="check-list">
          <legend className="field-label">{row.companyName} meets…</legend>
          {statements.map((s) => (
            <label key={s.id} className="check">
              <input
                type="checkbox"
                checked={row.disqualifierIds.includes(s.id)}
                onChange={(e) => void call('icp.disqualify', { companyId: row.companyId, statementId: s.id, on: e.target.checked }, ['company'])}
              />
              <span className="check-label">{s.statement}</span>
            </label>
          ))}
        </fieldset>
      )}
    </Drawer>
  );
}
