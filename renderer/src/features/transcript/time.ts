/** Timestamps as people read them: 4:05 under an hour, 1:02:03 above. */
export function formatClock(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '';
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The index of the turn playing at `ms`: the last one that started at or before it (turns sorted by time). */
export function turnAtTime(starts: readonly (number | null)[], ms: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid];
    if (s === null || s === undefined || s <= ms) {
      if (s !== null && s !== undefined) found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
