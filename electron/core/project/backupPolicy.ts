/**
 * Which automatic backups to keep: the newest few whatever they are (a bad transcript replace is
 * usually noticed within minutes), the newest of each of the last 7 days that have backups, and
 * the newest of each of the last 4 weeks that have backups. Copies made before a restore are the
 * researcher's own file and are never pruned. Days and weeks are UTC, so the rule does not move
 * with time zones or daylight saving.
 */
export interface PolicyEntry {
  id: string;
  takenAt: number;
  /** Never pruned (the copy kept before a restore). */
  pinned: boolean;
}

export const POLICY = { newest: 3, daily: 7, weekly: 4 } as const;

const DAY = 86_400_000;

/** Days since the epoch, UTC. */
const dayOf = (t: number) => Math.floor(t / DAY);
/** Weeks starting on Monday (the epoch was a Thursday). */
const weekOf = (t: number) => Math.floor((dayOf(t) + 3) / 7);

/** The ids to keep; every other entry may be deleted. */
export function backupsToKeep(entries: readonly PolicyEntry[], policy: typeof POLICY = POLICY): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1));
  const keep = new Set<string>();
  for (const e of newestFirst) if (e.pinned) keep.add(e.id);
  const rotating = newestFirst.filter((e) => !e.pinned);
  for (const e of rotating.slice(0, policy.newest)) keep.add(e.id);
  keepNewestPer(rotating, dayOf, policy.daily, keep);
  keepNewestPer(rotating, weekOf, policy.weekly, keep);
  return keep;
}

function keepNewestPer(
  newestFirst: readonly PolicyEntry[],
  bucket: (t: number) => number,
  count: number,
  keep: Set<string>,
) {
  const seen = new Set<number>();
  for (const e of newestFirst) {
    const b = bucket(e.takenAt);
    if (seen.has(b)) continue;
    if (seen.size >= count) break;
    seen.add(b);
    keep.add(e.id);
  }
}

/** A daily backup is due when none was taken in the last 24 hours. */
export function dailyBackupDue(entries: readonly PolicyEntry[], now: number): boolean {
  const newest = entries.reduce((max, e) => Math.max(max, e.takenAt), -Infinity);
  return now - newest >= DAY;
}
