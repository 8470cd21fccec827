/**
 * The three-way decision for every row of a merge, and what the project holds once the researcher has
 * settled the conflicts. Pure: reads two snapshots and the base, writes nothing.
 *
 * For a row of a `merge` table, with m / t / b the fingerprints of mine, theirs and the base (the last
 * state the two projects shared, services/merge/service.ts#chooseBase):
 * - both have it: equal -> same; m = b -> take theirs; t = b -> keep mine; otherwise a conflict
 *   (bothChanged, or differs when the row is not in the base: two-way for it).
 * - only theirs: not in the base -> new there, brought in; t = b -> this project deleted it, kept
 *   deleted; otherwise deletedMine (conflict).
 * - only mine: not in the base -> new here, kept; m = b -> they deleted it, deleted here; otherwise
 *   deletedTheirs (conflict).
 * An automatic deletion whose row the other side has built on (a coding on the quote) becomes a
 * conflict too (deletedWithDependants), so no one's work goes with a deletion they did not see.
 */
import type { ConflictKind, MergeChoice } from '../../../../shared/domain/merge';
import type { MergeTable } from '../../repos/merge';
import type { BaseFingerprints, SideRow, Snapshot } from './snapshot';
import { TABLES, type TableSpec } from './tables';

export type RowState =
  | 'same'
  | 'newMine'
  | 'newTheirs'
  | 'changedMine'
  | 'changedTheirs'
  | 'deletedByMine'
  | 'deletedByTheirs'
  | 'notMerged'
  | 'conflict';

export interface Decision {
  guid: string;
  state: RowState;
  conflict?: ConflictKind;
  /** For deletedWithDependants: which automatic deletion it was. */
  deletion?: 'deletedByMine' | 'deletedByTheirs';
  dependants: number;
  mine: SideRow | undefined;
  theirs: SideRow | undefined;
}

export interface Plan {
  mine: Snapshot;
  theirs: Snapshot;
  hasBase: boolean;
  decisions: Map<MergeTable, Map<string, Decision>>;
}

export function conflictId(spec: TableSpec, guid: string): string {
  return `${spec.kind}:${guid}`;
}

function decide(spec: TableSpec, m: SideRow | undefined, t: SideRow | undefined, b: string | undefined): Decision {
  const d = (state: RowState, conflict?: ConflictKind): Decision => ({
    guid: (m ?? t)!.guid,
    state,
    ...(conflict ? { conflict } : {}),
    dependants: 0,
    mine: m,
    theirs: t,
  });
  if (spec.mode === 'follow' || spec.mode === 'coder') return m ? d('same') : d('newTheirs');
  const inBase = b !== undefined;
  const mineKept = !!m && m.fp === b;
  const theirsKept = !!t && t.fp === b;
  if (m && t) {
    if (m.fp === t.fp) return d('same');
    if (spec.mode === 'bring') return d('notMerged');
    if (mineKept && !theirsKept) return d('changedTheirs');
    if (theirsKept && !mineKept) return d('changedMine');
    return d('conflict', inBase ? 'bothChanged' : 'differs');
  }
  if (t) {
    if (!inBase) return d('newTheirs');
    if (theirsKept || spec.mode === 'bring') return d('deletedByMine');
    return d('conflict', 'deletedMine');
  }
  if (!inBase) return d('newMine');
  if (spec.mode === 'bring') return d('notMerged');
  if (mineKept) return d('deletedByTheirs');
  return d('conflict', 'deletedTheirs');
}

export function makePlan(mine: Snapshot, theirs: Snapshot, base: BaseFingerprints | null): Plan {
  const decisions = new Map<MergeTable, Map<string, Decision>>();
  for (const spec of TABLES) {
    const ms = mine.rows.get(spec.table)!;
    const ts = theirs.rows.get(spec.table)!;
    const recorded = base?.[spec.table] ?? {};
    const known = (guid: string): string | undefined => recorded[guid];
    const out = new Map<string, Decision>();
    // A follow row this project has is kept as it is (turns, speakers: most rows of a study), so only
    // the colleague's rows it lacks need a decision.
    if (spec.mode !== 'follow') for (const [guid, m] of ms) out.set(guid, decide(spec, m, ts.get(guid), known(guid)));
    for (const [guid, t] of ts) if (!ms.has(guid)) out.set(guid, decide(spec, undefined, t, known(guid)));
    decisions.set(spec.table, out);
  }
  const plan: Plan = { mine, theirs, hasBase: base !== null, decisions };
  protectDependants(plan);
  return plan;
}

/** The versions of a row that may end up in the project, before the conflicts are settled. */
function possibleVersions(spec: TableSpec, d: Decision): SideRow[] {
  switch (d.state) {
    case 'same':
    case 'newMine':
    case 'changedMine':
    case 'notMerged':
      return d.mine ? [d.mine] : [];
    case 'newTheirs':
    case 'changedTheirs':
      // A follow row only comes with its owner: it never protects that owner.
      return spec.mode === 'follow' ? [] : d.theirs ? [d.theirs] : [];
    case 'conflict':
      return [d.mine, d.theirs].filter((v): v is SideRow => !!v);
    case 'deletedByMine':
    case 'deletedByTheirs':
      return [];
  }
}

/** Turns automatic deletions that would take the other side's work with them into conflicts. */
function protectDependants(plan: Plan): void {
  for (let changed = true; changed;) {
    changed = false;
    const needed = new Map<MergeTable, Map<string, number>>();
    for (const spec of TABLES) {
      const drops = spec.fks.filter((f) => f.missing === 'drop');
      if (drops.length === 0) continue;
      for (const d of plan.decisions.get(spec.table)!.values()) {
        for (const version of possibleVersions(spec, d)) {
          for (const fk of drops) {
            const parent = version.content[fk.column];
            if (typeof parent !== 'string') continue;
            let perTable = needed.get(fk.table);
            if (!perTable) needed.set(fk.table, (perTable = new Map()));
            perTable.set(parent, (perTable.get(parent) ?? 0) + 1);
          }
        }
      }
    }
    for (const [table, guids] of needed) {
      const decisions = plan.decisions.get(table)!;
      for (const [guid, count] of guids) {
        const d = decisions.get(guid);
        if (!d || (d.state !== 'deletedByMine' && d.state !== 'deletedByTheirs')) continue;
        d.deletion = d.state;
        d.state = 'conflict';
        d.conflict = 'deletedWithDependants';
        d.dependants = count;
        changed = true;
      }
    }
  }
}

/** Which version a row ends with: mine, theirs, both (kept together), or none. */
export type Pick = 'mine' | 'theirs' | 'both' | null;

export function pickFor(spec: TableSpec, d: Decision, choice: MergeChoice | undefined): Pick {
  switch (d.state) {
    case 'same':
    case 'newMine':
    case 'changedMine':
    case 'notMerged':
      return d.mine ? 'mine' : null;
    case 'newTheirs':
      return spec.mode === 'follow' ? null : 'theirs'; // follow rows: decided with their owner
    case 'changedTheirs':
      return 'theirs';
    case 'deletedByMine':
    case 'deletedByTheirs':
      return null;
    case 'conflict': {
      if (!choice) throw new Error('unresolved');
      switch (d.conflict) {
        case 'deletedMine':
          return choice === 'theirs' ? 'theirs' : null;
        case 'deletedTheirs':
          return choice === 'theirs' ? null : 'mine';
        case 'deletedWithDependants':
          if (d.deletion === 'deletedByMine') return choice === 'theirs' ? 'theirs' : null;
          return choice === 'theirs' ? null : 'mine';
        default:
          return choice;
      }
    }
  }
}

/** Whether keeping both versions means something for this row (two comments; two notes). */
export function bothAllowed(spec: TableSpec, d: Decision): boolean {
  return (
    (d.conflict === 'bothChanged' || d.conflict === 'differs') && (spec.table === 'quotes' || spec.table === 'notes')
  );
}
