/**
 * Intercoder agreement (issue 18, item 3): choose coders, interviews, tags and the unit; see percent
 * agreement, Cohen's kappa and Krippendorff's alpha per tag and overall, and settle the disagreements
 * without leaving the screen. Every figure is the core's (`agreement.compute`); nothing is recomputed here.
 */
import { useId, useMemo, useState } from 'react';
import type { AgreementUnit } from '../../../../shared/domain/agreementReport';
import type { Input } from '../../../../shared/ipc/contract';
import { useQuery } from '../../api/hooks';
import { MultiSelect } from '../../ui/MultiSelect';
import { QueryError } from '../../ui/QueryError';
import { Toolbar } from '../../ui/Toolbar';
import { count } from '../../ui/format';
import { CoderBadge } from '../coders/CoderBadge';
import { useCoders } from '../coders/useCoders';
import { AgreementExportButton } from './AgreementExportButton';
import { AgreementFormulas, AgreementTable } from './AgreementTable';
import { DisagreementList } from './DisagreementList';
import '../../styles/agreement.css';

const UNITS: { unit: AgreementUnit; label: string; hint: string }[] = [
  { unit: 'turn', label: 'Speaker turn', hint: 'Did each coder apply the tag anywhere in the turn?' },
  { unit: 'char', label: 'Character', hint: 'Do the coders’ quotes cover the same characters?' },
];

export function AgreementScreen() {
  const coders = useCoders();
  const interviews = useQuery('interviews.list', {});
  const tags = useQuery('tags.list', {});
  const [chosen, setChosen] = useState<number[] | null>(null);
  const [unit, setUnit] = useState<AgreementUnit>('turn');
  const [interviewIds, setInterviewIds] = useState<number[]>([]);
  const [tagIds, setTagIds] = useState<number[]>([]);
  const unitName = useId();

  // Until the researcher chooses, the coders who have coded anything are compared (a colleague who only
  // opened the project would make kappa undefined); with fewer than two of those, every listed coder.
  const counts = useQuery('coders.codingCounts', {}, { errors: 'toast' });
  const codingsOf = useMemo(() => new Map((counts.data ?? []).map((c) => [c.coderId, c.codings])), [counts.data]);
  const working = coders.list.filter((c) => (codingsOf.get(c.id) ?? 0) > 0);
  const coderKey = (chosen ?? (working.length >= 2 ? working : coders.list).map((c) => c.id)).join(',');
  const coderIds = useMemo(() => (coderKey ? coderKey.split(',').map(Number) : []), [coderKey]);
  const scope: Input<'agreement.compute'> = useMemo(
    () => ({
      coderIds,
      unit,
      ...(interviewIds.length ? { interviewIds } : {}),
      ...(tagIds.length ? { tagIds } : {}),
    }),
    [coderIds, unit, interviewIds, tagIds],
  );
  // Until the counts arrive the default is not known; computing for every coder first would be wasted.
  const settled = chosen !== null || counts.data !== undefined || counts.error !== null;
  const ready = coderIds.length >= 2 && settled;

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar
          title="Agreement"
          subtitle={
            ready ? `Intercoder agreement · ${count(coderIds.length, 'coder')} compared` : 'Intercoder agreement'
          }
        >
          <AgreementExportButton scope={scope} disabled={!ready} />
        </Toolbar>
        <div className="screen-content">
          <div className="agreement">
            <form className="agreement-scope" aria-label="What to compare" onSubmit={(e) => e.preventDefault()}>
              <fieldset className="agreement-field">
                <legend className="field-label">Coders</legend>
                <div className="agreement-choices">
                  {coders.list.map((c) => (
                    <label key={c.id} className="check agreement-coder-choice">
                      <input
                        type="checkbox"
                        checked={coderIds.includes(c.id)}
                        onChange={(e) =>
                          setChosen(
                            e.target.checked
                              ? coders.list.filter((x) => x.id === c.id || coderIds.includes(x.id)).map((x) => x.id)
                              : coderIds.filter((id) => id !== c.id),
                          )
                        }
                      />
                      <CoderBadge coder={c} />
                      <span className="check-label">
                        {c.name}
                        {counts.data && !codingsOf.get(c.id) ? (
                          <span className="agreement-coder-none"> · no codings yet</span>
                        ) : null}
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <fieldset className="agreement-field">
                <legend className="field-label">Unit</legend>
                <div className="agreement-choices">
                  {UNITS.map((u) => (
                    <label key={u.unit} className="check" title={u.hint}>
                      <input
                        type="radio"
                        name={unitName}
                        value={u.unit}
                        checked={unit === u.unit}
                        onChange={() => setUnit(u.unit)}
                      />
                      <span className="check-label">{u.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="agreement-field agreement-filters">
                <MultiSelect
                  label="Interviews"
                  allLabel="All interviews"
                  options={(interviews.data ?? [])
                    .filter((i) => i.segmentCount > 0)
                    .map((i) => ({ value: i.id, label: i.title }))}
                  value={interviewIds}
                  onChange={setInterviewIds}
                />
                <MultiSelect
                  label="Tags"
                  allLabel="Every tag the coders used"
                  options={(tags.data ?? []).map((t) => ({ value: t.id, label: t.path }))}
                  value={tagIds}
                  onChange={setTagIds}
                />
              </div>
            </form>
            <QueryError what="The interview list" query={interviews} />
            <QueryError what="The codebook" query={tags} />
            {ready ? (
              <AgreementResults scope={scope} coderIds={coderIds} />
            ) : !settled ? null : (
              <p className="agreement-note" role="status">
                Choose at least two coders to compare.
              </p>
            )}
          </div>
        </div>
      </div>
    </main>
  );
}

function AgreementResults({ scope, coderIds }: { scope: Input<'agreement.compute'>; coderIds: number[] }) {
  const report = useQuery('agreement.compute', scope);
  if (report.error) return <QueryError what="The agreement table" query={report} />;
  if (!report.data)
    return (
      <p className="agreement-note" aria-busy="true">
        Computing agreement…
      </p>
    );
  const missing = report.data.interviews.filter((i) => i.coderIds.length < coderIds.length);
  return (
    <>
      <p className="agreement-note" data-testid="agreement-scope-summary">
        {count(report.data.interviews.length, 'interview')} in scope
        {missing.length
          ? `; ${count(missing.length, 'interview')} not coded by every coder (missing data for those coders there)`
          : ''}
        .
      </p>
      <AgreementTable report={report.data} />
      <DisagreementList report={report.data} coderIds={coderIds} />
      <AgreementFormulas />
    </>
  );
}
