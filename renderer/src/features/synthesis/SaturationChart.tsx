/**
 * New tags per successive interview (in date order) as a small SVG bar chart, with the stopping rule.
 * Our own SVG: a single bar series needs no chart library; it saves as SVG or PNG (ChartExport). The numbers are also in a table for screen readers.
 * Past MAX_BARS interviews, consecutive interviews share a bar (their new tags added up), so the chart
 * stays readable and its size stays the same however long the study; the table is built only when opened.
 */
import { useRef, useState } from 'react';
import type { EvidenceFilters, Saturation } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { QueryError } from '../../ui/QueryError';
import { formatDate } from '../../ui/format';
import { ChartExport } from './ChartExport';

const H = 140;
const BAR = 28;
const GAP = 12;
const PAD = { top: 16, left: 28, bottom: 28 };
const MIN_WIDTH = 360;
const MAX_BARS = 60;

interface Bar {
  key: number;
  newTags: number;
  /** The interviews' positions it covers, 1-based: "7" or "7–12". */
  label: string;
}

/** One bar per interview, or per run of consecutive interviews when there are more than MAX_BARS. */
function bars(points: Saturation['points']): { bars: Bar[]; per: number } {
  const per = Math.max(1, Math.ceil(points.length / MAX_BARS));
  const out: Bar[] = [];
  for (let i = 0; i < points.length; i += per) {
    const run = points.slice(i, i + per);
    out.push({
      key: run[0]!.interviewId,
      newTags: run.reduce((n, p) => n + p.newTags, 0),
      label: run.length === 1 ? String(i + 1) : `${i + 1}–${i + run.length}`,
    });
  }
  return { bars: out, per };
}

function Chart({ data }: { data: Saturation }) {
  const { bars: shown, per } = bars(data.points);
  const max = Math.max(1, ...shown.map((p) => p.newTags));
  const width = Math.max(MIN_WIDTH, PAD.left + shown.length * (BAR + GAP) + GAP);
  const y = (n: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - n / max);
  // The bars holding the last `window` interviews.
  const windowStart = Math.floor((data.points.length - data.window) / per);
  const windowBars = shown.length - windowStart;
  return (
    <svg className="saturation-svg" viewBox={`0 0 ${width} ${H}`} aria-hidden="true">
      {[0, max].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={width} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-label">
            {tick}
          </text>
        </g>
      ))}
      {data.points.length >= data.window && windowStart >= 0 ? (
        <rect
          x={PAD.left + GAP / 2 + windowStart * (BAR + GAP)}
          y={PAD.top - 8}
          width={windowBars * (BAR + GAP)}
          height={H - PAD.top - PAD.bottom + 8}
          className={`chart-window${data.saturated ? ' is-saturated' : ''}`}
        />
      ) : null}
      {shown.map((p, i) => {
        const x = PAD.left + GAP + i * (BAR + GAP);
        return (
          <g key={p.key}>
            <rect
              x={x}
              y={y(p.newTags)}
              width={BAR}
              height={Math.max(0, y(0) - y(p.newTags))}
              className="chart-bar"
              rx={2}
            />
            {p.newTags > 0 ? (
              <text x={x + BAR / 2} y={y(p.newTags) - 4} textAnchor="middle" className="chart-value">
                {p.newTags}
              </text>
            ) : null}
            <text x={x + BAR / 2} y={H - PAD.bottom + 16} textAnchor="middle" className="chart-label">
              {per === 1 || i % 5 === 0 ? p.label.split('–')[0] : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function SaturationChart({ filters }: { filters: EvidenceFilters }) {
  const [kind, setKind] = useState<TagKind | ''>('pain_point');
  const saturation = useQuery('synthesis.saturation', { filters, kind: kind || null, window: 3 });
  const data = saturation.data;
  const [tableOpen, setTableOpen] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  return (
    <section className="synthesis-panel" aria-labelledby="saturation-title">
      <header className="panel-head">
        <h2 id="saturation-title" className="panel-title">
          Saturation
        </h2>
        <label className="filter-inline">
          <span>New</span>
          <select className="input select" value={kind} onChange={(e) => setKind(e.target.value as TagKind | '')}>
            <option value="">Tags of any kind</option>
            {TAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {TAG_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </header>
      {data ? (
        <>
          <p className={`notice ${data.saturated ? 'notice-positive' : 'notice-info'} saturation-rule`} role="status">
            <strong>{data.saturated ? 'Saturated. ' : 'Not saturated yet. '}</strong>
            {data.message}
          </p>
          {data.belowPlan.length > 0 ? (
            <p className="notice notice-caution saturation-plan">
              <strong>Below the planned minimum: </strong>
              {data.belowPlan.join('; ')}. <a href="#/plan">Research plan</a>
            </p>
          ) : null}
          <figure className="saturation-figure">
            <div
              ref={chartRef}
              className="saturation-scroll"
              tabIndex={0}
              role="region"
              aria-label="Saturation chart, scrollable"
            >
              <Chart data={data} />
            </div>
            <figcaption className="muted">
              New tags first heard in each interview, oldest first (numbers under the bars). Shaded: the last{' '}
              {data.window} interviews the stopping rule looks at.
            </figcaption>
          </figure>
          <ChartExport chart={chartRef} title="Saturation: new tags per interview" fileName="saturation" />
          <details className="saturation-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>Show as a table</summary>
            <table className="entity-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Interview</th>
                  <th scope="col">Date</th>
                  <th scope="col">New tags</th>
                  <th scope="col">Total so far</th>
                </tr>
              </thead>
              <tbody>
                {(tableOpen ? data.points : []).map((p, i) => (
                  <tr key={p.interviewId}>
                    <td>{i + 1}</td>
                    <th scope="row">{p.title}</th>
                    <td>{formatDate(p.date)}</td>
                    <td>{p.newTags}</td>
                    <td>{p.cumulative}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : saturation.error ? (
        <QueryError what="The saturation chart" query={saturation} />
      ) : (
        <p className="loading muted">Loading…</p>
      )}
    </section>
  );
}
