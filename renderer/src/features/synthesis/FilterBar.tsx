/** The synthesis filters: segments, companies, industries, coders, interview methods (any of each) and a date range, applied to every panel. */
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
import {
  RESEARCH_METHOD_LABELS,
  RESEARCH_METHODS,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  type ResearchMethod,
  type SourceKind,
} from '../../../../shared/domain/framework';
import { useQuery } from '../../api/hooks';
import { dayToEpoch, epochToDay } from '../../ui/format';
import { MultiSelect } from '../../ui/MultiSelect';
import { useCoders } from '../coders/useCoders';

export const NO_FILTERS: EvidenceFilters = {
  segmentIds: [],
  companyIds: [],
  industries: [],
  methods: [],
  participantIds: [],
  sourceKinds: [],
  coderIds: [],
  from: null,
  to: null,
};

const DAY_END = 12 * 3600 * 1000 - 1;

export function isFiltered(f: EvidenceFilters): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTERS);
}

export function FilterBar({ value, onChange }: { value: EvidenceFilters; onChange(next: EvidenceFilters): void }) {
  const segments = useQuery('segments.list', {}, { errors: 'toast' });
  const companies = useQuery('companies.list', {}, { errors: 'toast' });
  const industries = [...new Set((companies.data ?? []).map((c) => c.industry).filter(Boolean))].sort();
  const coders = useCoders();
  const set = (patch: Partial<EvidenceFilters>) => onChange({ ...value, ...patch });
  return (
    <form className="synthesis-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <MultiSelect
        label="Segment"
        allLabel="All segments"
        options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={value.segmentIds}
        onChange={(segmentIds) => set({ segmentIds })}
      />
      {(companies.data ?? []).length ? (
        <MultiSelect
          label="Company"
          allLabel="All companies"
          options={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={value.companyIds}
          onChange={(companyIds) => set({ companyIds })}
        />
      ) : null}
      {industries.length ? (
        <MultiSelect
          label="Industry"
          allLabel="All industries"
          options={industries.map((i) => ({ value: i, label: i }))}
          value={value.industries}
          onChange={(next) => set({ industries: next })}
        />
      ) : null}
      {/* Whose codings count: only worth asking once a second researcher has coded in this project. */}
      {coders.list.length > 1 ? (
        <MultiSelect
          label="Coder"
          allLabel="All coders"
          options={coders.list.map((c) => ({ value: c.id, label: c.name }))}
          value={value.coderIds}
          onChange={(coderIds) => set({ coderIds })}
        />
      ) : null}
      <MultiSelect
        label="Method"
        allLabel="All methods"
        options={RESEARCH_METHODS.map((m) => ({ value: m, label: RESEARCH_METHOD_LABELS[m] }))}
        value={value.methods}
        onChange={(methods) => set({ methods: methods as ResearchMethod[] })}
      />
      <MultiSelect
        label="Source"
        allLabel="All sources"
        options={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))}
        value={value.sourceKinds}
        onChange={(sourceKinds) => set({ sourceKinds: sourceKinds as SourceKind[] })}
      />
      <label className="filter-inline">
        <span>From</span>
        <input
          type="date"
          className="input"
          value={epochToDay(value.from)}
          onChange={(e) => set({ from: e.target.value ? dayToEpoch(e.target.value) : null })}
        />
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
