/** Segments: the list with each segment's size, one segment's page (#/segments/<id>), or the comparison. */
import '../../styles/segments.css';
import '../../styles/compare.css';
import { useState } from 'react';
import { describeCondition } from '../../../../shared/domain/segmentRule';
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { CompareView } from './CompareView';
import { APPROACH_SHORT, behaviorText } from './labels';
import { compareHref, segmentHref, useSegmentRoute } from '../../routes';
import { SegmentForm } from './SegmentForm';
import { SegmentPage } from './SegmentPage';
import { DataTable } from '../../ui/DataTable';

export function SegmentsScreen() {
  const route = useSegmentRoute();
  if (route.view === 'segment') return <SegmentPage key={route.id} id={route.id} />;
  if (route.view === 'compare') return <CompareView ids={route.ids} />;
  return <SegmentList />;
}

function SegmentList() {
  const list = useQuery('segments.list', {});
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const [creating, setCreating] = useState(false);
  useKeyShortcut('app.new', () => setCreating(true));
  const segments = list.data ?? [];
  const unassigned = (participants.data ?? []).filter((p) => p.segmentId === null).length;

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar
          title="Segments"
          subtitle={
            list.data
              ? `${count(segments.length, 'segment')}${participants.data ? ` · ${unassigned} of ${count(participants.data.length, 'participant')} in none` : ''}`
              : undefined
          }
        >
          {segments.length > 1 ? (
            <a className="btn" href={compareHref(segments.slice(0, 3).map((s) => s.id))}>
              Compare segments
            </a>
          ) : null}
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            New segment <kbd className="kbd kbd-on-primary">N</kbd>
          </button>
        </Toolbar>
        {list.error && !list.data ? (
          <ErrorNotice
            title="Segments could not be loaded"
            message={list.error.message}
            onRetry={() => void list.refetch()}
          />
        ) : null}
        <div className="screen-content">
          {list.data && segments.length === 0 ? (
            <EmptyState
              title="No segments yet"
              icon={<Icon name="participants" size={32} />}
              action={{ label: 'New segment', onClick: () => setCreating(true), shortcut: 'N' }}
            >
              <p>
                Group participants by who they are (role, career stage), their company (industry, size, stage) or how
                they use the product (power, regular, at-risk, new), then compare what each group told you side by side.
              </p>
            </EmptyState>
          ) : null}
          {segments.length > 0 ? (
            <DataTable
              label="Segments"
              rows={segments}
              rowKey={(s) => s.id}
              columns={[
                {
                  header: 'Segment',
                  cell: (s) => (
                    <a className="row-link" href={segmentHref(s.id)}>
                      {s.name}
                    </a>
                  ),
                },
                { header: 'Approach', cell: (s) => APPROACH_SHORT[s.approach] },
                { header: 'Behaviour', cell: (s) => behaviorText(s.behaviorLabel) },
                { header: 'Participants', cell: (s) => s.participantCount },
                { header: 'Interviews', cell: (s) => s.interviewCount },
                { header: 'Companies', cell: (s) => s.companyCount },
                {
                  header: 'Rule',
                  className: 'segment-rule-cell',
                  cell: (s) =>
                    s.rule.all.length ? (
                      s.rule.all.map(describeCondition).join('; and ')
                    ) : (
                      <span className="muted">Hand-picked</span>
                    ),
                },
              ]}
            />
          ) : null}
        </div>
      </div>
      {creating ? (
        <SegmentForm
          onClose={() => setCreating(false)}
          onSaved={(s) => {
            setCreating(false);
            window.location.hash = segmentHref(s.id);
          }}
        />
      ) : null}
    </main>
  );
}
