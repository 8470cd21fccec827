/** The loss report of a REFI-QDA import or export: carried over, not carried over (with why), adjustments; savable as a file. */
import type { LossReport } from '../../../../shared/domain/refi';
import { downloadTextFile } from '../../ui/download';
import '../../styles/refi.css';

export function LossReportView({ report, reportText }: { report: LossReport; reportText: string }) {
  const base = report.fileName.replace(/\.[^.]+$/, '');
  return (
    <section className="refi-report" aria-label="Loss report">
      <h3 className="section-heading">Carried over</h3>
      {report.carried.length === 0 ? (
        <p>Nothing.</p>
      ) : (
        <ul className="refi-carried">
          {report.carried.map((l) => (
            <li key={l.kind}>
              <strong>{l.count.toLocaleString()}</strong> {l.kind}
            </li>
          ))}
        </ul>
      )}
      <h3 className="section-heading">Not carried over</h3>
      {report.notCarried.length === 0 ? (
        <p>Everything was carried over.</p>
      ) : (
        <ul className="refi-lost">
          {report.notCarried.map((l) => (
            <li key={`${l.kind}-${l.reason}`}>
              <strong>{l.count.toLocaleString()}</strong> {l.kind}: {l.reason}
              {l.examples.length ? (
                <span className="refi-examples"> (for example {l.examples.map((e) => `“${e}”`).join(', ')})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {report.adjustments.length ? (
        <>
          <h3 className="section-heading">Adjusted, or matched to what this project has</h3>
          <ul className="refi-adjusted">
            {report.adjustments.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
      {reportText ? (
        <button
          type="button"
          className="btn"
          onClick={() => downloadTextFile(`${base} – ${report.direction} report.txt`, reportText)}
        >
          Save report…
        </button>
      ) : null}
    </section>
  );
}
