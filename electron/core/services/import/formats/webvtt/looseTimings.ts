/**
 * Some Teams versions write WebVTT timings with one-digit fields ("0:0:1.0 --> 0:0:2.5"). The W3C
 * rules (and the conformance tests of the raw cue layer) reject every such cue, so the file would
 * import as nothing. Before the reference parser runs, the importer pads those timestamps to the
 * strict form ("00:00:01.000") and says so in a warning. Only timing lines change; a timestamp that
 * is already valid, or that cannot be read even loosely (minutes above 59), is left as written.
 */

export interface LooseTimings {
  text: string;
  /** How many timing lines were rewritten, and the first one as written (for the warning). */
  count: number;
  first: { line: number; raw: string } | null;
}

const TIMESTAMP = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:\.\d{1,3})?`;
const TIMING_LINE = new RegExp(String.raw`^([ \t]*)(${TIMESTAMP})([ \t]+-->[ \t]+)(${TIMESTAMP})(?=[ \t]|$)`);
const STRICT = /^(?:\d+:)?\d{2}:\d{2}\.\d{3}$/;

export function padLooseTimings(text: string): LooseTimings {
  if (!text.includes('-->')) return { text, count: 0, first: null };
  // Separators are kept in the array so the text is rebuilt byte for byte around the changes.
  const parts = text.split(/(\r\n|\r|\n)/);
  let count = 0;
  let first: LooseTimings['first'] = null;
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    if (!line.includes('-->')) continue;
    const m = TIMING_LINE.exec(line);
    if (!m || (STRICT.test(m[2]!) && STRICT.test(m[4]!))) continue;
    const start = pad(m[2]!);
    const end = pad(m[4]!);
    if (start === null || end === null) continue;
    parts[i] = `${m[1]}${start}${m[3]}${end}${line.slice(m[0].length)}`;
    count++;
    first ??= { line: i / 2 + 1, raw: line.trim() };
  }
  return count === 0 ? { text, count, first } : { text: parts.join(''), count, first };
}

/** "0:0:1.0" -> "00:00:01.000"; null when a field is out of range (the parser then says why). */
function pad(raw: string): string | null {
  const [clock, fraction = ''] = raw.split('.');
  const fields = clock!.split(':');
  const seconds = Number(fields[fields.length - 1]);
  const minutes = Number(fields[fields.length - 2]);
  if (seconds > 59 || minutes > 59) return null;
  const two = (n: string) => n.padStart(2, '0');
  const hours = fields.length === 3 ? `${two(fields[0]!)}:` : '';
  return `${hours}${two(fields[fields.length - 2]!)}:${two(fields[fields.length - 1]!)}.${fraction.padEnd(3, '0')}`;
}
