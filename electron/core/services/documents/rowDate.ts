/**
 * A document row's date cell -> epoch ms. Exports write ISO dates, ISO date-times, spreadsheet dates
 * as their displayed text (US month/day unless the first number cannot be a month, day.month.year
 * with dots) or the long text of a JavaScript date. A date-time without a zone is read as UTC, so the
 * same file gives the same dates on every machine.
 */

/** null: the cell is empty; 'unreadable': it holds something that is not a date we can read. */
export function parseRowDate(cell: string): number | null | 'unreadable' {
  const s = cell.trim();
  if (s === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return utc(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    const zone = m[7];
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone ? zone : 'Z'}`;
    const t = Date.parse(iso);
    return Number.isFinite(t) ? t : 'unreadable';
  }
  m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    const t = utc(Number(m[4]), month, day, Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0));
    return t;
  }
  // Long forms ("Mar 5, 2024", "Tue Mar 05 2024 10:00:00 GMT+0000"): only with a four-digit year.
  if (/\b\d{4}\b/.test(s) && /[a-z]/i.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return t;
  }
  return 'unreadable';
}

function utc(y: number, mo: number, d: number, h = 0, mi = 0, se = 0): number | 'unreadable' {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return 'unreadable';
  const t = Date.UTC(y, mo - 1, d, h, mi, se);
  // 31 February rolls into March: refuse rather than move the date.
  return new Date(t).getUTCDate() === d ? t : 'unreadable';
}
