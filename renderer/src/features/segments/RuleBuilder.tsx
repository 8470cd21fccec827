/**
 * The rule builder: a list of conditions that must all hold. Each row is attribute → operator →
 * values, all native controls, so Tab and the arrow keys do everything; a new row takes focus.
 */
import { useEffect, useRef } from 'react';
import {
  OPERATOR_LABELS,
  RULE_ATTRIBUTE_SPECS,
  RULE_ATTRIBUTES,
  choiceText,
  type RuleAttribute,
  type RuleOperator,
} from '../../../../shared/domain/segmentRule';
import { newCondition, type DraftCondition } from './ruleDraft';

const OF_PARTICIPANT = RULE_ATTRIBUTES.filter((a) => RULE_ATTRIBUTE_SPECS[a].of === 'participant');
const OF_COMPANY = RULE_ATTRIBUTES.filter((a) => RULE_ATTRIBUTE_SPECS[a].of === 'company');

function ConditionRow({
  index,
  condition,
  problem,
  onChange,
  onRemove,
}: {
  index: number;
  condition: DraftCondition;
  problem: string | undefined;
  onChange(next: DraftCondition): void;
  onRemove(): void;
}) {
  const n = index + 1;
  const spec = RULE_ATTRIBUTE_SPECS[condition.attribute];
  const errorId = `rule-problem-${condition.key}`;
  const describedBy = problem ? errorId : undefined;
  return (
    <li className={`rule-row${problem ? ' is-invalid' : ''}`} aria-label={`Condition ${n}`}>
      <span className="rule-joiner" aria-hidden="true">
        {index === 0 ? 'Where' : 'and'}
      </span>
      <select
        className="input select rule-attribute"
        aria-label={`Condition ${n}: attribute`}
        data-rule-key={condition.key}
        value={condition.attribute}
        onChange={(e) => onChange({ ...newCondition(e.target.value as RuleAttribute), key: condition.key })}
      >
        <optgroup label="Participant">
          {OF_PARTICIPANT.map((a) => (
            <option key={a} value={a}>
              {RULE_ATTRIBUTE_SPECS[a].label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Company">
          {OF_COMPANY.map((a) => (
            <option key={a} value={a}>
              {RULE_ATTRIBUTE_SPECS[a].label}
            </option>
          ))}
        </optgroup>
      </select>
      <select
        className="input select rule-operator"
        aria-label={`Condition ${n}: operator`}
        value={condition.operator}
        disabled={spec.operators.length === 1}
        onChange={(e) => onChange({ ...condition, operator: e.target.value as RuleOperator })}
      >
        {spec.operators.map((o) => (
          <option key={o} value={o}>
            {OPERATOR_LABELS[o]}
          </option>
        ))}
      </select>
      {spec.choices ? (
        <fieldset className="rule-values" aria-describedby={describedBy}>
          <legend className="visually-hidden">{`Condition ${n}: values`}</legend>
          {spec.choices.map((v) => (
            <label key={v || 'none'} className="rule-chip">
              <input
                type="checkbox"
                checked={condition.values.includes(v)}
                onChange={(e) =>
                  onChange({
                    ...condition,
                    values: e.target.checked ? [...condition.values, v] : condition.values.filter((x) => x !== v),
                  })
                }
              />
              <span>{choiceText(condition.attribute, v)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <input
          className="input rule-text"
          aria-label={`Condition ${n}: ${condition.operator === 'contains' ? 'words to look for' : 'values'}`}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          placeholder={condition.operator === 'contains' ? 'e.g. logistics, freight' : 'e.g. 51-200, 201-500'}
          value={condition.text}
          onChange={(e) => onChange({ ...condition, text: e.target.value })}
        />
      )}
      <button type="button" className="icon-button rule-remove" aria-label={`Remove condition ${n}`} onClick={onRemove}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
      {problem ? (
        <p id={errorId} className="field-error rule-problem">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : null}
    </li>
  );
}

export function RuleBuilder({
  draft,
  problems,
  onChange,
}: {
  draft: DraftCondition[];
  problems: Map<number, string>;
  onChange(next: DraftCondition[]): void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusKey = useRef<number | null>(null);
  useEffect(() => {
    if (focusKey.current === null) return;
    listRef.current?.querySelector<HTMLSelectElement>(`[data-rule-key="${focusKey.current}"]`)?.focus();
    focusKey.current = null;
  }, [draft.length]);

  function add() {
    const used = new Set(draft.map((c) => c.attribute));
    const c = newCondition(
      RULE_ATTRIBUTES.find((a) => !used.has(a) && RULE_ATTRIBUTE_SPECS[a].of === 'company') ?? 'role',
    );
    focusKey.current = c.key;
    onChange([...draft, c]);
  }

  function remove(index: number) {
    const next = draft.filter((_, i) => i !== index);
    onChange(next);
    // Keep focus in the builder: the row that took this one's place, or the add button.
    requestAnimationFrame(() => {
      const rows = listRef.current?.querySelectorAll<HTMLSelectElement>('.rule-attribute');
      const target = rows?.[Math.min(index, next.length - 1)];
      if (target) target.focus();
      else listRef.current?.parentElement?.querySelector<HTMLButtonElement>('.rule-add')?.focus();
    });
  }

  return (
    <div className="rule-builder">
      {draft.length === 0 ? (
        <p className="muted">No conditions yet. Add one to say who belongs in this segment.</p>
      ) : null}
      <ol ref={listRef} className="rule-list" aria-label="Conditions (all must hold)">
        {draft.map((c, i) => (
          <ConditionRow
            key={c.key}
            index={i}
            condition={c}
            problem={problems.get(i)}
            onChange={(next) => onChange(draft.map((x, j) => (j === i ? next : x)))}
            onRemove={() => remove(i)}
          />
        ))}
      </ol>
      {problems.get(-1) ? <p className="field-error">{problems.get(-1)}</p> : null}
      <button type="button" className="btn rule-add" onClick={add} disabled={draft.length >= 20}>
        + Add condition
      </button>
    </div>
  );
}
