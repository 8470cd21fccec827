/**
 * SQL functions every connection to a project registers before it reads. `quote_time` is the one
 * rule of shared/domain/cueTimes.ts, so quotes, citations, search hits and exports all give a quote
 * the time its first word is said, not its turn's start.
 */
import type { Database } from 'better-sqlite3';
import { parseCueTimes, timeAtOffset } from '../../../shared/domain/cueTimes';

export function registerFunctions(db: Database): void {
  db.function(
    'quote_time',
    { deterministic: true },
    (turnStartMs: unknown, cueTimes: unknown, offset: unknown): number | null => {
      if (typeof turnStartMs !== 'number' && typeof turnStartMs !== 'bigint') return null;
      const start = Number(turnStartMs);
      if (typeof cueTimes !== 'string' || cueTimes === '[]') return start;
      return timeAtOffset(start, parseCueTimes(cueTimes), Number(offset ?? 0));
    },
  );
}

/** A quote's time in SQL, for a quote `q` joined to its first turn `s`. */
export const QUOTE_TIME_SQL = 'quote_time(s.start_ms, s.cue_times, q.start_offset)';
