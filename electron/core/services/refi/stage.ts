/**
 * Reading a .qdpx, .qde or .qdc into a staged import: the model, each text source's exact text
 * and turns, every selection anchored to turns (or the reason it cannot be), and the preview's
 * loss report. Nothing is stored here; commit.ts writes it in one transaction.
 */
import { AppError } from '../../../../shared/errors';
import { isZip } from '../import/zipDirectory';
import { formatSize } from '../import/limits';
import { guidKey } from './guid';
import { positionTable, STANDARD_UNITS, type Units } from './offsets';
import { parseRefiXml, type RefiModel, type RefiSelection, type RefiSource } from './parseXml';
import { ReportBuilder, shorten } from './report';
import { sourceTurns, type SourceTurn } from './turns';
import { MAX_QDPX_UNPACKED_BYTES, openQdpx } from './zipRead';

export interface TurnAnchor {
  startTurn: number;
  startOffset: number;
  endTurn: number;
  endOffset: number;
}

export interface StagedSource {
  source: RefiSource;
  text: string;
  turns: SourceTurn[];
  anchors: Map<RefiSelection, TurnAnchor>;
  units: Units;
}

export interface StagedRefi {
  fileName: string;
  kind: 'qdpx' | 'qdc';
  model: RefiModel;
  sources: StagedSource[];
  /** Note texts read from the archive, by note GUID key. */
  noteTexts: Map<string, string>;
  report: ReportBuilder;
}

const UNSUPPORTED: Record<Exclude<RefiSource['kind'], 'text'>, string> = {
  pdf: 'PDF sources',
  picture: 'picture sources',
  audio: 'audio sources',
  video: 'video sources',
};

export async function stageRefi(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<StagedRefi> {
  if (bytes.length === 0) throw new AppError('PARSE', `${fileName} is empty.`);
  if (bytes.length > MAX_QDPX_UNPACKED_BYTES) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} is ${formatSize(bytes.length)}; REFI-QDA files larger than ${formatSize(MAX_QDPX_UNPACKED_BYTES)} cannot be imported.`,
    );
  }
  const archive = isZip(bytes) ? openQdpx(bytes, fileName) : null;
  const xmlBytes = archive ? await archive.readProject() : bytes;
  const model = parseRefiXml(decodeText(xmlBytes).text, fileName);
  const kind = model.root === 'CodeBook' ? 'qdc' : 'qdpx';
  const report = new ReportBuilder('import', fileName, model.origin);
  if (archive && archive.projectEntry.toLowerCase() !== 'project.qde')
    report.adjust(
      `The project XML is named “${archive.projectEntry}” instead of project.qde; it was read all the same.`,
    );
  if (archive?.sourcesFolder && archive.sourcesFolder !== 'sources')
    report.adjust(`Source files are in “${archive.sourcesFolder}/” instead of “sources/”.`);
  const strict = /^groundwork\b/i.test(model.origin ?? '');

  const sources: StagedSource[] = [];
  for (const source of model.sources) {
    if (signal?.aborted) throw new AppError('CANCELLED', 'The import was cancelled.');
    if (source.kind !== 'text') {
      report.lose(
        UNSUPPORTED[source.kind],
        'Groundwork imports text only; the rest of the project was imported',
        source.name,
      );
      const codings = source.selections.reduce((n, s) => n + s.codings.length, 0) + source.otherSelections;
      if (codings)
        report.lose(`codings on ${UNSUPPORTED[source.kind]}`, 'their source was not imported', undefined, codings);
      continue;
    }
    const text = await sourceText(source, archive, report);
    if (text === null) {
      const n = source.selections.length;
      if (n)
        report.lose('selections that could not be anchored', 'their source’s text is not in the file', source.name, n);
      continue;
    }
    const turns = sourceTurns(text, { strict });
    const units = chooseUnits(text, source.selections, model.origin);
    if (units.unit === 'utf16')
      report.adjust(
        `Selections in “${source.name}” count UTF-16 code units (as NVivo writes them), not code points; they were read that way.`,
      );
    if (units.crlfAsOne)
      report.adjust(
        `Selections in “${source.name}” count a CRLF line break as one character (as ATLAS.ti writes them); they were read that way.`,
      );
    const anchors = new Map<RefiSelection, TurnAnchor>();
    const table = positionTable(text, units);
    let trimmed = 0;
    for (const sel of source.selections) {
      const a = anchorSelection(sel, table, turns);
      if ('reason' in a) {
        report.lose(
          'selections that could not be anchored',
          a.reason,
          `${source.name}: ${shorten(sel.name || `${sel.start}–${sel.end}`)}`,
        );
        continue;
      }
      if (a.trimmed) trimmed++;
      anchors.set(sel, a.anchor);
    }
    if (trimmed)
      report.adjust(
        `${trimmed} selection${trimmed === 1 ? '' : 's'} in “${source.name}” began or ended on a speaker label or blank line and were trimmed to the spoken words.`,
      );
    if (source.sourceCodings)
      report.lose(
        'codings of whole sources',
        'Groundwork codes quotes, not whole interviews',
        source.name,
        source.sourceCodings,
      );
    sources.push({ source, text, turns, anchors, units });
  }

  const noteTexts = new Map<string, string>();
  for (const n of model.notes) {
    if (n.content !== null) noteTexts.set(guidKey(n.guid), n.content);
    else if (n.plainTextPath && archive) {
      const file = await archive.readSource(internalName(n.plainTextPath));
      if (file) noteTexts.set(guidKey(n.guid), decodeText(file).text);
    }
    if (!noteTexts.has(guidKey(n.guid)) && n.description) {
      noteTexts.set(guidKey(n.guid), n.description);
      report.adjust(
        'Some notes keep their text in <Description> rather than as note content; it was used as the note’s text.',
      );
    }
  }
  if (model.links)
    report.lose(
      'links between items',
      'Groundwork has no links between codes, sources and notes',
      undefined,
      model.links,
    );
  if (model.graphs) report.lose('graphs', 'Groundwork has no network views', undefined, model.graphs);
  return { fileName, kind, model, sources, noteTexts, report };
}

/** The source's text: embedded, or a file in the archive's sources folder (internal://name). */
async function sourceText(
  source: RefiSource,
  archive: ReturnType<typeof openQdpx> | null,
  report: ReportBuilder,
): Promise<string | null> {
  if (source.content !== null) return source.content;
  if (!source.plainTextPath) {
    report.lose(
      'text sources without plain text',
      'only a rich-text version is given, and Groundwork reads plain text',
      source.name,
    );
    return null;
  }
  if (!/^internal:\/\//i.test(source.plainTextPath) && /^[a-z]+:\/\//i.test(source.plainTextPath)) {
    report.lose(
      'text sources stored outside the file',
      `the text is at ${source.plainTextPath}, not inside the project file`,
      source.name,
    );
    return null;
  }
  const file = archive ? await archive.readSource(internalName(source.plainTextPath)) : null;
  if (!file) {
    report.lose('text sources whose file is missing', `${source.plainTextPath} is not in the archive`, source.name);
    return null;
  }
  const decoded = decodeText(file);
  if (decoded.bom) report.adjust('Some source texts start with a byte order mark; it is not counted as text.');
  return decoded.text;
}

function internalName(path: string): string {
  return (
    path
      .replace(/^internal:\/\//i, '')
      .split(/[\\/]/)
      .pop() ?? path
  );
}

/** UTF-8 (the standard) or UTF-16 with a byte order mark; the mark itself is not text. */
export function decodeText(bytes: Uint8Array): { text: string; bom: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes), bom };
}

const CANDIDATES: Units[] = [
  STANDARD_UNITS,
  { unit: 'utf16', crlfAsOne: false },
  { unit: 'codepoint', crlfAsOne: true },
  { unit: 'utf16', crlfAsOne: true },
];

/**
 * Which way the file counts. Where the text has neither characters outside the BMP nor CRLF, all
 * ways agree and the standard is used. Otherwise each way is scored by how its selections land:
 * inside the text, on word boundaries, and on the words the selection's name quotes. The tool named
 * in the file's origin tips a close call; a tie keeps the standard.
 */
export function chooseUnits(text: string, selections: readonly RefiSelection[], origin: string | null): Units {
  const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
  const crlf = text.includes('\r\n');
  if ((!astral && !crlf) || selections.length === 0) return STANDARD_UNITS;
  const options = CANDIDATES.filter((u) => (astral || u.unit === 'codepoint') && (crlf || !u.crlfAsOne));
  let best = STANDARD_UNITS;
  let bestScore = -Infinity;
  for (const u of options) {
    const table = positionTable(text, u);
    let score = 0;
    for (const sel of selections) score += landing(text, table, sel);
    if (u.unit === 'utf16' && /nvivo/i.test(origin ?? '')) score += 0.5;
    if (u.crlfAsOne && /atlas/i.test(origin ?? '')) score += 0.5;
    if (score > bestScore) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

function landing(text: string, table: Uint32Array, sel: RefiSelection): number {
  const s = table[sel.start];
  const e = table[sel.end];
  if (!Number.isInteger(sel.start) || !Number.isInteger(sel.end) || s === undefined || e === undefined || e < s)
    return -10;
  const boundary = (at: number): boolean =>
    at <= 0 || at >= text.length || !WORD.test(text[at - 1]!) || !WORD.test(text[at]!);
  let score = (boundary(s) ? 1 : 0) + (boundary(e) ? 1 : 0);
  const name = sel.name.replace(/\s+/g, ' ').trim().replace(/…$/, '');
  if (name.length >= 3) {
    const got = text.slice(s, e).replace(/\s+/g, ' ').trim();
    if (got.startsWith(name.slice(0, 24))) score += 3;
  }
  return score;
}

type Anchored = { anchor: TurnAnchor; trimmed: boolean } | { reason: string };

/** A selection's [start, end) -> turn positions; ends on labels or blank lines are pulled in to the words. */
export function anchorSelection(sel: RefiSelection, table: Uint32Array, turns: readonly SourceTurn[]): Anchored {
  if (!Number.isInteger(sel.start) || !Number.isInteger(sel.end))
    return { reason: 'their positions are not whole numbers' };
  const s = table[sel.start];
  const e = table[sel.end];
  if (s === undefined || e === undefined) return { reason: 'their positions lie beyond the end of the text' };
  if (e <= s) return { reason: 'they select nothing (the end is not after the start)' };
  let first = turns.findIndex((t) => t.end > s);
  let last = -1;
  for (let k = turns.length - 1; k >= 0; k--) {
    if (turns[k]!.start < e) {
      last = k;
      break;
    }
  }
  if (first === -1 || last === -1 || first > last) return { reason: 'they cover only a speaker label or blank lines' };
  const startAt = Math.max(s, turns[first]!.start);
  const endAt = Math.min(e, turns[last]!.end);
  if (first === last && endAt <= startAt) return { reason: 'they cover only a speaker label or blank lines' };
  first = Math.max(0, first);
  return {
    anchor: {
      startTurn: first,
      startOffset: startAt - turns[first]!.start,
      endTurn: last,
      endOffset: endAt - turns[last]!.start,
    },
    trimmed: startAt !== s || endAt !== e,
  };
}
