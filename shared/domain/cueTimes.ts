/**
 * When words were said inside a turn. A turn merges several caption cues; it keeps its own start time
 * and, for every cue after the first, `[offset, ms]`: the UTF-16 offset in the turn's text where that
 * cue's words begin and the cue's start time. A quote's time is the start of the cue in which its
 * first word stands. This is the only place the rule lives: SQL reads it through the registered
 * function `quote_time` (electron/core/db/functions.ts), so no screen or export can compute it apart.
 */
import { z } from 'zod';

/** `[offset, ms]` pairs for the cues after a turn's first, offsets strictly increasing. */
export type CueTimes = readonly (readonly [number, number])[];

export const CueTime = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export const CueTimesSchema = z.array(CueTime);

/**
 * The time of the words that start at `offset` in a turn: the start of the last cue that begins at or
 * before it, else the turn's start. Null when the turn has no time at all.
 */
export function timeAtOffset(turnStartMs: number | null, cues: CueTimes, offset: number): number | null {
  let ms = turnStartMs;
  // Cues are few per turn (tens at most) and sorted: a linear scan that stops early is enough.
  for (const [at, cueMs] of cues) {
    if (at > offset) break;
    ms = cueMs;
  }
  return ms;
}

/**
 * Reads the stored JSON. Anything malformed reads as "no cue times" (the turn's start is then the
 * time), never as an error: a damaged column must not hide a quote.
 */
export function parseCueTimes(json: string | null | undefined): [number, number][] {
  if (!json || json === '[]') return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  // Checked by hand, not with zod: SQL calls this once per row read.
  if (!Array.isArray(value)) return [];
  const cues: [number, number][] = [];
  for (const pair of value as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return [];
    const [at, ms] = pair as unknown[];
    if (!Number.isInteger(at) || !Number.isInteger(ms) || (at as number) < 0 || (ms as number) < 0) return [];
    cues.push([at as number, ms as number]);
  }
  return normaliseCueTimes(cues);
}

/** Sorted by offset, offsets above 0 and unique (for a tie the later cue wins: its words follow). */
export function normaliseCueTimes(cues: CueTimes): [number, number][] {
  const byOffset = new Map<number, number>();
  for (const [at, ms] of [...cues].sort((a, b) => a[0] - b[0])) if (at > 0) byOffset.set(at, ms);
  return [...byOffset].map(([at, ms]): [number, number] => [at, ms]);
}
