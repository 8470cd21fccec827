/** The synthesis filters: segment, company industry, interview method and date range, applied to every panel. */
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
import { RESEARCH_METHOD_LABELS, RESEARCH_METHODS, type ResearchMethod } from '../../../../shared/domain/framework';
import { useQuery } from '../../api/hooks';
import { dayToEpoch, epochToDay } from '../../ui/format';

export const NO_FILTERS: EvidenceFilters = { segmentIds: [], companyIds: [], industries: [], methods: [], participantIds: [], from: null, to: null };

const DAY_END = 12 * 3600 * 1000 - 1;

export function isFiltered(f: EvidenceFilters): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTERS);
}

export function FilterBar({ value, onChange }: { value: EvidenceFilters; onChange(next: EvidenceFilters): void }) {
  const segments = useQuery('segments.list', {});
  const companies = useQuery('companies.list', {});
  const industries = [...new Set((companies.data ?? []).map((c) => c.industry).filter(Boolean))].sort();
  const set = (patch: Partial<EvidenceFilters>) => onChange({ ...value, ...patch });
  return (
    <form className="synthesis-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label className="filter-inline">
        <span>Segment</span>
        <select className="input select" value={value.segmentIds[0] ?? ''} onChange={(e) => set({ segmentIds: e.target.value ? [Number(e.target.value)] : [] })}>
          <option value="">All segments</option>
          {(segments.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {industries.length ? (
        <label className="filter-inline">
          <span>Industry</span>
          <select className="input select" value={value.industries[0] ?? ''} onChange={(e) => set({ industries: e.target.value ? [e.target.value] : [] })}>
            <option value="">All industries</option>
            {industries.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="filter-inline">
        <span>Method</span>
        <select className="input select" value={value.methods[0] ?? ''} onChange={(e) => set({ methods: e.target.value ? [e.target.value as ResearchMethod] : [] })}>
          <option value="">All methods</option>
          {RESEARCH_METHODS.map((m) => (
            <option key={m} value={m}>
              {RESEARCH_METHOD_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-inline">
        <span>From</span>
        <input type="date" className="input" value={epochToDay(value.from)} onChange={(e) => set({ from: e.target.value ? dayToEpoch(e.target.value) : null })} />
      </label>
      <label className="filter-inline">
        <span>To</span>
        <input
          type="date"
          className="input"
          value={epochToDay(value.to)}
          onChange={(e) => {
            const day = e.target.value ? dayToEpoch(e.target.value) : null;
            set({ to: day === null ? null : day + DAY_END });
          }}
        />
      </label>
      {isFiltered(value) ? (
        <button type="button" className="btn btn-quiet" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
