/**
 * Co-occurrence and saturation, read from the evidence table without loading its rows: SQL returns
 * only what each needs — the distinct (group, tag) pairs in group order for co-occurrence (a covering
 * index walk), one row per tag with the first interview that raised it for saturation — and the
 * arithmetic on those runs over typed arrays.
 */
import type { Database } from 'better-sqlite3';
import type { CoOccurrence, EvidenceFilters, Saturation } from '../../../../shared/domain/synthesis';
import type { TagKind } from '../../../../shared/domain/tag';
import { evidenceWhere } from '../../repos/evidence';
import { firstInterviewOfTags, groupTagPairs, interviewsInOrder } from '../../repos/patterns';

type Pair = { a: number; b: number; count: number };

/** True when x ranks below y: fewer, or as many but later in (a, b) order. */
const below = (x: Pair, y: Pair) =>
  x.count < y.count || (x.count === y.count && (x.a > y.a || (x.a === y.a && x.b > y.b)));

/** The `limit` best pairs, kept in a min-heap as counts are read (no array of every pair). */
class TopPairs {
  private readonly heap: Pair[] = [];
  constructor(private readonly limit: number) {}
  offer(p: Pair): void {
    const h = this.heap;
    if (h.length < this.limit) {
      h.push(p);
      for (let i = h.length - 1; i > 0;) {
        const up = (i - 1) >> 1;
        if (!below(h[i]!, h[up]!)) break;
        [h[i], h[up]] = [h[up]!, h[i]!];
        i = up;
      }
    } else if (this.limit > 0 && below(h[0]!, p)) {
      h[0] = p;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && below(h[l]!, h[m]!)) m = l;
        if (r < h.length && below(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
  }
  sorted(): Pair[] {
    return [...this.heap].sort((x, y) => (below(x, y) ? 1 : below(y, x) ? -1 : 0));
  }
}

/**
 * Pairs of tags supported by the same quote, or by the same participant; most frequent first. Each
 * group's distinct tags arrive together (ORDER BY group, tag), so a pair is counted once per group in
 * a dense count array; the work is the number of co-occurring pairs, which no query can avoid.
 */
export function coOccurrence(
  db: Database,
  filters: EvidenceFilters,
  scopeKind: 'quote' | 'participant',
  limit = 50,
): CoOccurrence {
  const w = evidenceWhere(filters, { stance: 'supports' });
  const rows = groupTagPairs(db, w, scopeKind);
  const tagIds = [...new Set(rows.map((r) => r[1]))].sort((x, y) => x - y);
  const dense = new Map(tagIds.map((id, i) => [id, i]));
  const n = tagIds.length;
  // n² counters while that stays small (800 tags: 2.5 MB); a map beyond.
  const grid = n <= 2048 ? new Uint32Array(n * n) : null;
  const sparse = grid ? null : new Map<number, number>();
  let members: number[] = [];
  const flush = () => {
    for (let i = 0; i < members.length; i++) {
      const base = members[i]! * n;
      for (let j = i + 1; j < members.length; j++) {
        const k = base + members[j]!;
        if (grid) grid[k]!++;
        else sparse!.set(k, (sparse!.get(k) ?? 0) + 1);
      }
    }
    members = [];
  };
  let current: number | null = null;
  for (const [g, tag] of rows) {
    if (g !== current) {
      flush();
      current = g;
    }
    members.push(dense.get(tag)!);
  }
  flush();
  const top = new TopPairs(limit);
  if (grid) {
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        const count = grid[a * n + b]!;
        if (count > 0) top.offer({ a: tagIds[a]!, b: tagIds[b]!, count });
      }
  } else {
    for (const [k, count] of sparse!) top.offer({ a: tagIds[Math.floor(k / n)]!, b: tagIds[k % n]!, count });
  }
  return { scope: scopeKind, pairs: top.sorted() };
}

/**
 * New tags per successive interview (by date): how many codes an interview introduced (with supporting
 * evidence) that no earlier interview had. Saturated when the last `window` interviews introduced none.
 * SQL returns the interviews with evidence in scope, and for each tag the first of them that raised it.
 */
export function saturation(db: Database, filters: EvidenceFilters, kind: TagKind | null, window: number): Saturation {
  const w = evidenceWhere(filters, { stance: 'supports' });
  const interviews = interviewsInOrder(db, w);
  const firsts = firstInterviewOfTags(db, w, kind);
  const freshAt = new Map<number, number[]>();
  for (const [tagId, n] of firsts) {
    const list = freshAt.get(n) ?? [];
    list.push(tagId);
    freshAt.set(n, list);
  }
  let cumulative = 0;
  const points = interviews.map(([id, title, date, n]) => {
    const fresh = (freshAt.get(n) ?? []).sort((a, b) => a - b);
    cumulative += fresh.length;
    return { interviewId: id, title, date, newTags: fresh.length, cumulative, newTagIds: fresh };
  });
  const tail = points.slice(-window);
  const saturated = points.length >= window && tail.every((p) => p.newTags === 0);
  const what = kind === null ? 'code' : kind.replace(/_/g, ' ');
  // The position of the last interview that still raised something new.
  let lastNew = 0;
  points.forEach((p, i) => void (p.newTags > 0 && (lastNew = i + 1)));
  const message =
    points.length < window
      ? `Too early to tell: ${points.length} of at least ${window} interviews coded.`
      : saturated
        ? lastNew > 0
          ? `Saturated after ${lastNew} interview${lastNew === 1 ? '' : 's'}: no new ${what} in the last ${points.length - lastNew}.`
          : `No ${what} raised in these ${points.length} interviews.`
        : `New ${what}s still appear (${tail.reduce((n, p) => n + p.newTags, 0)} in the last ${window} interviews).`;
  return { kind, window, points, saturated, message, belowPlan: [] };
}
