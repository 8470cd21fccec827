/**
 * A .qdpx as the other side of a merge (issue 18, item 2): the REFI-QDA project is imported into an
 * empty project in a private folder, and that project is fitted to this one so the merge compares like
 * with like — then previewed and committed like a colleague's .groundwork copy.
 *
 * Fitting: (1) GUIDs — Groundwork exports an entity whose GUID is not in REFI's form under a name-based
 * one (refi/guid.ts#refiGuid), so each is renamed back to this project's; companies, which REFI carries
 * as case variables, are matched by name. (2) Turns — REFI has none, so an interview's turns are matched
 * to this project's by their words, in order, and take their GUIDs; a quote on a turn this project does
 * not have (the colleague corrected the transcript) cannot be placed, and is left out and listed.
 * Coders (the file's users who made something) are matched by GUID, then by name. (3) What REFI does
 * not carry (a coding's stance and intensity, a quote's star, a note's formatting, a tag's pin and
 * archive state; who coded what when the file does not say) is taken from this project for the rows
 * both have, so it does not show as a change; a new row of theirs has the defaults. (4) Personas, job statements and the
 * ICP travel in a Groundwork .qdpx as notes; a merge never carries them, so those notes are left out.
 * There is no common base: the merge is two-way, and nothing is ever deleted because the file lacks it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { openProjectDb } from '../../db/open';
import { checkpointTruncate } from '../../repos/merge';
import {
  codersByName,
  companiesByName,
  deleteNote,
  deleteQuotesOnTurns,
  guidsOf,
  notesWithTitles,
  QDPX_GUID_TABLES,
  renameGuid,
  transcriptsByInterview,
  type TranscriptTurns,
} from '../../repos/mergeQdpx';
import { commitRefi } from '../refi/commit';
import { guidKey, refiGuid } from '../refi/guid';
import { stageRefi } from '../refi/stage';
import type { StagedOther } from './otherProject';

/**
 * A REFI-QDA file by its first bytes: a zip archive (.qdpx) or XML (.qde, or a .qdc codebook, refused
 * with its own message). A .groundwork file is SQLite.
 */
export function looksLikeQdpx(bytes: Uint8Array): boolean {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return true;
  const start = Buffer.from(bytes.subarray(0, 64))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('<');
}

export async function stageQdpx(ctx: ProjectContext, bytes: Uint8Array, fileName: string): Promise<StagedOther> {
  const staged = await stageRefi(bytes, fileName);
  if (staged.kind !== 'qdpx')
    throw new AppError(
      'VALIDATION',
      `${fileName} is a REFI-QDA codebook, not a project: merge from a colleague’s .groundwork copy or a .qdpx project (a codebook is imported from Import › REFI-QDA).`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-merge-'));
  const file = path.join(dir, 'other.groundwork');
  try {
    const db = await openProjectDb(file, { create: true, now: () => ctx.clock.now() });
    try {
      const other: ProjectContext = {
        db,
        projectPath: file,
        clock: ctx.clock,
        newGuid: ctx.newGuid,
        logger: ctx.logger,
        emit: () => {},
        coderId: null,
      };
      commitRefi(other, staged);
      const fromGroundwork = /^groundwork\b/i.test(staged.model.origin ?? '');
      const adjustments = db.transaction(() => fitToProject(ctx.db, db, fromGroundwork))();
      checkpointTruncate(db);
      return { dir, file, name: path.basename(fileName), qdpx: { adjustments, fromGroundwork } };
    } finally {
      db.close();
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

function fitToProject(mine: Database, other: Database, fromGroundwork: boolean): string[] {
  const adjustments: string[] = [];
  // 1. GUIDs back to this project's.
  for (const table of QDPX_GUID_TABLES) {
    const back = new Map(guidsOf(mine, table).map((r) => [guidKey(refiGuid(r.guid)), r.guid]));
    for (const r of guidsOf(other, table)) {
      const own = back.get(guidKey(r.guid));
      if (own !== undefined && own !== r.guid) renameGuid(other, table, r.id, own);
    }
  }
  const companies = new Map(companiesByName(mine).map((c) => [c.name.toLowerCase(), c.guid]));
  for (const c of companiesByName(other)) {
    const own = companies.get(c.name.toLowerCase());
    if (own !== undefined && own !== c.guid) renameGuid(other, 'companies', c.id, own);
  }
  // A coder another tool knows under its own GUID is this project's coder of the same name (as
  // refi/users.ts matches on import), unless a coder of theirs already took that coder's GUID.
  const coders = new Map(codersByName(mine).map((c) => [coderName(c.name), c.guid]));
  const taken = new Set(codersByName(other).map((c) => c.guid));
  for (const c of codersByName(other)) {
    const own = coders.get(coderName(c.name));
    if (own === undefined || taken.has(own)) continue;
    renameGuid(other, 'coders', c.id, own);
    taken.add(own);
  }
  // 2. Turns, by their words.
  const mineTranscripts = transcriptsByInterview(mine);
  let unplaced = 0;
  const unplacedIn: string[] = [];
  for (const [interview, theirs] of transcriptsByInterview(other)) {
    const here = mineTranscripts.get(interview);
    if (!here) continue;
    const lost = alignTurns(other, here, theirs);
    if (lost.length === 0) continue;
    const n = deleteQuotesOnTurns(other, lost);
    if (n) {
      unplaced += n;
      unplacedIn.push(`“${here.title}”`);
    }
  }
  if (unplaced)
    adjustments.push(
      `${unplaced} quote${unplaced === 1 ? '' : 's'} of theirs not brought: ${unplacedIn.join(', ')} differ${unplacedIn.length === 1 ? 's' : ''} from this project’s transcript where they were made (import the file on its own to keep them).`,
    );
  // 3. What REFI does not carry is taken from this project when the two are compared (qdpxUncarried.ts).
  // 4. Groundwork-only content that travels as notes.
  if (fromGroundwork) {
    const n = dropGroundworkNotes(mine, other);
    if (n)
      adjustments.push(
        `${n} note${n === 1 ? '' : 's'} holding personas, job statements or the ICP left out: a merge does not carry them.`,
      );
  }
  return adjustments;
}

/**
 * Gives their transcript this project's GUID and each of their turns the GUID of the turn here with the
 * same words, matched in order (a longest common subsequence, so one corrected or split turn does not
 * unplace the rest). Returns their turns with no match.
 */
function alignTurns(other: Database, here: TranscriptTurns, theirs: TranscriptTurns): number[] {
  renameGuid(other, 'transcripts', theirs.transcriptId, here.transcriptGuid);
  const a = theirs.turns;
  const b = here.turns;
  const match = lcs(
    a.map((t) => t.text),
    b.map((t) => t.text),
  );
  const lost: number[] = [];
  // Turn GUIDs are unique: every turn steps aside first, so no rename meets a GUID still in use.
  for (const t of a) renameGuid(other, 'transcript_segments', t.id, `${t.guid}~`);
  for (let i = 0; i < a.length; i++) {
    const j = match[i]!;
    renameGuid(other, 'transcript_segments', a[i]!.id, j >= 0 ? b[j]!.guid : a[i]!.guid);
    if (j < 0) lost.push(a[i]!.id);
  }
  return lost;
}

/** For each item of `a`, the index in `b` it is matched to in a longest common subsequence, or -1. */
export function lcs(a: readonly string[], b: readonly string[]): number[] {
  const n = a.length;
  const m = b.length;
  const out = new Array<number>(n).fill(-1);
  // Equal transcripts (the usual case) need no table.
  if (n === m && a.every((x, i) => x === b[i])) return a.map((_, i) => i);
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * w + j] =
        a[i] === b[j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) {
      out[i] = j;
      i++;
      j++;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

const coderName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A Groundwork-made note (v5 GUID) standing in for a persona, the job statements or the ICP. */
const STAND_IN = /^(Persona: .+|Job statements|Ideal customer profile)$/;

function dropGroundworkNotes(mine: Database, other: Database): number {
  const here = new Set(guidsOf(mine, 'notes').map((r) => r.guid));
  const gone = notesWithTitles(other).filter(
    (n) => !here.has(n.guid) && n.interviewId === null && n.guid[14] === '5' && STAND_IN.test(n.title),
  );
  for (const n of gone) deleteNote(other, n.id);
  return gone.length;
}
