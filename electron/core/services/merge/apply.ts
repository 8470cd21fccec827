/**
 * Writes a resolved merge into the open project through one change set: deletions first (children
 * before parents), then updates and inserts (parents before children), every reference turned from a
 * GUID back into this project's row id. Coders are added outside the change set: a person named in the
 * project stays named after an undo (the rows that pointed at them go).
 */
import type { MergeKind } from '../../../../shared/domain/merge';
import type { ChangeSet, UndoableTable } from '../../history/changeSet';
import { citationIdsOfQuote, insertCoderIfMissing, turnIdsByGuid, type MergeTable } from '../../repos/merge';
import type { ProjectContext } from '../../context';
import type { FinalRow, Resolved } from './resolve';
import type { Snapshot } from './snapshot';
import { TABLES, type TableSpec } from './tables';

export interface KindCount {
  added: number;
  updated: number;
  removed: number;
}

function depth(rows: Map<string, FinalRow> | Map<string, { content: Record<string, unknown> }>, guid: string): number {
  let n = 0;
  for (let g: unknown = guid; typeof g === 'string' && n < 100; n++) g = rows.get(g)?.content['parent_id'];
  return n;
}

/**
 * A tag here may take a name (under a parent) that another tag here gives up in the same merge: one
 * side renamed a tag to a name the other side's new tag has, a clash was numbered, two names were
 * swapped. The unique name index is checked statement by statement, so every tag whose name or parent
 * changes first steps aside to a name no other tag can hold; its real update follows.
 */
function stepAside(cs: ChangeSet, rows: FinalRow[]): void {
  for (const row of rows) {
    if (!row.mine || (row.pick === 'mine' && !row.adjusted)) continue;
    const { name, parent_id: parent } = row.mine.content;
    if (row.content['name'] === name && row.content['parent_id'] === parent) continue;
    cs.update('tags', row.mine.id, { name: `${String(name)} \u2060(merging ${row.guid})` });
  }
}

export function applyResolved(
  ctx: ProjectContext,
  cs: ChangeSet,
  mine: Snapshot,
  theirs: Snapshot,
  resolved: Resolved,
  otherName: string,
): Map<MergeKind, KindCount> {
  const counts = new Map<MergeKind, KindCount>();
  const count = (kind: MergeKind) => {
    let c = counts.get(kind);
    if (!c) counts.set(kind, (c = { added: 0, updated: 0, removed: 0 }));
    return c;
  };
  // GUID -> this project's row id, per table; grows as rows are inserted.
  const idOf = new Map<string, Map<string, number>>();
  for (const [table, rows] of mine.rows) idOf.set(table, new Map([...rows.values()].map((r) => [r.guid, r.id])));
  for (const [table, map] of mine.guidOf) {
    if (!idOf.has(table)) idOf.set(table, new Map([...map].map(([id, guid]) => [guid, id])));
  }

  // 1. Deletions, children first.
  for (const spec of [...TABLES].reverse()) {
    // Coders are never removed; follow rows (turns, speakers, links) this project has are kept.
    if (spec.mode === 'coder' || spec.mode === 'follow') continue;
    const keep = resolved.final.get(spec.table)!;
    const gone = [...mine.rows.get(spec.table)!.values()].filter((r) => !keep.has(r.guid));
    if (spec.table === 'tags')
      gone.sort((a, b) => depth(mine.rows.get('tags')!, b.guid) - depth(mine.rows.get('tags')!, a.guid));
    for (const row of gone) {
      if (spec.table === 'interview_participants') {
        cs.unlink('interview_participants', {
          interview_id: row.raw['interview_id'] as number,
          participant_id: row.raw['participant_id'] as number,
        });
      } else {
        if (spec.table === 'quotes') for (const id of citationIdsOfQuote(ctx.db, row.id)) cs.delete('citations', id);
        cs.delete(spec.table as UndoableTable, row.id);
      }
      count(spec.kind).removed++;
    }
  }

  // 2. Updates and inserts, parents first.
  for (const spec of TABLES) {
    const rows = [...resolved.final.get(spec.table)!.values()];
    if (spec.table === 'tags') {
      const byGuid = resolved.final.get('tags')!;
      rows.sort((a, b) => depth(byGuid, a.guid) - depth(byGuid, b.guid));
    }
    const ids = idOf.get(spec.table)!;
    if (spec.mode === 'coder') {
      for (const row of rows) {
        if (row.mine) continue;
        const c = row.theirs!.raw;
        const { id, added } = insertCoderIfMissing(ctx.db, {
          guid: row.guid,
          name: String(c['name']),
          initials: String(c['initials']),
          colour: String(c['colour']),
          created_at: Number(c['created_at']),
        });
        ids.set(row.guid, id);
        if (added) count('coder').added++;
      }
      continue;
    }
    // Updates whose references exist already go first (a tag renamed to free its name for the
    // colleague's), then inserts, then the updates that point at a row just inserted.
    const resolvable = (row: FinalRow) =>
      spec.fks.every((fk) => {
        const g = row.content[fk.column];
        return typeof g !== 'string' || idOf.get(fk.table)!.has(g);
      });
    const update = (row: FinalRow) => {
      const values = toRow(spec, row.content, idOf);
      const patch = Object.fromEntries(Object.entries(values).filter(([k, v]) => row.mine!.raw[k] !== v));
      if (Object.keys(patch).length === 0) return;
      cs.update(spec.table as UndoableTable, row.mine!.id, patch);
      count(spec.kind).updated++;
    };
    lookUpTurns(ctx, spec, rows, idOf.get('transcript_segments')!);
    if (spec.table === 'tags') stepAside(cs, rows);
    const deferred: FinalRow[] = [];
    for (const row of rows) {
      // This project's own version, untouched: nothing to write (most rows of a large study).
      if (!row.mine || (row.pick === 'mine' && !row.adjusted)) continue;
      if (resolvable(row)) update(row);
      else deferred.push(row);
    }
    for (const row of rows) {
      if (row.mine) continue;
      insert(cs, spec, row.guid, toRow(spec, row.content, idOf), ids);
      count(spec.kind).added++;
    }
    for (const row of deferred) update(row);
    // Keeping both versions of a note: theirs goes in beside this project's, as a note of its own.
    for (const row of rows) {
      if (row.pick !== 'both' || spec.table !== 'notes') continue;
      const theirs = toRow(spec, row.theirs!.content, idOf);
      const title = String(theirs['title'] ?? '').trim();
      insert(cs, spec, ctx.newGuid(), { ...theirs, title: `${title || 'Note'} (from ${otherName})` }, ids);
      count(spec.kind).added++;
    }
  }
  return counts;
}

/** Turns are not read whole (snapshot.ts): the ids of those the written quotes point at, at once. */
function lookUpTurns(ctx: ProjectContext, spec: TableSpec, rows: FinalRow[], ids: Map<string, number>): void {
  const columns = spec.fks.filter((f) => f.table === 'transcript_segments').map((f) => f.column);
  if (columns.length === 0) return;
  const wanted = new Set<string>();
  for (const row of rows) {
    if (row.mine && row.pick === 'mine' && !row.adjusted) continue;
    for (const column of columns) {
      const guid = row.content[column];
      if (typeof guid === 'string' && !ids.has(guid)) wanted.add(guid);
    }
  }
  if (wanted.size) for (const [guid, id] of turnIdsByGuid(ctx.db, [...wanted])) ids.set(guid, id);
}

function insert(
  cs: ChangeSet,
  spec: TableSpec,
  guid: string,
  values: Record<string, unknown>,
  ids: Map<string, number>,
): void {
  if (spec.table === 'interview_participants') {
    cs.link('interview_participants', {
      interview_id: values['interview_id'] as number,
      participant_id: values['participant_id'] as number,
    });
    return;
  }
  const id = cs.insert(spec.table as UndoableTable, spec.syntheticGuid ? values : { guid, ...values });
  ids.set(guid, id);
}

/** Content with GUID references back into row ids of this project (a reference it lacks becomes null). */
function toRow(
  spec: TableSpec,
  content: Record<string, unknown>,
  idOf: Map<string, Map<string, number>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...content };
  for (const ref of [...spec.fks, ...spec.loose]) {
    const guid = content[ref.column];
    out[ref.column] = typeof guid === 'string' ? (idOf.get(ref.table)?.get(guid) ?? null) : null;
  }
  if (spec.syntheticGuid) delete out['guid'];
  return out;
}

export type { MergeTable };
