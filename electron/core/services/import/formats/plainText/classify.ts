/**
 * One line of a text transcript -> what it might be. Classification is local and optimistic;
 * whether a label is really a speaker is decided later, across the whole file (see assemble.ts).
 */
import { parseClock } from '../../timecode';
import { splitSpeakerPrefix } from '../../prefixes';
import { isPlausibleSpeakerLabel, normaliseSpeakerLabel } from '../../speakers';

/** How a speaker label was written; 'strong' forms carry a timestamp, brackets or bold. */
export type HeaderStyle =
  | 'otter' // "Jane Doe  0:03" (also Teams' Word export)
  | 'zoom-captions' // "[Jane Doe] 10:02:33"
  | 'teams-timing' // name on the line after "0:0:3.420 --> 0:0:8.150"
  | 'bracket' // "[Speaker 1]" alone
  | 'bold' // "**Jane:**" alone
  | 'colon'; // "Speaker 2:" alone

export type LineKind =
  | { kind: 'blank' }
  | { kind: 'timing'; startMs: number; endMs: number } // Teams "0:0:3.420 --> 0:0:8.150"
  | { kind: 'clock'; ms: number } // a timestamp alone on a line (Google Meet every 5 minutes)
  | { kind: 'header'; style: HeaderStyle; label: string | null; raw: string; ms: number | null; layout?: boolean }
  | { kind: 'inline'; label: string | null; raw: string; ms: number | null; rest: string; strong: boolean }
  | { kind: 'text'; text: string; ms: number | null };

const CLOCK = String.raw`\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`;
const TIMING_LINE = new RegExp(String.raw`^(${CLOCK})\s*-->\s*(${CLOCK})$`);
const CLOCK_ALONE = new RegExp(String.raw`^[\[(]?(${CLOCK})[\])]?$`);
const OTTER_HEADER = new RegExp(String.raw`^(\S.{0,59}?)\s+(${CLOCK})$`);
const ZOOM_HEADER = new RegExp(String.raw`^\[([^\]]{1,60})\]\s+(${CLOCK})$`);
/** A bracketed clock may be short; a bare one must be h:mm:ss so "10:30 we met" stays prose. */
const LEADING_CLOCK = new RegExp(
  String.raw`^[\[(](${CLOCK})[\])]\s*(.*)$|^(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)\s+(.*)$`,
);
/** "Jane (00:01:02): text" and "Jane [00:01:02]: text". */
const LABEL_CLOCK_COLON = new RegExp(String.raw`^([^:\[\]()]{1,40}?)\s*[\[(](${CLOCK})[\])]:\s*(.*)$`);

function clockMs(raw: string): number | null {
  const r = parseClock(raw);
  return r.ok ? r.ms : null;
}

function plausible(raw: string): { label: string | null } | null {
  const label = normaliseSpeakerLabel(raw);
  return isPlausibleSpeakerLabel(label ?? 'Unknown') ? { label } : null;
}

export function classifyLine(line: string): LineKind {
  const t = line.trim();
  if (t.length === 0) return { kind: 'blank' };

  let m = TIMING_LINE.exec(t);
  if (m) {
    const start = clockMs(m[1]!);
    const end = clockMs(m[2]!);
    if (start !== null && end !== null) return { kind: 'timing', startMs: start, endMs: end };
  }
  m = CLOCK_ALONE.exec(t);
  if (m) {
    const ms = clockMs(m[1]!);
    if (ms !== null) return { kind: 'clock', ms };
  }
  m = ZOOM_HEADER.exec(t);
  if (m) {
    const p = plausible(m[1]!);
    if (p) return { kind: 'header', style: 'zoom-captions', label: p.label, raw: m[1]!, ms: clockMs(m[2]!) };
  }
  m = OTTER_HEADER.exec(t);
  if (m && !m[1]!.endsWith(':')) {
    const p = plausible(m[1]!);
    if (p) return { kind: 'header', style: 'otter', label: p.label, raw: m[1]!, ms: clockMs(m[2]!) };
  }
  m = /^\[([^\]]{1,40})\]$/.exec(t);
  if (m) {
    const p = plausible(m[1]!);
    if (p) return { kind: 'header', style: 'bracket', label: p.label, raw: m[1]!, ms: null };
  }
  m = /^\*\*([^*]{1,40}?):?\*\*:?$/.exec(t);
  if (m) {
    const p = plausible(m[1]!);
    if (p) return { kind: 'header', style: 'bold', label: p.label, raw: m[1]!, ms: null };
  }
  m = /^([^:]{1,40}):$/.exec(t);
  if (m) {
    const p = plausible(m[1]!);
    if (p) return { kind: 'header', style: 'colon', label: p.label, raw: m[1]!, ms: null };
  }
  m = LABEL_CLOCK_COLON.exec(t);
  if (m) {
    const p = plausible(m[1]!);
    if (p) return { kind: 'inline', label: p.label, raw: m[1]!, ms: clockMs(m[2]!), rest: m[3]!, strong: true };
  }

  // "[00:01:02] Jane: text" or "00:01:02 Jane: text" or "[00:01:02] text".
  let ms: number | null = null;
  let body = t;
  m = LEADING_CLOCK.exec(t);
  if (m) {
    const clock = m[1] ?? m[3]!;
    const parsed = clockMs(clock);
    if (parsed !== null) {
      ms = parsed;
      body = (m[2] ?? m[4] ?? '').trim();
    }
  }
  const prefix = splitSpeakerPrefix(body);
  if (prefix) {
    const strong = ms !== null || /^(\*\*|\[)/.test(body);
    return { kind: 'inline', label: prefix.label, raw: prefix.raw, ms, rest: prefix.rest.trim(), strong };
  }
  return { kind: 'text', text: body, ms };
}

/** Header-only lines given by a timestamp, brackets or bold need less repetition to be trusted. */
export function isStrongHeader(style: HeaderStyle): boolean {
  return style !== 'colon';
}
