/** Lenient clock parsing for SRT and text transcripts: "1:02:03,450", "00:01:02.5", "12:03". */

export type ClockResult = { ok: true; ms: number } | { ok: false; problem: string };

/**
 * Accepts H:MM:SS with ',' '.' or ':' before 1-3 fraction digits, MM:SS(.mmm), and Teams'
 * unpadded "0:0:3.420". Minutes and seconds above 59 are refused with the reason, because
 * guessing (is 61 minutes 1:01:00?) would silently move text in time.
 */
export function parseClock(raw: string): ClockResult {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[,.:](\d{1,3}))?$/.exec(raw.trim());
  if (!m) return { ok: false, problem: 'is not a timecode' };
  const hours = m[1] ? Number(m[1]) : 0;
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (minutes > 59) return { ok: false, problem: 'has minutes above 59' };
  if (seconds > 59) return { ok: false, problem: 'has seconds above 59' };
  // ",5" is half a second, not 5 ms: the digits are a decimal fraction.
  const fraction = m[4] ? Math.round(Number(`0.${m[4]}`) * 1000) : 0;
  return { ok: true, ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction };
}
