/**
 * Merge a colleague's copy of the project (issue 18, item 2): stage their file, preview the three-way
 * comparison, commit the researcher's choices as one undoable step, and make the copy for a colleague
 * that records the common state in both projects (the base of the next merge).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EntityKind } from '../../../../shared/ipc/events';
import type {
  MergeChoice,
  MergeKind,
  MergePreview,
  MergeReport,
  MergeResolution,
} from '../../../../shared/domain/merge';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import {
  type MergeBaseRow,
  changeCounter,
  checkpointTruncate,
  currentMergeBase,
  deleteMergeBases,
  insertMergeBase,
  lastUndoableOperationId,
  projectGuid,
  setProjectGuid,
} from '../../repos/merge';
import { withDeferredEvidence } from '../../repos/evidenceDeferral';
import { Staging } from '../staging';
import { applyResolved } from './apply';
import { openOther, removeStaged, type StagedOther } from './otherProject';
import { makePlan, type Plan } from './plan';
import { conflictsOf, kindCounts, NOT_MERGED } from './preview';
import { takeUncarried } from './qdpxUncarried';
import { resolvePlan, type Resolved } from './resolve';
import { fingerprintsOf, readBringableTurns, readSnapshot, type BaseFingerprints } from './snapshot';
import { TABLES } from './tables';

/** Staged files keep their private copy on disk until committed or discarded. */
export class MergeStaging extends Staging<StagedOther> {
  override discard(id: string): boolean {
    forget(id);
    const staged = this.get(id);
    if (staged) removeStaged(staged);
    return super.discard(id);
  }
}

/** One staging for the window's methods and the host's (a file staged by the CLI is committed by merge.commit). */
export const mergeStaging = new MergeStaging(
  () => Date.now(),
  () => `merge-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
);

const ENTITY_OF: Record<MergeKind, EntityKind> = {
  coder: 'coder',
  company: 'company',
  participant: 'participant',
  interview: 'interview',
  interviewParticipant: 'interview',
  transcript: 'transcript',
  speaker: 'transcript',
  turn: 'transcript',
  tag: 'tag',
  note: 'note',
  quote: 'quote',
  coding: 'coding',
};

interface Compared {
  plan: Plan;
  peerGuid: string;
  /** The colleague's record of this project that this comparison saw (its GUID). */
  seenGuid: string | null;
  /** A .qdpx fitted to this project: what that changed (no base is recorded for it: REFI has no history). */
  fitted?: string[];
  /** The merge as the preview resolved it (every conflict kept as it is here): reused by a commit choosing the same. */
  dry?: { choices: ReadonlyMap<string, MergeChoice>; resolved: Resolved };
}

/**
 * The base of a merge is the more recent of the two records of what the projects shared: this
 * project's (written by its last merge from them, or the copy) unless the colleague has written one
 * since that merge saw theirs — then they merged from this project after, and theirs is the newer.
 */
function chooseBase(mine: MergeBaseRow | null, theirs: MergeBaseRow | null): MergeBaseRow | null {
  if (!mine) return theirs;
  if (!theirs) return mine;
  return mine.seenGuid === theirs.guid ? mine : theirs;
}

async function compare(ctx: ProjectContext, staged: StagedOther): Promise<Compared & { other: Database.Database }> {
  const other = await openOther(staged, () => ctx.clock.now());
  try {
    const peerGuid = projectGuid(other) ?? `file:${staged.name}`;
    const myGuid = projectGuid(ctx.db);
    // Both sides' records of what they shared: the colleague may have merged from this project since.
    const theirsRecord = myGuid ? currentMergeBase(other, myGuid) : null;
    const base = chooseBase(currentMergeBase(ctx.db, peerGuid), theirsRecord);
    const fingerprints = base ? (JSON.parse(base.fingerprints) as BaseFingerprints) : null;
    const mine = readSnapshot(ctx.db);
    const theirs = readSnapshot(other);
    if (staged.qdpx) takeUncarried(mine, theirs, staged.qdpx.fromGroundwork);
    readBringableTurns(mine, theirs);
    const plan = makePlan(mine, theirs, fingerprints);
    return {
      plan,
      peerGuid,
      seenGuid: theirsRecord?.guid ?? null,
      other,
      ...(staged.qdpx ? { fitted: staged.qdpx.adjustments } : {}),
    };
  } catch (err) {
    other.close();
    throw err;
  }
}

/**
 * The comparison behind the latest preview, kept (with the colleague's file open) so that committing
 * it does not read both projects again — unless this project changed in between: then it is made anew.
 * One at a time: a study's two snapshots are hundreds of thousands of rows.
 */
let kept: { stagingId: string; compared: Compared; other: Database.Database; version: string } | null = null;

function forget(stagingId?: string): void {
  if (!kept || (stagingId !== undefined && kept.stagingId !== stagingId)) return;
  kept.other.close();
  kept = null;
}

function previewOf(stagingId: string, name: string, compared: Compared): MergePreview {
  const { plan } = compared;
  const conflicts = conflictsOf(plan);
  // Counts of follow and bring rows (turns, speakers, companies…) and the adjustments come from the merge as it would be
  // with every conflict kept as it is here: what arrives with an interview, not every turn compared.
  const choices = new Map(conflicts.map((c) => [c.id, 'mine' as MergeChoice]));
  const dry = resolvePlan(plan, choices);
  compared.dry = { choices, resolved: dry };
  const kinds = kindCounts(plan).map((k) => {
    const spec = TABLES.find((t) => t.kind === k.kind)!;
    // A company of theirs that is one here by name is not brought (resolve.ts#fitCompanies).
    if (spec.mode !== 'follow' && spec.mode !== 'bring') return k;
    const brought = [...dry.final.get(spec.table)!.values()].filter((r) => !r.mine).length;
    return { ...k, newTheirs: brought };
  });
  const nothingNew =
    conflicts.length === 0 && kinds.every((k) => k.newTheirs === 0 && k.changedTheirs === 0 && k.deletedTheirs === 0);
  const dropped = [...dry.dropped].map(
    ([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'} of theirs not brought: what they belong to is not kept.`,
  );
  return {
    stagingId,
    otherName: name,
    base: plan.hasBase ? 'known' : 'none',
    kinds,
    conflicts,
    adjustments: [...(compared.fitted ?? []), ...dry.adjustments, ...dropped],
    notMerged: NOT_MERGED,
    nothingNew,
  };
}

export async function previewStaged(
  ctx: ProjectContext,
  staging: MergeStaging,
  staged: StagedOther,
): Promise<MergePreview> {
  let id: string | null = null;
  try {
    const version = changeCounter(ctx.db);
    const { other, ...compared } = await compare(ctx, staged);
    forget();
    id = staging.put(staged);
    kept = { stagingId: id, compared, other, version };
    return previewOf(id, staged.name, compared);
  } catch (err) {
    if (id) staging.discard(id);
    else removeStaged(staged);
    throw err;
  }
}

export async function commitStaged(
  ctx: ProjectContext,
  staging: MergeStaging,
  stagingId: string,
  resolutions: readonly MergeResolution[],
): Promise<MergeReport> {
  const staged = staging.get(stagingId);
  if (!staged) throw new AppError('NOT_FOUND', 'That merge preview has expired. Pick the file again.');
  if (!kept || kept.stagingId !== stagingId || kept.version !== changeCounter(ctx.db)) {
    forget();
    const version = changeCounter(ctx.db);
    const { other, ...compared } = await compare(ctx, staged);
    kept = { stagingId, compared, other, version };
  }
  const report = commitPlan(ctx, kept.compared, staged.name, resolutions);
  staging.discard(stagingId);
  return report;
}

function commitPlan(
  ctx: ProjectContext,
  { plan, peerGuid, seenGuid, dry, fitted }: Compared,
  otherName: string,
  resolutions: readonly MergeResolution[],
): MergeReport {
  const conflicts = conflictsOf(plan);
  const given = new Map(resolutions.map((r) => [r.conflictId, r.choice]));
  const choices = new Map<string, MergeChoice>();
  for (const c of conflicts) {
    const choice = given.get(c.id);
    if (!choice) {
      throw new AppError(
        'CONFLICT',
        `“${c.label}” needs a choice (keep mine or keep theirs). If the projects changed since the preview, preview the merge again. Nothing was changed.`,
      );
    }
    if (!c.choices.some((x) => x.choice === choice)) {
      throw new AppError('VALIDATION', `“${c.label}” cannot keep both versions; keep mine or keep theirs.`);
    }
    choices.set(c.id, choice);
  }
  const same = dry && dry.choices.size === choices.size && [...choices].every(([id, c]) => dry.choices.get(id) === c);
  const resolved = same ? dry.resolved : resolvePlan(plan, choices);
  const kinds = [...new Set(TABLES.map((t) => ENTITY_OF[t.kind]))];
  let counts = new Map<MergeKind, { added: number; updated: number; removed: number }>();
  ctx.db.transaction(() => {
    counts = undoable(ctx, { label: `Merge from ${otherName}`, action: 'merge', entity: 'project', kinds }, (cs) =>
      // Thousands of codings at once: their evidence is re-derived per quote once, not per row.
      withDeferredEvidence(ctx.db, () => applyResolved(ctx, cs, plan.mine, plan.theirs, resolved, otherName)),
    );
    const changed = [...counts.values()].some((c) => c.added + c.updated + c.removed > 0);
    // The colleague's rows as they are now are what both projects share after this merge (a .qdpx
    // names no project to share a history with: every merge of one is two-way).
    if (!fitted)
      insertMergeBase(ctx.db, {
        guid: ctx.newGuid(),
        peerGuid,
        seenGuid,
        operationId: changed ? lastUndoableOperationId(ctx.db) : null,
        fingerprints: JSON.stringify(fingerprintsOf(plan.theirs)),
        at: ctx.clock.now(),
      });
  })();
  const touched = new Set<EntityKind>();
  for (const [kind, c] of counts) if (c.added + c.updated + c.removed > 0) touched.add(ENTITY_OF[kind]);
  for (const kind of touched) ctx.emit('entities.changed', { kind, ids: [] });
  const byKind = TABLES.map((t) => ({ kind: t.kind, ...(counts.get(t.kind) ?? { added: 0, updated: 0, removed: 0 }) }));
  return {
    otherName,
    counts: byKind,
    conflicts: conflicts.map((c) => ({ id: c.id, kind: c.kind, label: c.label, choice: choices.get(c.id)! })),
    adjustments: [...(fitted ?? []), ...resolved.adjustments],
    nothingNew: byKind.every((c) => c.added + c.updated + c.removed === 0),
  };
}

/**
 * The copy written where the desktop app's Save dialog said, which may name an existing file the user
 * chose to replace: written beside it first and moved over it only once complete (and never over the
 * project that is open).
 */
export async function saveColleagueCopy(
  ctx: ProjectContext,
  target: string,
): Promise<{ path: string; bytes: number; fileName: string }> {
  const resolved = path.resolve(target);
  const same = (a: string, b: string) => fs.existsSync(a) && fs.realpathSync(a) === fs.realpathSync(b);
  if (same(resolved, ctx.projectPath))
    throw new AppError('VALIDATION', 'That is the project that is open: save the copy under another name.');
  const partial = `${resolved}.${process.pid}.copying`;
  const out = await copyForColleague(ctx, partial);
  // The replaced file's own journal must not be applied to the copy.
  for (const f of [`${resolved}-wal`, `${resolved}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(partial, resolved);
  return { path: resolved, bytes: out.bytes, fileName: path.basename(resolved) };
}

/** The name a copy for a colleague is offered under. */
export function colleagueCopyName(ctx: Pick<ProjectContext, 'projectPath'>): string {
  return `${path.basename(ctx.projectPath, '.groundwork')} (copy for a colleague).groundwork`;
}

/**
 * Writes a copy of the open project for a colleague: the copy is a project of its own (new GUID), and
 * both projects record what they now share, so the first merge back is three-way. `target` null: a
 * temporary file whose bytes are returned (the window saves them as a download).
 */
export async function copyForColleague(
  ctx: ProjectContext,
  target: string | null,
): Promise<{ path: string | null; bytes: number; content: Buffer | null; fileName: string }> {
  const dir = target ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-copy-'));
  const fileName = target ? path.basename(target) : colleagueCopyName(ctx);
  const out = target ?? path.join(dir!, fileName);
  try {
    if (target && fs.existsSync(target)) throw new AppError('CONFLICT', `"${target}" exists already; pick a new name.`);
    await ctx.db.backup(out);
    const myGuid = projectGuid(ctx.db) ?? ctx.newGuid();
    const copyGuid = ctx.newGuid();
    const fingerprints = JSON.stringify(fingerprintsOf(readSnapshot(ctx.db)));
    const at = ctx.clock.now();
    // One record, written in both: the same snapshot under the same GUID.
    const record = { guid: ctx.newGuid(), seenGuid: null, operationId: null, fingerprints, at };
    const copy = new Database(out, { fileMustExist: true });
    try {
      copy.transaction(() => {
        setProjectGuid(copy, copyGuid);
        deleteMergeBases(copy);
        insertMergeBase(copy, { ...record, peerGuid: myGuid });
      })();
      checkpointTruncate(copy);
    } finally {
      copy.close();
    }
    ctx.db.transaction(() => {
      if (!projectGuid(ctx.db)) setProjectGuid(ctx.db, myGuid);
      insertMergeBase(ctx.db, { ...record, peerGuid: copyGuid });
    })();
    const bytes = fs.statSync(out).size;
    return { path: target, bytes, content: target ? null : fs.readFileSync(out), fileName };
  } catch (err) {
    if (target && !(err instanceof AppError && err.code === 'CONFLICT')) fs.rmSync(target, { force: true });
    throw err;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
