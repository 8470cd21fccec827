/** Formatting for people: dates in the user's locale, counts with units. */

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
// Number#toLocaleString builds a formatter on every call; lists format thousands of counts.
const numberFormat = new Intl.NumberFormat();

export function formatDate(epochMs: number | null | undefined): string {
  return epochMs === null || epochMs === undefined ? '' : dateFormat.format(new Date(epochMs));
}

export function formatTime(epochMs: number): string {
  return timeFormat.format(new Date(epochMs));
}

/** "1 participant", "3 participants"; pass the plural when it is not just "+s". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(n)} ${n === 1 ? singular : plural}`;
}

/** Local calendar day <-> epoch ms at local noon, so a date never slips a day across time zones. */
export function dayToEpoch(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
}

export function epochToDay(epochMs: number | null): string {
  if (epochMs === null) return '';
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
