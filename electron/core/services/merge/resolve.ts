/**
 * What the project holds after a merge, row by row, once every conflict has its choice: which version
 * each row keeps (its content with references as GUIDs), which rows go because what they belong to
 * went, and the adjustments that make the two sides fit the schema's rules together (a tag name used
 * on both sides, one quote coded with one tag on both sides). Adjustments depend only on the merged
 * rows and their GUIDs, never on which side is "mine", so merging A into B and B into A agree.
 */
import type { MergeChoice, MergeKind } from '../../../../shared/domain/merge';
import { isPseudonymCode, nextPseudonym } from '../../../../shared/domain/pseudonym';
import { turnIdsByGuid, type MergeTable } from '../../repos/merge';
import { pickFor, conflictId, type Plan } from './plan';
import type { SideRow } from './snapshot';
import { SPEC, TABLES, type TableSpec } from './tables';

export interface FinalRow {
  guid: string;
  pick: 'mine' | 'theirs' | 'both';
  content: Record<string, unknown>;
  mine: SideRow | undefined;
  theirs: SideRow | undefined;
  /** The content was changed to fit (a reference cleared, a tag renamed or unpinned). */
  adjusted?: boolean;
}

export interface Resolved {
  /** Every row kept, except follow rows (turns, speakers…) this project has: those are kept untouched. */
  final: Map<MergeTable, Map<string, FinalRow>>;
  /** Rows that went with what they belonged to. */
  dropped: Map<MergeKind, number>;
  adjustments: string[];
}

/** Keeping both comments of a quote: each once, mine first, a blank line between. */
export function bothComments(mine: string, theirs: string): string {
  if (!mine.trim()) return theirs;
  if (!theirs.trim() || mine.includes(theirs)) return mine;
  return `${mine}\n\n${theirs}`;
}

function contentFor(spec: TableSpec, pick: 'mine' | 'theirs' | 'both', m?: SideRow, t?: SideRow) {
  // Shared with the snapshot, not copied (most rows are kept as they are); `adjust` copies before a change.
  if (pick === 'mine') return m!.content;
  if (pick === 'theirs') return t!.content;
  if (spec.table === 'quotes') {
    return {
      ...m!.content,
      comment: bothComments(String(m!.content['comment'] ?? ''), String(t!.content['comment'] ?? '')),
      starred: Math.max(Number(m!.content['starred'] ?? 0), Number(t!.content['starred'] ?? 0)),
    };
  }
  // Notes: this project's stays as it is; theirs is added beside it (apply.ts).
  return { ...m!.content };
}

/** Changes one column of a kept row's content, copying it first (it is shared with the snapshot). */
function adjust(row: FinalRow, column: string, value: unknown): void {
  if (!row.adjusted) row.content = { ...row.content };
  row.content[column] = value;
  row.adjusted = true;
}

/** SQLite's NOCASE folds ASCII letters only. */
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function resolvePlan(plan: Plan, choices: ReadonlyMap<string, MergeChoice>): Resolved {
  const final = new Map<MergeTable, Map<string, FinalRow>>();
  const dropped = new Map<MergeKind, number>();
  const adjustments: string[] = [];
  const drop = (kind: MergeKind) => dropped.set(kind, (dropped.get(kind) ?? 0) + 1);
  // A row of theirs that is one of this project's under another GUID (a company of the same name):
  // references to it point at this project's instead.
  const aliases = new Map<MergeTable, Map<string, string>>();
  // Follow rows this project has are always kept, and never listed in `final` (it holds the brought ones).
  const present = (table: MergeTable, guid: string) =>
    final.get(table)!.has(guid) || (SPEC.get(table)!.mode === 'follow' && plan.mine.rows.get(table)!.has(guid));

  for (const spec of TABLES) {
    const rows = new Map<string, FinalRow>();
    final.set(spec.table, rows);
    const mineTranscriptOf = new Set<unknown>();
    if (spec.table === 'transcripts') {
      for (const m of plan.mine.rows.get('transcripts')!.values()) mineTranscriptOf.add(m.content['interview_id']);
    }
    for (const d of plan.decisions.get(spec.table)!.values()) {
      let pick = pickFor(spec, d, choices.get(conflictId(spec, d.guid)));
      if (spec.mode === 'follow' && !d.mine && d.theirs) pick = followPick(spec, d.theirs, final, mineTranscriptOf);
      if (!pick) continue;
      rows.set(d.guid, {
        guid: d.guid,
        pick,
        content: contentFor(spec, pick, d.mine, d.theirs),
        mine: d.mine,
        theirs: d.theirs,
      });
    }
    // Turns are not read whole (snapshot.ts): this project's rows point at its own turns, and the
    // turns the colleague's rows point at are looked up here at once.
    const turnsHere = spec.fks.some((f) => f.table === 'transcript_segments')
      ? theirTurnsHere(plan, spec, rows, final.get('transcript_segments')!)
      : null;
    const kept = (row: FinalRow, table: MergeTable, guid: string) =>
      table === 'transcript_segments'
        ? row.pick !== 'theirs' || final.get(table)!.has(guid) || turnsHere!.has(guid)
        : present(table, guid);
    // References to rows that are not kept: a row that cannot stand without its parent goes (tags may
    // nest, so repeat until nothing more goes); an optional reference is cleared.
    for (let removed = true; removed;) {
      removed = false;
      for (const [guid, row] of rows) {
        for (const fk of spec.fks) {
          const parent = row.content[fk.column];
          const same = typeof parent === 'string' ? aliases.get(fk.table)?.get(parent) : undefined;
          if (same !== undefined) adjust(row, fk.column, same);
          if (typeof parent !== 'string' || same !== undefined || kept(row, fk.table, parent)) continue;
          if (fk.missing === 'null') adjust(row, fk.column, null);
          else {
            rows.delete(guid);
            drop(spec.kind);
            removed = true;
            break;
          }
        }
      }
    }
    if (spec.table === 'companies') fitCompanies(rows, aliases, adjustments);
    if (spec.table === 'participants') fitPseudonyms(rows, adjustments);
    if (spec.table === 'tags') fitTags(rows, adjustments);
    if (spec.table === 'codings') fitCodings(rows, adjustments);
  }
  return { final, dropped, adjustments };
}

/** The turns this project has among those the colleague's kept rows of `spec` point at. */
function theirTurnsHere(
  plan: Plan,
  spec: TableSpec,
  rows: Map<string, FinalRow>,
  brought: Map<string, FinalRow>,
): Set<string> {
  const wanted = new Set<string>();
  for (const row of rows.values()) {
    if (row.pick !== 'theirs') continue;
    for (const fk of spec.fks) {
      const guid = row.content[fk.column];
      if (fk.table === 'transcript_segments' && typeof guid === 'string' && !brought.has(guid)) wanted.add(guid);
    }
  }
  return new Set(wanted.size ? turnIdsByGuid(plan.mine.db, [...wanted]).keys() : []);
}

/** A row that only comes with its owner: a transcript with an interview that has none here, turns and speakers with it. */
function followPick(
  spec: TableSpec,
  theirs: SideRow,
  final: Map<MergeTable, Map<string, FinalRow>>,
  mineTranscriptOf: Set<unknown>,
): 'theirs' | null {
  const ownerFk = spec.fks.find((f) => f.column === spec.owner)!;
  const owner = final.get(ownerFk.table)!.get(String(theirs.content[ownerFk.column]));
  if (!owner) return null;
  if (spec.table === 'transcripts') return mineTranscriptOf.has(theirs.content['interview_id']) ? null : 'theirs';
  // Turns, speakers and participant links come only with an owner this project did not have.
  return owner.pick === 'theirs' && !owner.mine ? 'theirs' : null;
}

/**
 * A company of theirs named as one here (SQLite's NOCASE) is that company: it is not added, and their
 * participants join this project's. (Bring-mode rows keep this project's version, so which GUID stays
 * depends on the direction, as with a transcript both sides imported.)
 */
function fitCompanies(
  rows: Map<string, FinalRow>,
  aliases: Map<MergeTable, Map<string, string>>,
  adjustments: string[],
): void {
  const here = new Map<string, string>();
  for (const r of rows.values()) if (r.mine) here.set(foldAscii(String(r.content['name'])), r.guid);
  const same = new Map<string, string>();
  for (const [guid, r] of rows) {
    if (r.mine) continue;
    const own = here.get(foldAscii(String(r.content['name'])));
    if (own === undefined) continue;
    same.set(guid, own);
    rows.delete(guid);
  }
  aliases.set('companies', same);
  if (same.size)
    adjustments.push(
      `${same.size} compan${same.size === 1 ? 'y' : 'ies'} of theirs already here by name: their participants were linked to this project’s.`,
    );
}

/**
 * A participant of theirs whose pseudonym someone here has (both added "P07") is another person: they
 * get the next free neutral code (or their pseudonym numbered, when it is not a code).
 */
function fitPseudonyms(rows: Map<string, FinalRow>, adjustments: string[]): void {
  const taken = new Set<string>();
  for (const r of rows.values()) if (r.mine) taken.add(foldAscii(String(r.content['pseudonym'])));
  let renamed = 0;
  const sorted = [...rows.values()].filter((r) => !r.mine).sort((a, b) => (a.guid < b.guid ? -1 : 1));
  for (const r of sorted) {
    const pseudonym = String(r.content['pseudonym']);
    if (!taken.has(foldAscii(pseudonym))) {
      taken.add(foldAscii(pseudonym));
      continue;
    }
    let next: string;
    if (isPseudonymCode(pseudonym)) next = nextPseudonym([...taken].map((t) => t.toUpperCase()));
    else {
      let n = 2;
      while (taken.has(foldAscii(`${pseudonym} (${n})`))) n++;
      next = `${pseudonym} (${n})`;
    }
    adjust(r, 'pseudonym', next);
    taken.add(foldAscii(next));
    renamed++;
  }
  if (renamed)
    adjustments.push(
      `${renamed} participant${renamed === 1 ? '' : 's'} of theirs given a new pseudonym: someone here already has theirs.`,
    );
}

function fitTags(rows: Map<string, FinalRow>, adjustments: string[]): void {
  const sorted = [...rows.values()].sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
  const taken = new Set<string>();
  const key = (r: FinalRow, name: string) => `${String(r.content['parent_id'] ?? '')}\u0000${foldAscii(name)}`;
  let renamed = 0;
  for (const r of sorted) {
    const name = String(r.content['name']);
    if (!taken.has(key(r, name))) {
      taken.add(key(r, name));
      continue;
    }
    let n = 2;
    while (taken.has(key(r, `${name} (${n})`))) n++;
    adjust(r, 'name', `${name} (${n})`);
    taken.add(key(r, r.content['name'] as string));
    renamed++;
  }
  if (renamed)
    adjustments.push(
      `${renamed} tag${renamed === 1 ? '' : 's'} renamed with a number: both sides had a tag of that name.`,
    );
  const slots = new Set<unknown>();
  let unpinned = 0;
  for (const r of sorted) {
    const slot = r.content['pinned_slot'];
    if (slot === null || slot === undefined) continue;
    if (slots.has(slot)) {
      adjust(r, 'pinned_slot', null);
      unpinned++;
    } else slots.add(slot);
  }
  if (unpinned)
    adjustments.push(`${unpinned} tag${unpinned === 1 ? '' : 's'} unpinned: both sides pinned a tag to the same key.`);
}

function fitCodings(rows: Map<string, FinalRow>, adjustments: string[]): void {
  // Of the codings of one quote with one tag, the one with the smallest GUID stays (either way round).
  const kept = new Map<string, FinalRow>();
  let twice = 0;
  for (const r of rows.values()) {
    const pair = `${String(r.content['quote_id'])}\u0000${String(r.content['tag_id'])}`;
    const other = kept.get(pair);
    if (!other) {
      kept.set(pair, r);
      continue;
    }
    twice++;
    if (r.guid < other.guid) kept.set(pair, r);
  }
  if (!twice) return;
  for (const [guid, r] of rows) {
    const pair = `${String(r.content['quote_id'])}\u0000${String(r.content['tag_id'])}`;
    if (kept.get(pair) !== r) rows.delete(guid);
  }
  adjustments.push(
    `${twice} coding${twice === 1 ? '' : 's'} made on both sides (the same quote with the same tag) kept once.`,
  );
}
