/**
 * Synthesis: coded evidence rolled up — ranked pain points and goals, the evidence matrix, co-occurrence and
 * saturation. "Export…" saves the ranking and matrix as CSV/XLSX; the saturation chart saves as SVG/PNG.
 */
import { useMemo, useState } from 'react';
import '../../styles/synthesis.css';
import '../../styles/heatmap.css';
import '../../styles/evidence.css';
import type { EvidenceFilters, Rollup, Stance, TagRollup } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { CoOccurrence } from './CoOccurrence';
import { EvidenceDrawer, type EvidenceRequest } from './EvidenceDrawer';
import { EvidenceMatrix } from './EvidenceMatrix';
import { FilterBar, NO_FILTERS } from './FilterBar';
import { RankedTags } from './RankedTags';
import { SaturationChart } from './SaturationChart';
import { SynthesisExportButton, type MatrixShape } from './SynthesisExportButton';

function KindSummary({ rollup }: { rollup: Rollup }) {
  const kinds = rollup.kinds.filter((k) => k.quotes > 0);
  if (kinds.length === 0) return null;
  return (
    <ul className="kind-summary" aria-label="Evidence by kind">
      {kinds.map((k) => (
        <li key={k.kind}>
          <span className="kind-summary-name">{TAG_KIND_LABELS[k.kind]}</span>
          <span className="muted">
            {count(k.tags, 'tag')} · {count(k.quotes, 'quote')} · {count(k.participants, 'participant')}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SynthesisScreen() {
  const [filters, setFilters] = useState<EvidenceFilters>(NO_FILTERS);
  const [open, setOpen] = useState<EvidenceRequest | null>(null);
  const [matrixShape, setMatrixShape] = useState<MatrixShape>({ axis: 'participant', kind: '' });
  const rollup = useQuery('synthesis.rollup', { filters });
  const data = rollup.data;
  const names = useMemo(() => new Map((data?.tags ?? []).map((t) => [t.tagId, t.name])), [data]);
  const ofKind = (kind: TagRollup['kind']) =>
    (data?.tags ?? []).filter((t) => t.kind === kind && (t.quotes > 0 || t.contradictingQuotes > 0));
  const openTag = (t: TagRollup, stance: Stance = 'supports') =>
    setOpen({ tagId: t.tagId, title: t.name, filters, stance });
  const nothingCoded =
    data &&
    data.tags.every((t) => t.quotes === 0 && t.contradictingQuotes === 0) &&
    JSON.stringify(filters) === JSON.stringify(NO_FILTERS);

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar
          title="Synthesis"
          subtitle={
            data
              ? `${count(data.participantsInScope, 'participant')} · ${count(data.interviewsInScope, 'interview')} in scope`
              : undefined
          }
        >
          <SynthesisExportButton filters={filters} matrix={matrixShape} disabled={!data || Boolean(nothingCoded)} />
        </Toolbar>
        <FilterBar value={filters} onChange={setFilters} />
        {rollup.error && !data ? (
          <ErrorNotice
            title="The roll-up could not be loaded"
            message={rollup.error.message}
            onRetry={() => void rollup.refetch()}
          />
        ) : null}
        <div className="screen-content synthesis-content">
          {nothingCoded ? (
            <EmptyState title="Nothing coded yet" icon={<Icon name="synthesis" size={32} />}>
              <p>
                Synthesis ranks pain points and goals by how many participants raised them. Open an interview, select a
                passage and press T to tag it.
              </p>
            </EmptyState>
          ) : null}
          {data && !nothingCoded ? (
            <>
              <KindSummary rollup={data} />
              <div className="synthesis-grid">
                <RankedTags
                  title="Pain points"
                  tags={ofKind('pain_point')}
                  inScope={data.participantsInScope}
                  empty="No pain points coded in this scope."
                  onOpen={openTag}
                />
                <RankedTags
                  title="Goals"
                  tags={ofKind('goal')}
                  inScope={data.participantsInScope}
                  empty="No goals coded in this scope."
                  onOpen={openTag}
                />
              </div>
              <EvidenceMatrix filters={filters} onOpen={setOpen} onShape={setMatrixShape} />
              <div className="synthesis-grid">
                <SaturationChart filters={filters} />
                <CoOccurrence filters={filters} names={names} />
              </div>
            </>
          ) : null}
          {!data && !rollup.error ? <p className="loading muted">Rolling up the evidence…</p> : null}
        </div>
      </div>
      {open ? <EvidenceDrawer request={open} onClose={() => setOpen(null)} /> : null}
    </main>
  );
}
