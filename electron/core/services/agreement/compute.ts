/**
 * Intercoder agreement over a project (issue 18, item 3): builds one reliability table per tag from
 * the coders' codings — at the turn or the character — and the pooled table for "overall", computes
 * percent agreement, Cohen's kappa and Krippendorff's alpha on them, and lists the disagreements.
 * The rules (what is missing, how quotes map to turns and characters, what "overall" pools) are in
 * docs/architecture.md, "Intercoder agreement (issue 18, item 3)".
 */
import {
  cohensKappa,
  krippendorffAlpha,
  percentAgreement,
  type Coefficient,
  type ReliabilityUnit,
} from '../../../../shared/domain/agreement';
import {
  DISAGREEMENTS_LISTED,
  type AgreementFigures,
  type AgreementReport,
  type AgreementScope,
  type Disagreement,
} from '../../../../shared/domain/agreementReport';
import { characterUnits, NOT_CODED, segmentUnits, type Continuum } from '../../../../shared/domain/agreementUnits';
import { AppError } from '../../../../shared/errors';
import type { Database } from 'better-sqlite3';
import {
  agreementCodings,
  agreementInterviews,
  agreementTags,
  agreementTouchedTurns,
  agreementInterviewChars,
  quoteTexts,
  type AgreementCoding,
  type AgreementTurn,
} from '../../repos/agreement';
import { coderById } from '../../repos/coders';

/** A coding's stretch of one turn: `[start, end)` in the turn's UTF-16 offsets. */
export interface Piece {
  turn: number; // index into the turns array
  start: number;
  end: number;
  coding: AgreementCoding;
}

/** The data every figure is computed from: turns, who counts where, and each coding cut into turns. */
export interface AgreementData {
  coderIds: number[];
  /** The turns a coding runs through (the others are counted per interview). */
  turns: AgreementTurn[];
  /** Per turn: each coder's column is false (missing) when the coder never coded in its interview. */
  present: boolean[][];
  pieces: Piece[];
  /** Every interview in scope: who counts there, its turns and (at the character) its UTF-16 length. */
  interviews: { id: number; title: string; coderIds: number[]; present: boolean[]; turns: number; chars: number }[];
}

export function loadAgreementData(
  db: Database,
  coderIds: readonly number[],
  interviewIds: readonly number[] | null,
  unit: AgreementScope['unit'],
): AgreementData {
  // Turns are needed one by one only where a coding runs; the rest are counted in SQL (their number,
  // or at the character their length).
  const turns = agreementTouchedTurns(db, coderIds, interviewIds);
  const codings = agreementCodings(db, coderIds, interviewIds);
  const turnIndex = new Map<number, number>();
  turns.forEach((t, i) => turnIndex.set(t.id, i));
  const column = new Map(coderIds.map((id, i) => [id, i]));

  // An interview counts for a coder once the coder has coded anything in it, with any tag.
  const codedIn = new Map<number, Set<number>>();
  for (const c of codings) {
    let set = codedIn.get(c.interviewId);
    if (!set) codedIn.set(c.interviewId, (set = new Set()));
    set.add(column.get(c.coderId)!);
  }
  const presence = (interviewId: number) => coderIds.map((_, i) => codedIn.get(interviewId)?.has(i) ?? false);
  const present = turns.map((t) => presence(t.interviewId));

  // A quote runs from (start turn, offset) to (end turn, offset): the start turn from its offset, every
  // turn between whole, the end turn up to its offset. The turns a quote runs through are contiguous
  // here (reading order, and every turn between its start and end is read).
  const pieces: Piece[] = [];
  for (const coding of codings) {
    const first = turnIndex.get(coding.startTurnId);
    const last = turnIndex.get(coding.endTurnId);
    if (first === undefined || last === undefined || last < first) continue;
    for (let turn = first; turn <= last; turn++) {
      const length = turns[turn]!.text.length;
      const start = turn === first ? coding.startOffset : 0;
      const end = Math.min(turn === last ? coding.endOffset : length, length);
      if (end > start) pieces.push({ turn, start, end, coding });
    }
  }

  const chars = unit === 'char' ? agreementInterviewChars(db, interviewIds) : new Map<number, number>();
  const interviews = agreementInterviews(db, interviewIds).map((i) => {
    const p = presence(i.id);
    return {
      id: i.id,
      title: i.title,
      coderIds: coderIds.filter((_, k) => p[k]),
      present: p,
      turns: i.turns,
      chars: chars.get(i.id) ?? 0,
    };
  });
  return { coderIds: [...coderIds], turns, present, pieces, interviews };
}

/** Each coder's spans of one tag on one turn (null: missing for that coder). */
function continuum(data: AgreementData, turn: number, pieces: readonly Piece[]): Continuum {
  const spans = data.coderIds.map((coderId, i) =>
    data.present[turn]![i]
      ? pieces.filter((p) => p.coding.coderId === coderId).map((p) => [p.start, p.end] as const)
      : null,
  );
  return { length: data.turns[turn]!.text.length, spans };
}

/**
 * The reliability table of one tag: the turns the tag touches unit by unit, and every untouched turn
 * folded into one weighted unit per pattern of missing coders (all its coders say "not coded").
 */
function tagTable(
  data: AgreementData,
  unit: AgreementScope['unit'],
  touched: Map<number, Piece[]>,
  untouched: Map<string, { values: (string | null)[]; turns: number; chars: number }>,
  onTurn: (turn: number, pieces: Piece[], units: ReliabilityUnit[]) => void,
): ReliabilityUnit[] {
  const units: ReliabilityUnit[] = [];
  const rest = new Map([...untouched].map(([key, v]) => [key, { ...v }]));
  for (const [turn, pieces] of touched) {
    const c = continuum(data, turn, pieces);
    const own = unit === 'turn' ? segmentUnits([c]) : characterUnits([c]);
    onTurn(turn, pieces, own);
    for (const u of own) units.push(u);
    const r = rest.get(patternKey(data.present[turn]!))!;
    r.turns -= 1;
    r.chars -= c.length;
  }
  for (const r of rest.values()) {
    const weight = unit === 'turn' ? r.turns : r.chars;
    if (weight > 0) units.push({ values: r.values, weight });
  }
  return units;
}

const patternKey = (present: readonly boolean[]) => present.map((p) => (p ? '1' : '0')).join('');

export function figuresOf(units: readonly ReliabilityUnit[], coders: number): AgreementFigures {
  let total = 0;
  let pairable = 0;
  for (const u of units) {
    const w = u.weight ?? 1;
    total += w;
    if (u.values.filter((v) => v !== null).length >= 2) pairable += w;
  }
  const kappa: Coefficient =
    coders === 2
      ? cohensKappa(units)
      : { value: null, why: `Cohen’s kappa compares exactly two coders; ${coders} are chosen. Use α.` };
  return { units: total, pairable, percent: percentAgreement(units), kappa, alpha: krippendorffAlpha(units) };
}

/** Whether the coders who count on this continuum classed any unit differently. */
function disagrees(units: readonly ReliabilityUnit[]): boolean {
  return units.some((u) => {
    const coded = u.values.filter((v) => v !== null);
    return coded.length >= 2 && coded.some((v) => v !== coded[0]);
  });
}

export function computeAgreement(db: Database, scope: AgreementScope): AgreementReport {
  const coders = scope.coderIds.map((id) => {
    const coder = coderById(db, id);
    if (!coder) throw new AppError('NOT_FOUND', 'One of the chosen coders is not in this project.');
    return { id: coder.id, name: coder.name, initials: coder.initials, colour: coder.colour };
  });
  const data = loadAgreementData(db, scope.coderIds, scope.interviewIds ?? null, scope.unit);
  const tagIds = scope.tagIds ?? [...new Set(data.pieces.map((p) => p.coding.tagId))];
  const tags = agreementTags(db, tagIds);

  // Turns by pattern of missing coders, counted once for every tag (tagTable takes out its own).
  const untouched = new Map<string, { values: (string | null)[]; turns: number; chars: number }>();
  for (const interview of data.interviews) {
    const key = patternKey(interview.present);
    let r = untouched.get(key);
    if (!r)
      untouched.set(key, (r = { values: interview.present.map((p) => (p ? NOT_CODED : null)), turns: 0, chars: 0 }));
    r.turns += interview.turns;
    r.chars += interview.chars;
  }

  const byTag = new Map<number, Map<number, Piece[]>>();
  for (const p of data.pieces) {
    let turns = byTag.get(p.coding.tagId);
    if (!turns) byTag.set(p.coding.tagId, (turns = new Map()));
    let list = turns.get(p.turn);
    if (!list) turns.set(p.turn, (list = []));
    list.push(p);
  }

  const pooled: ReliabilityUnit[] = [];
  // Found as (turn, tag, pieces); only the ones listed are dressed with text for the wire.
  const found: { turn: number; tag: { id: number; name: string }; pieces: Piece[] }[] = [];
  const rows: AgreementReport['tags'] = [];
  let lowestAlpha: AgreementReport['overall']['lowestAlpha'] = null;
  for (const tag of tags) {
    const touched = byTag.get(tag.id) ?? new Map<number, Piece[]>();
    const units = tagTable(data, scope.unit, touched, untouched, (turn, pieces, own) => {
      if (disagrees(own)) found.push({ turn, tag, pieces });
    });
    for (const u of units) pooled.push(u);
    const figures = figuresOf(units, coders.length);
    rows.push({ tagId: tag.id, name: tag.name, colour: tag.colour, figures });
    if (figures.alpha.value !== null && (lowestAlpha === null || figures.alpha.value < lowestAlpha.value))
      lowestAlpha = { tagId: tag.id, value: figures.alpha.value };
  }
  const t = data.turns;
  found.sort(
    (a, b) =>
      t[a.turn]!.interviewId - t[b.turn]!.interviewId ||
      t[a.turn]!.seq - t[b.turn]!.seq ||
      a.tag.name.localeCompare(b.tag.name) ||
      a.tag.id - b.tag.id,
  );
  const listed = found.slice(0, DISAGREEMENTS_LISTED).map((f) => disagreementOf(data, f.turn, f.tag, f.pieces));
  return {
    unit: scope.unit,
    coders,
    interviews: data.interviews.map(({ id, title, coderIds }) => ({ id, title, coderIds })),
    tags: rows,
    overall: { ...figuresOf(pooled, coders.length), lowestAlpha },
    disagreements: withQuoteTexts(db, listed),
    disagreementsTotal: found.length,
  };
}

function withQuoteTexts(db: Database, listed: Disagreement[]): Disagreement[] {
  const texts = quoteTexts(db, [
    ...new Set(listed.flatMap((d) => d.coders.flatMap((c) => c.codings.map((k) => k.quoteId)))),
  ]);
  for (const d of listed) for (const c of d.coders) for (const k of c.codings) k.quoteText = texts.get(k.quoteId) ?? '';
  return listed;
}

function disagreementOf(
  data: AgreementData,
  turn: number,
  tag: { id: number; name: string },
  pieces: readonly Piece[],
): Disagreement {
  const t = data.turns[turn]!;
  return {
    turnId: t.id,
    interviewId: t.interviewId,
    interviewTitle: t.interviewTitle,
    speaker: t.speaker,
    text: t.text,
    tagId: tag.id,
    tagName: tag.name,
    coders: data.coderIds
      .filter((_, i) => data.present[turn]![i])
      .map((coderId) => ({
        coderId,
        codings: pieces
          .filter((p) => p.coding.coderId === coderId)
          .map((p) => ({
            codingId: p.coding.codingId,
            quoteId: p.coding.quoteId,
            start: p.start,
            end: p.end,
            quoteText: '', // filled in for the disagreements listed (computeAgreement)
          })),
      })),
  };
}
