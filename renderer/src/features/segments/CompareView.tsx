/**
 * Segments side by side: one column per chosen segment with its size and its top tags by participant
 * reach (bar + share); tags that set the segment apart are marked. Every tag opens its quotes from that segment.
 */
import '../../styles/synthesis.css';
import '../../styles/heatmap.css';
import '../../styles/evidence.css';
import { useState } from 'react';
import {
  DISTINCTIVE_MIN_DIFFERENCE,
  type ComparedSegment,
  type ComparedTag,
} from '../../../../shared/domain/segmentCompare';
import { EvidenceFilters } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { ReachBar } from '../../ui/ReachBar';
import { Toolbar } from '../../ui/Toolbar';
import { EvidenceDrawer, type EvidenceRequest } from '../synthesis/EvidenceDrawer';
import { compareHref, segmentHref } from '../../routes';

const pct = (share: number) => `${Math.round(share * 100)}%`;
const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.round(Math.abs(d) * 100)} pts`;

function TagCell({ tag, segment, onOpen }: { tag: ComparedTag; segment: ComparedSegment; onOpen(): void }) {
  return (
    <li className={`compare-tag${tag.distinctive ? ' is-distinctive' : ''}`}>
      <button type="button" className="compare-tag-button" onClick={onOpen}>
        <span className="compare-tag-head">
          <span className="compare-tag-name">
            <span className="tag-swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
            {tag.name}
          </span>
          <span className="compare-share">{pct(tag.share)}</span>
        </span>
        <ReachBar share={tag.share} />
        <span className="compare-meta">
          {tag.participants} of {count(segment.participantsInScope, 'participant')} · {pct(tag.elsewhereShare)}{' '}
          elsewhere
          {tag.contradictingParticipants > 0 ? (
            <span className="compare-against"> · {tag.contradictingParticipants} said the opposite</span>
          ) : null}
          {tag.distinctive ? <span className="compare-badge">Distinctive {points(tag.difference)}</span> : null}
        </span>
        <span className="visually-hidden"> — show {count(tag.quotes, 'quote')}</span>
      </button>
    </li>
  );
}

function SegmentColumn({ segment, onOpen }: { segment: ComparedSegment; onOpen(tag: ComparedTag): void }) {
  const headingId = `compare-${segment.segmentId}`;
  return (
    <section className="synthesis-panel compare-column" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId} className="panel-title">
          <a href={segmentHref(segment.segmentId)}>{segment.name}</a>
        </h2>
        <p className="compare-size">
          {count(segment.members, 'participant')} · {count(segment.interviews, 'interview')} ·{' '}
          {count(segment.companies, 'company', 'companies')}
        </p>
        {segment.participantsInScope !== segment.members ? (
          <p className="muted compare-scope">
            {count(segment.participantsInScope, 'participant')} with usable evidence (interviewed, consent not declined
            or withdrawn)
          </p>
        ) : null}
      </header>
      <h3 className="compare-subtitle">Top tags by reach</h3>
      {segment.top.length === 0 ? <p className="muted">No coded evidence from this segment yet.</p> : null}
      <ol className="compare-list" aria-label={`Top tags in ${segment.name}`}>
        {segment.top.map((t) => (
          <TagCell key={t.tagId} tag={t} segment={segment} onOpen={() => onOpen(t)} />
        ))}
      </ol>
      <h3 className="compare-subtitle">Sets it apart</h3>
      {segment.distinctive.length === 0 ? (
        <p className="muted">Nothing stands out from the rest of the study.</p>
      ) : null}
      <ul className="compare-apart" aria-label={`What sets ${segment.name} apart`}>
        {segment.distinctive.map((t) => (
          <li key={t.tagId}>
            <button type="button" className="link-button" onClick={() => onOpen(t)}>
              {t.name}
            </button>{' '}
            <span className="muted">
              {pct(t.share)} here vs {pct(t.elsewhereShare)} elsewhere ({points(t.difference)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CompareView({ ids }: { ids: number[] }) {
  const list = useQuery('segments.list', {}, { errors: 'toast' });
  const segments = list.data ?? [];
  const chosen = ids.length
    ? ids.filter((id) => segments.some((s) => s.id === id))
    : segments.slice(0, 3).map((s) => s.id);
  const [kind, setKind] = useState<TagKind | ''>('');
  const [open, setOpen] = useState<EvidenceRequest | null>(null);
  const toggle = (id: number, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
    window.location.hash = compareHref(segments.filter((s) => next.includes(s.id)).map((s) => s.id));
  };

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar
          title="Compare segments"
          subtitle={chosen.length ? `${count(chosen.length, 'segment')} side by side` : undefined}
        >
          <a className="btn btn-quiet" href="#/segments">
            All segments
          </a>
        </Toolbar>
        <div className="synthesis-filters compare-controls">
          <fieldset className="compare-pick">
            <legend className="filter-inline">Segments (up to six)</legend>
            {segments.map((s) => (
              <label key={s.id} className="rule-chip">
                <input
                  type="checkbox"
                  checked={chosen.includes(s.id)}
                  disabled={!chosen.includes(s.id) && chosen.length >= 6}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />
                <span>
                  {s.name} <span className="muted">({s.participantCount})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="filter-inline">
            Tags of kind
            <select className="input select" value={kind} onChange={(e) => setKind(e.target.value as TagKind | '')}>
              <option value="">All kinds</option>
              {TAG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TAG_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="screen-content synthesis-content">
          {list.data && segments.length === 0 ? (
            <EmptyState title="No segments to compare" icon={<Icon name="participants" size={32} />}>
              <p>
                Create segments first. <a href="#/segments">Go to Segments</a>
              </p>
            </EmptyState>
          ) : null}
          {segments.length > 0 && chosen.length === 0 ? (
            <p className="muted">Choose the segments to put side by side.</p>
          ) : null}
          {chosen.length ? <Comparison ids={chosen} kind={kind} onOpen={setOpen} /> : null}
        </div>
      </div>
      {open ? <EvidenceDrawer request={open} onClose={() => setOpen(null)} /> : null}
    </main>
  );
}

/** The columns; only mounted when at least one segment is chosen, so no call is made for nothing. */
function Comparison({
  ids,
  kind,
  onOpen,
}: {
  ids: number[];
  kind: TagKind | '';
  onOpen(request: EvidenceRequest): void;
}) {
  // Ticking a segment keeps the last comparison on screen until the new one arrives (no blank flash).
  const compare = useQuery(
    'segments.compare',
    { segmentIds: ids, limit: 8, kinds: kind ? [kind] : [] },
    { keepPrevious: true },
  );
  const data = compare.data;
  if (compare.error && !data)
    return (
      <ErrorNotice
        title="The comparison could not be loaded"
        message={compare.error.message}
        onRetry={() => void compare.refetch()}
      />
    );
  if (!data) return <p className="muted">Comparing…</p>;
  return (
    <>
      <p className="muted compare-legend">
        Share = members with evidence for a tag ÷ the segment's members with usable evidence (
        {count(data.participantsInScope, 'participant')} in the whole study).{' '}
        <span className="compare-badge">Distinctive</span> marks a tag at least{' '}
        {Math.round(DISTINCTIVE_MIN_DIFFERENCE * 100)} points more common here than in the rest of the study. Choose a
        tag to read its quotes.
      </p>
      <div
        className="compare-grid"
        style={{ gridTemplateColumns: `repeat(${data.segments.length}, minmax(260px, 1fr))` }}
      >
        {data.segments.map((s) => (
          <SegmentColumn
            key={s.segmentId}
            segment={s}
            onOpen={(t) =>
              onOpen({
                tagId: t.tagId,
                title: `${t.name} · ${s.name}`,
                filters: EvidenceFilters.parse({ segmentIds: [s.segmentId] }),
              })
            }
          />
        ))}
      </div>
    </>
  );
}
