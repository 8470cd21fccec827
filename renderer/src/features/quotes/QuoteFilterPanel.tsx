/** The quote library's filters: tag, kind, who, where, which interview, how, when, starred, sort, text. */
import { RESEARCH_METHOD_LABELS, RESEARCH_METHODS } from '../../../../shared/domain/framework';
import { QUOTE_EVIDENCE, QUOTE_SORTS } from '../../../../shared/domain/quote';
import { TAG_KIND_LABELS, TAG_KINDS } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';
import { LongSelect } from '../../ui/LongSelect';
import { useCoders } from '../coders/useCoders';

export interface QuoteFilterState {
  text: string;
  tagId: string;
  tagKind: string;
  participantId: string;
  companyId: string;
  segmentId: string;
  coderId: string;
  interviewId: string;
  method: string;
  from: string;
  to: string;
  starred: boolean;
  flagged: boolean;
  evidence: (typeof QUOTE_EVIDENCE)[number];
  sort: (typeof QUOTE_SORTS)[number];
}

export const NO_FILTERS: QuoteFilterState = {
  text: '',
  tagId: '',
  tagKind: '',
  participantId: '',
  companyId: '',
  segmentId: '',
  coderId: '',
  interviewId: '',
  method: '',
  from: '',
  to: '',
  starred: false,
  flagged: false,
  evidence: 'any',
  sort: 'newest',
};

const EVIDENCE_LABELS: Record<(typeof QUOTE_EVIDENCE)[number], string> = {
  any: 'Any quote',
  supporting: 'Supporting evidence',
  contradicting: 'Contradicting evidence',
  not_counted: 'Not counted as evidence',
};

const SORT_LABELS: Record<(typeof QUOTE_SORTS)[number], string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  interview: 'By interview',
  most_coded: 'Most tags first',
};

type Options = { value: string | number; label: string }[];

export function QuoteFilterPanel({
  value,
  onChange,
}: {
  value: QuoteFilterState;
  onChange(next: QuoteFilterState): void;
}) {
  const tags = useQuery('tags.list', {}, { errors: 'toast' });
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const names = useNames();
  const companies = useQuery('companies.list', {}, { errors: 'toast' });
  const interviews = useQuery('interviews.list', {}, { errors: 'toast' });
  const coders = useCoders();
  const set = <K extends keyof QuoteFilterState>(key: K, v: QuoteFilterState[K]) => onChange({ ...value, [key]: v });
  const segments = new Map<number, string>();
  for (const p of participants.data ?? [])
    if (p.segmentId !== null) segments.set(p.segmentId, p.segmentName ?? `Segment ${p.segmentId}`);

  const select = (label: string, key: keyof QuoteFilterState, options: Options, any: string) => (
    <div className="filter-field">
      <label className="field-label" htmlFor={`quote-filter-${key}`}>
        {label}
      </label>
      <LongSelect
        id={`quote-filter-${key}`}
        value={String(value[key])}
        onChange={(v) => set(key, v as never)}
        any={any}
        options={options}
      />
    </div>
  );

  const active = JSON.stringify({ ...value, sort: 'newest' }) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="filter-panel" role="group" aria-label="Filter quotes">
      <label className="filter-field">
        <span className="field-label">Words</span>
        <input
          type="search"
          className="input"
          value={value.text}
          placeholder="Words in the quote"
          onChange={(event) => set('text', event.target.value)}
        />
      </label>
      {select(
        'Tag',
        'tagId',
        (tags.data ?? [])
          .filter((t) => !t.archived)
          .sort((a, b) => a.path.localeCompare(b.path))
          .map((t) => ({ value: t.id, label: t.path })),
        'Any tag',
      )}
      {select(
        'Tag kind',
        'tagKind',
        TAG_KINDS.map((k) => ({ value: k, label: TAG_KIND_LABELS[k] })),
        'Any kind',
      )}
      {select(
        'Participant',
        'participantId',
        (participants.data ?? []).map((p) => ({ value: p.id, label: personLabel(p, names.presenting) })),
        'Anyone',
      )}
      {select(
        'Company',
        'companyId',
        (companies.data ?? []).map((c) => ({ value: c.id, label: names.company(c.name) })),
        'Any company',
      )}
      {select(
        'Segment',
        'segmentId',
        [...segments].map(([id, name]) => ({ value: id, label: name })),
        'Any segment',
      )}
      {/* Only worth asking once a second researcher has coded in this project. */}
      {coders.list.length > 1
        ? select(
            'Coder',
            'coderId',
            coders.list.map((c) => ({ value: c.id, label: c.name })),
            'Any coder',
          )
        : null}
      {select(
        'Interview',
        'interviewId',
        (interviews.data ?? []).map((i) => ({ value: i.id, label: names.text(i.title) })),
        'Any interview',
      )}
      {select(
        'Method',
        'method',
        RESEARCH_METHODS.map((m) => ({ value: m, label: RESEARCH_METHOD_LABELS[m] })),
        'Any method',
      )}
      <div className="filter-dates">
        <label className="filter-field">
          <span className="field-label">From</span>
          <input
            type="date"
            className="input"
            value={value.from}
            onChange={(event) => set('from', event.target.value)}
          />
        </label>
        <label className="filter-field">
          <span className="field-label">To</span>
          <input type="date" className="input" value={value.to} onChange={(event) => set('to', event.target.value)} />
        </label>
      </div>
      <label className="filter-field">
        <span className="field-label">Evidence</span>
        <select
          className="input"
          value={value.evidence}
          onChange={(event) => set('evidence', event.target.value as QuoteFilterState['evidence'])}
        >
          {QUOTE_EVIDENCE.map((e) => (
            <option key={e} value={e}>
              {EVIDENCE_LABELS[e]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={value.starred} onChange={(event) => set('starred', event.target.checked)} />
        <span className="check-label">Starred only</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={value.flagged} onChange={(event) => set('flagged', event.target.checked)} />
        <span className="check-label">Needs review only</span>
      </label>
      <label className="filter-field">
        <span className="field-label">Sort</span>
        <select
          className="input"
          value={value.sort}
          onChange={(event) => set('sort', event.target.value as QuoteFilterState['sort'])}
        >
          {QUOTE_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <button type="button" className="btn btn-quiet" onClick={() => onChange({ ...NO_FILTERS, sort: value.sort })}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
