/**
 * The disagreements, one turn and tag each: the turn's words once per coder, side by side, with that
 * coder's spans of the tag marked, and the settle actions (accept one coder, both, neither) right
 * there. Each settlement is one undoable step; the toast offers Undo, as coding does.
 */
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import type { AgreementReport, Disagreement } from '../../../../shared/domain/agreementReport';
import { useMutation } from '../../api/useMutation';
import { showToast } from '../../ui/Toast';
import { CoderBadge } from '../coders/CoderBadge';
import { useCoders } from '../coders/useCoders';
import { useHistory } from '../coding/history';

/** The turn's text with `spans` marked; overlapping spans are merged so each character is marked once. */
function Marked({ text, spans }: { text: string; spans: readonly { start: number; end: number }[] }) {
  const merged: [number, number][] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last[1]) last[1] = Math.max(last[1], s.end);
    else merged.push([s.start, s.end]);
  }
  const parts: ReactNode[] = [];
  let at = 0;
  merged.forEach(([from, to], i) => {
    if (from > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, from)}</Fragment>);
    parts.push(<mark key={`m${i}`}>{text.slice(from, to)}</mark>);
    at = to;
  });
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

export function DisagreementList({ report, coderIds }: { report: AgreementReport; coderIds: number[] }) {
  const settle = useMutation('agreement.settle');
  const history = useHistory();
  const listRef = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);
  const coders = useCoders().byId;

  // After a settlement the item leaves the list: keyboard focus goes on to the next one, not to the page.
  useEffect(() => {
    if (focusAt.current === null) return;
    const items = listRef.current?.querySelectorAll<HTMLElement>('.disagreement');
    const next = items?.[Math.min(focusAt.current, (items?.length ?? 1) - 1)];
    (next?.querySelector<HTMLElement>('button') ?? document.getElementById('agreement-disagreements-title'))?.focus();
    focusAt.current = null;
  }, [report]);

  async function run(d: Disagreement, index: number, keep: number[], what: string) {
    const done = await settle.run({ turnId: d.turnId, tagId: d.tagId, coderIds, keep });
    if (!done) return; // the refusal shows above the list (settle.error)
    focusAt.current = index;
    showToast({
      group: 'history',
      message: `Settled “${d.tagName}”: ${what}.`,
      action: { label: 'Undo', run: () => void history.undo() },
    });
  }

  return (
    <section className="agreement-section" aria-labelledby="agreement-disagreements-title">
      <h2 id="agreement-disagreements-title" className="agreement-heading" tabIndex={-1}>
        Disagreements{' '}
        <span className="agreement-count">
          {report.disagreementsTotal}
          {report.disagreementsTotal > report.disagreements.length
            ? ` (first ${report.disagreements.length} listed)`
            : ''}
        </span>
      </h2>
      {settle.error ? (
        <p className="agreement-error" role="alert">
          Could not settle: {settle.error.message}
        </p>
      ) : null}
      {report.disagreements.length === 0 ? (
        <p className="agreement-note">The coders agree on every turn and tag in scope.</p>
      ) : (
        <ol className="disagreements" ref={listRef}>
          {report.disagreements.map((d, index) => {
            const label = `“${d.tagName}”, ${d.interviewTitle}${d.speaker ? `, ${d.speaker}` : ''}`;
            const anyCoded = d.coders.filter((c) => c.codings.length > 0);
            return (
              <li key={`${d.turnId}-${d.tagId}`} className="disagreement" aria-label={label}>
                <div className="disagreement-head">
                  <span className="disagreement-tag">{d.tagName}</span>
                  <span className="disagreement-where">
                    {d.interviewTitle}
                    {d.speaker ? ` · ${d.speaker}` : ''}
                  </span>
                </div>
                <div className="disagreement-coders" style={{ ['--columns' as string]: d.coders.length }}>
                  {d.coders.map((c) => {
                    const coder = coders.get(c.coderId);
                    return (
                      <div key={c.coderId} className="disagreement-coder">
                        <div className="disagreement-coder-name">
                          <CoderBadge coder={coder} />
                          <span>{coder?.name}</span>
                          <span className="disagreement-verdict">{c.codings.length ? 'coded' : 'not coded'}</span>
                        </div>
                        <p className="disagreement-text">
                          <Marked text={d.text} spans={c.codings} />
                        </p>
                      </div>
                    );
                  })}
                </div>
                <div className="disagreement-actions" role="group" aria-label={`Settle ${label}`}>
                  {d.coders.map((c) => {
                    const name = coders.get(c.coderId)?.name ?? 'coder';
                    return (
                      <button
                        key={c.coderId}
                        type="button"
                        className="btn"
                        disabled={settle.pending}
                        onClick={() => void run(d, index, [c.coderId], `accepted ${name}`)}
                      >
                        Accept {name}
                      </button>
                    );
                  })}
                  {anyCoded.length > 1 ? (
                    <button
                      type="button"
                      className="btn"
                      disabled={settle.pending}
                      onClick={() =>
                        void run(
                          d,
                          index,
                          d.coders.map((c) => c.coderId),
                          'kept both',
                        )
                      }
                    >
                      {d.coders.length > 2 ? 'All' : 'Both'}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="btn"
                    disabled={settle.pending}
                    onClick={() => void run(d, index, [], 'kept neither')}
                  >
                    Neither
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
