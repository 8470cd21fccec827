/**
 * The research plan: for the study, and for any persona or segment, which of the framework's primary
 * methods to use, how many of each and the time budget — with progress counted from the project
 * ("7 of 10–20 customer interviews for Mid-market"). Targets start from the framework's table.
 */
import '../../styles/plan.css';
import { useState } from 'react';
import { RESEARCH_METHOD_LABELS, RESEARCH_METHODS, type ResearchMethod } from '../../../../shared/domain/framework';
import { METHOD_DEFAULTS, rangeText, type Plan, type PlanScope } from '../../../../shared/domain/plan';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Badge } from '../../ui/Badge';
import { formatDate } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { Toolbar } from '../../ui/Toolbar';
import { useHistory } from '../coding/history';
import { PlanTargetForm } from './PlanTargetForm';

const STATE_BADGE = {
  below: { tone: 'caution', text: 'Below the minimum' },
  within: { tone: 'positive', text: 'On target' },
  above: { tone: 'info', text: 'Past the maximum' },
} as const;

export function PlanScreen() {
  const overview = useQuery('plans.overview', {});
  const personas = useQuery('personas.list', {}, { errors: 'toast' });
  const segments = useQuery('segments.list', {}, { errors: 'toast' });
  const [adding, setAdding] = useState<PlanScope | null>(null);
  const plans = overview.data ?? [];
  const planned = new Set(plans.map((p) => `${p.scope.kind}:${p.scope.id}`));
  const choices = [
    ...(personas.data ?? []).map((p) => ({
      scope: { kind: 'persona', id: p.id } as PlanScope,
      label: `Persona: ${p.name}`,
    })),
    ...(segments.data ?? []).map((s) => ({
      scope: { kind: 'segment', id: s.id } as PlanScope,
      label: `Segment: ${s.name}`,
    })),
  ].filter((c) => !planned.has(`${c.scope.kind}:${c.scope.id}`));

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar
          title="Research plan"
          subtitle="Targets per method from the framework; progress counted from your interviews"
        >
          {choices.length > 0 ? (
            <label className="filter-inline">
              <span>Plan for</span>
              <select
                className="input select"
                value=""
                onChange={(e) => {
                  const choice = choices[Number(e.target.value)];
                  if (choice) setAdding(choice.scope);
                }}
              >
                <option value="">a persona or segment…</option>
                {choices.map((c, i) => (
                  <option key={`${c.scope.kind}:${c.scope.id}`} value={i}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </Toolbar>
        {overview.error ? (
          <ErrorNotice
            title="The plan could not be loaded"
            message={overview.error.message}
            onRetry={() => void overview.refetch()}
          />
        ) : null}
        <div className="screen-content plan-content">
          {overview.data === undefined && !overview.error ? <p className="loading muted">Loading…</p> : null}
          {plans.map((plan) => (
            <PlanSection key={`${plan.scope.kind}:${plan.scope.id}`} plan={plan} />
          ))}
          {adding && !planned.has(`${adding.kind}:${adding.id}`) ? (
            <section className="plan-section" aria-labelledby="plan-new-title">
              <h2 id="plan-new-title" className="plan-title">
                {choices.find((c) => c.scope.kind === adding.kind && c.scope.id === adding.id)?.label ?? 'New plan'}
              </h2>
              <PlanTargetForm
                scope={adding}
                method="customer_interview"
                existing={null}
                onDone={() => setAdding(null)}
              />
            </section>
          ) : null}
        </div>
      </div>
    </main>
  );
}

function scopeTitle(plan: Plan): string {
  if (plan.scope.kind === 'study') return 'The study';
  return `${plan.scope.kind === 'persona' ? 'Persona' : 'Segment'}: ${plan.scopeName}`;
}

function PlanSection({ plan }: { plan: Plan }) {
  const scope: PlanScope = { kind: plan.scope.kind, id: plan.scope.id };
  const [editing, setEditing] = useState<ResearchMethod | 'new' | null>(null);
  const remove = useMutation('plans.removeTarget');
  const history = useHistory();
  const titleId = `plan-${plan.scope.kind}-${plan.scope.id ?? 0}`;
  const free = RESEARCH_METHODS.filter((m) => !plan.targets.some((t) => t.method === m));
  return (
    <section className="plan-section" aria-labelledby={titleId}>
      <header className="plan-head">
        <h2 id={titleId} className="plan-title">
          {scopeTitle(plan)}
        </h2>
        {free.length > 0 && editing === null ? (
          <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
            Add a method
          </button>
        ) : null}
      </header>
      {plan.targets.length === 0 && editing === null ? (
        <p className="muted">
          No targets yet. The framework suggests{' '}
          {rangeText(METHOD_DEFAULTS.customer_interview.min, METHOD_DEFAULTS.customer_interview.max)} customer
          interviews per persona over {METHOD_DEFAULTS.customer_interview.weeks.join('–')} weeks.
        </p>
      ) : null}
      {plan.targets.length > 0 ? (
        <table className="entity-table plan-table">
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">Progress</th>
              <th scope="col" className="num">
                Held
              </th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col" className="num">
                People
              </th>
              <th scope="col">Time</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.targets.map((t) =>
              editing === t.method ? (
                <tr key={t.id}>
                  <td colSpan={7}>
                    <PlanTargetForm scope={scope} method={t.method} existing={t} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={t.id}>
                  <th scope="row">{RESEARCH_METHOD_LABELS[t.method]}</th>
                  <td>
                    <div className="plan-progress">
                      <Meter done={t.done} min={t.targetMin} max={t.targetMax} label={t.label} />
                      <span className="plan-label">{t.label}</span>
                      <Badge tone={STATE_BADGE[t.state].tone}>{STATE_BADGE[t.state].text}</Badge>
                    </div>
                  </td>
                  <td className="num">{t.done}</td>
                  <td className="num">{t.scheduled}</td>
                  <td className="num">{t.participants}</td>
                  <td className="plan-time">
                    {t.budgetWeeks !== null ? `${t.budgetWeeks} weeks budgeted` : 'No budget'}
                    {t.firstDate !== null ? (
                      <span className="muted">
                        {' '}
                        · {formatDate(t.firstDate)}
                        {t.lastDate !== null && t.lastDate !== t.firstDate ? ` – ${formatDate(t.lastDate)}` : ''}
                      </span>
                    ) : null}
                  </td>
                  <td className="plan-actions">
                    <button type="button" className="btn btn-quiet btn-small" onClick={() => setEditing(t.method)}>
                      Edit<span className="visually-hidden"> {RESEARCH_METHOD_LABELS[t.method]}</span>
                    </button>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      disabled={remove.pending}
                      onClick={async () => {
                        const done = await remove.run({ id: t.id });
                        if (done)
                          showToast({
                            group: 'history',
                            message: `Removed ${METHOD_DEFAULTS[t.method].unit} from the plan.`,
                            action: { label: 'Undo', run: () => void history.undo() },
                          });
                      }}
                    >
                      Remove<span className="visually-hidden"> {RESEARCH_METHOD_LABELS[t.method]}</span>
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {remove.error ? <p className="field-error">{remove.error.message}</p> : null}
      {editing === 'new' ? (
        <PlanTargetForm
          scope={scope}
          method={free[0]!}
          choices={free}
          existing={null}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {plan.unplanned.length > 0 ? (
        <p className="muted plan-unplanned">
          Also held, not in the plan:{' '}
          {plan.unplanned.map((u, i) => (
            <span key={u.method}>
              {i > 0 ? ', ' : ''}
              {u.done} × {RESEARCH_METHOD_LABELS[u.method].toLowerCase()}
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}

/** A bar with the range marked: filled to `done`, the planned minimum and maximum as ticks. */
function Meter({ done, min, max, label }: { done: number; min: number; max: number | null; label: string }) {
  const top = Math.max(done, max ?? min, 1);
  const pct = (n: number) => `${Math.min(100, (n / top) * 100)}%`;
  return (
    <div
      className="plan-meter"
      role="meter"
      aria-valuemin={0}
      aria-valuemax={top}
      aria-valuenow={done}
      aria-label={label}
    >
      <div className={`plan-meter-fill${done < min ? ' is-short' : ''}`} style={{ width: pct(done) }} />
      <div className="plan-meter-tick" style={{ left: pct(min) }} aria-hidden="true" />
      {max !== null ? <div className="plan-meter-tick" style={{ left: pct(max) }} aria-hidden="true" /> : null}
    </div>
  );
}
