/**
 * New tags per successive interview (in date order) as a small SVG bar chart, with the stopping rule.
 * Our own SVG: a single bar series needs no chart library. The numbers are also in a table for screen readers.
 */
import { useState } from 'react';
import type { EvidenceFilters, Saturation } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { formatDate } from '../../ui/format';

const H = 140;
const BAR = 28;
const GAP = 12;
const PAD = { top: 16, left: 28, bottom: 28 };
const MIN_WIDTH = 360;

function Chart({ data }: { data: Saturation }) {
  const max = Math.max(1, ...data.points.map((p) => p.newTags));
  const width = Math.max(MIN_WIDTH, PAD.left + data.points.length * (BAR + GAP) + GAP);
  const y = (n: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - n / max);
  const windowStart = data.points.length - data.window;
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
        <rect x={PAD.left + GAP / 2 + windowStart * (BAR + GAP)} y={PAD.top - 8} width={data.window * (BAR + GAP)} height={H - PAD.top - PAD.bottom + 8} className={`chart-window${data.saturated ? ' is-saturated' : ''}`} />
      ) : null}
      {data.points.map((p, i) => {
        const x = PAD.left + GAP + i * (BAR + GAP);
        return (
          <g key={p.interviewId}>
            <rect x={x} y={y(p.newTags)} width={BAR} height={Math.max(0, y(0) - y(p.newTags))} className="chart-bar" rx={2} />
            {p.newTags > 0 ? (
              <text x={x + BAR / 2} y={y(p.newTags) - 4} textAnchor="middle" className="chart-value">
                {p.newTags}
              </text>
            ) : null}
            <text x={x + BAR / 2} y={H - PAD.bottom + 16} textAnchor="middle" className="chart-label">
              {i + 1}
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
          <figure className="saturation-figure">
            <div className="saturation-scroll" tabIndex={0} role="region" aria-label="Saturation chart, scrollable">
              <Chart data={data} />
            </div>
            <figcaption className="muted">New tags first heard in each interview, oldest first (numbers under the bars). Shaded: the last {data.window} interviews the stopping rule looks at.</figcaption>
          </figure>
          <details className="saturation-table">
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
                {data.points.map((p, i) => (
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
      ) : (
        <p className="loading muted">Loading…</p>
      )}
    </section>
  );
}
