/** Small helpers shared by the benchmarks: timing, percentiles, formatting, a user who has said who is coding. */
import path from 'node:path';
import { USER_CODER_FILE, UserCoderFile } from '../electron/core/project/userCoder';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? NaN;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export interface BenchResult {
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB';
  target: number;
  detail?: string;
}

export function report(results: BenchResult[]): string {
  const rows = results.map((r) => {
    const hasTarget = Number.isFinite(r.target);
    const ok = !hasTarget ? '' : r.value <= r.target ? 'ok' : 'OVER TARGET';
    const target = hasTarget ? `≤ ${r.target} ${r.unit}` : '—';
    return `| ${r.name} | ${r.value.toFixed(r.unit === 's' ? 2 : 1)} ${r.unit} | ${target} | ${ok} | ${r.detail ?? ''} |`;
  });
  return ['| benchmark | measured | target | | detail |', '|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * A user-data folder whose user has said who is coding, so a browser benchmark's screens are not
 * covered by the first-use "Who is coding?" dialog.
 */
export function benchUserData(dir: string): string {
  const userData = path.join(dir, 'user-data');
  new UserCoderFile(path.join(userData, USER_CODER_FILE)).write({
    guid: 'bench-coder',
    name: 'Bench Researcher',
    initials: 'BR',
    colour: '#1864ab',
  });
  return userData;
}
