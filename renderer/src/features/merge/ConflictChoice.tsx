/** One conflict of a merge: both versions side by side, whose work each is, and a choice (a radio group). */
import type { MergeChoice, MergeConflict, MergeSide } from '../../../../shared/domain/merge';
import { CoderBadge } from '../coders/CoderBadge';

const WHAT: Record<MergeConflict['conflict'], string> = {
  bothChanged: 'You both changed it',
  differs: 'The two versions differ (no common copy is known)',
  deletedMine: 'You deleted it; your colleague changed it',
  deletedTheirs: 'You changed it; your colleague deleted it',
  deletedWithDependants: 'Deleted on one side, while the other kept working in it',
};

function Version({ title, side }: { title: string; side: MergeSide }) {
  const coder = side.coder ? { ...side.coder, id: 0, createdAt: 0 } : null;
  return (
    <div className="merge-version">
      <p className="merge-version-title">
        {title}
        {coder ? (
          <span className="merge-made-by">
            made by <CoderBadge coder={coder} />
          </span>
        ) : null}
      </p>
      {side.fields ? (
        <dl className="merge-fields">
          {Object.entries(side.fields).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v || <span className="muted">(empty)</span>}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">Deleted</p>
      )}
    </div>
  );
}

export function ConflictChoice({
  conflict,
  choice,
  onChoose,
}: {
  conflict: MergeConflict;
  choice: MergeChoice | undefined;
  onChoose(choice: MergeChoice): void;
}) {
  return (
    <li className="merge-conflict">
      <fieldset>
        <legend>
          {conflict.label}
          <span className="merge-conflict-what">
            {' — '}
            {WHAT[conflict.conflict]}
            {conflict.dependants ? ` (${conflict.dependants} inside it)` : ''}
          </span>
        </legend>
        <div className="merge-sides">
          <Version title="Mine" side={conflict.mine} />
          <Version title="Theirs" side={conflict.theirs} />
        </div>
        <div className="radio-row">
          {conflict.choices.map((c) => (
            <label key={c.choice} className="radio">
              <input
                type="radio"
                name={`merge-${conflict.id}`}
                value={c.choice}
                checked={choice === c.choice}
                onChange={() => onChoose(c.choice)}
              />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
