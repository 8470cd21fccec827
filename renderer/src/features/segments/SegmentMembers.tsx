/** The segment's members, with Remove per person and a picker to add anyone else by hand. */
import { useState } from 'react';
import type { Segment } from '../../../../shared/ipc/contract/segments';
import { useQuery } from '../../api/hooks';
import { count } from '../../ui/format';
import { behaviorText } from './labels';
import { useSegmentActions } from './useSegmentActions';
import { useNames } from '../names/useNames';
import { DataTable } from '../../ui/DataTable';

export function SegmentMembers({ segment }: { segment: Segment }) {
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const names = useNames();
  const nameOf = (p: { id: number; pseudonym: string }) => names.label(p.id, p.pseudonym);
  const actions = useSegmentActions();
  const [pick, setPick] = useState('');
  const all = participants.data ?? [];
  const members = all.filter((p) => p.segmentId === segment.id);
  const others = all.filter((p) => p.segmentId !== segment.id);

  return (
    <section className="synthesis-panel" aria-labelledby="members-title">
      <div className="panel-head">
        <h2 id="members-title" className="panel-title">
          Members <span className="muted">({members.length})</span>
        </h2>
        <form
          className="panel-controls"
          onSubmit={(e) => {
            e.preventDefault();
            const p = others.find((x) => String(x.id) === pick);
            if (!p) return;
            void actions.assign(segment.id, [p.id], `${nameOf(p)} added to ${segment.name}.`).then(() => setPick(''));
          }}
        >
          <label className="filter-inline">
            Add by hand
            <select className="input select" value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">Choose a participant…</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {nameOf(p)}
                  {p.segmentName ? ` (now in ${p.segmentName})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn" disabled={!pick}>
            Add
          </button>
        </form>
      </div>
      {members.length === 0 ? (
        <p className="muted">Nobody yet. Apply the rule, or add participants by hand.</p>
      ) : (
        <DataTable
          label={`Members of ${segment.name}`}
          rows={members}
          rowKey={(p) => p.id}
          columns={[
            { header: 'Participant', cell: (p) => nameOf(p) },
            { header: 'Role', cell: (p) => p.role },
            { header: 'Company', cell: (p) => p.companyName ?? '' },
            { header: 'Behaviour', cell: (p) => behaviorText(p.behavior) },
            { header: 'Interviews', cell: (p) => count(p.interviewCount, 'interview') },
            {
              header: 'Actions',
              hideHeader: true,
              className: 'cell-actions',
              cell: (p) => (
                <button
                  type="button"
                  className="btn btn-quiet"
                  aria-label={`Remove ${nameOf(p)} from ${segment.name}`}
                  onClick={() =>
                    void actions.unassign(segment.id, [p.id], `${nameOf(p)} removed from ${segment.name}.`)
                  }
                >
                  Remove
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
