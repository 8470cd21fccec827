/** The persona's inspector: the framework's validation checklist (computed and manual) and anti-pattern warnings. */
import { useState } from 'react';
import type { CheckResult, Persona } from '../../../../shared/domain/persona';
import { formatDate } from '../../ui/format';
import { Inspector } from '../../ui/Inspector';
import { useCall } from '../../api/useCall';
import { ConfidenceSettings, DeletePersona } from './PersonaSettings';
import { ReviewDialog } from './ReviewDialog';

function Computed({ check }: { check: CheckResult }) {
  return (
    <li
      className={`check-item ${check.passed ? 'is-passed' : 'is-failed'}`}
      aria-label={`${check.label}: ${check.passed ? 'passes' : 'not yet'}`}
    >
      <span className="check-mark" aria-hidden="true">
        {check.passed ? '✓' : '✗'}
      </span>
      <span>
        <span className="check-item-label">{check.label}</span>
        <span className="check-item-detail">{check.detail}</span>
      </span>
    </li>
  );
}

function Manual({ check, personaId }: { check: CheckResult; personaId: number }) {
  const call = useCall();
  return (
    <li className={`check-item ${check.passed ? 'is-passed' : ''}`}>
      <label className="check-manual">
        <input
          type="checkbox"
          checked={check.passed}
          onChange={(e) => void call('personas.setCheck', { id: personaId, key: check.key, done: e.target.checked })}
        />
        <span>
          <span className="check-item-label">{check.label}</span>
          <span className="check-item-detail">{check.doneAt ? `Done ${formatDate(check.doneAt)}` : check.method}</span>
        </span>
      </label>
    </li>
  );
}

export function PersonaInspector({ persona }: { persona: Persona }) {
  const [reviewing, setReviewing] = useState(false);
  const passed = persona.checklist.filter((c) => c.passed).length;
  return (
    <Inspector label="Persona checks">
      <section className="detail-section" aria-labelledby="persona-warnings">
        <h2 id="persona-warnings" className="detail-heading">
          Warnings
        </h2>
        {persona.warnings.length ? (
          <ul className="warning-list">
            {persona.warnings.map((w) => (
              <li key={w.key} className="notice notice-caution">
                <span aria-hidden="true">⚠ </span>
                {w.message}
                {w.key === 'stale' ? (
                  <>
                    {' '}
                    <button type="button" className="btn btn-quiet btn-small" onClick={() => setReviewing(true)}>
                      Review what changed
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No anti-patterns found.</p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="persona-checklist">
        <h2 id="persona-checklist" className="detail-heading">
          Validation checklist · {passed} of {persona.checklist.length}
        </h2>
        <ul className="checklist" aria-label="Validation checklist">
          {persona.checklist.map((c) =>
            c.kind === 'computed' ? (
              <Computed key={c.key} check={c} />
            ) : (
              <Manual key={c.key} check={c} personaId={persona.id} />
            ),
          )}
        </ul>
      </section>
      <section className="detail-section" aria-labelledby="persona-review">
        <h2 id="persona-review" className="detail-heading">
          Review
        </h2>
        <p className="muted">
          {persona.lastReviewedAt ? `Last reviewed ${formatDate(persona.lastReviewedAt)}` : 'Never reviewed'}
        </p>
        <button type="button" className="btn" onClick={() => setReviewing(true)}>
          Review what changed…
        </button>
        {reviewing ? <ReviewDialog persona={persona} onClose={() => setReviewing(false)} /> : null}
      </section>
      <ConfidenceSettings />
      <section className="detail-section">
        <DeletePersona persona={persona} />
      </section>
    </Inspector>
  );
}
