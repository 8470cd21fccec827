/**
 * Interview notes: one Lexical document per (interview, guide question) plus one general note.
 * Saves carry the revision they were based on; a save based on an older revision is refused with
 * CONFLICT, so two windows never silently overwrite each other.
 */
import type { Note } from '../../../../shared/domain/guide';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';
import { getInterview } from '../../repos/interviews';

interface Row {
  id: number;
  guid: string;
  interview_id: number | null;
  guide_item_id: number | null;
  doc: string;
  plain_text: string;
  revision: number;
  updated_at: number;
}

function toNote(r: Row): Note {
  return {
    id: r.id,
    guid: r.guid,
    interviewId: r.interview_id,
    guideItemId: r.guide_item_id,
    doc: r.doc,
    plainText: r.plain_text,
    revision: r.revision,
    updatedAt: r.updated_at,
  };
}

export function notesOfInterview(ctx: ProjectContext, interviewId: number): Note[] {
  return (stmt(ctx.db, 'SELECT * FROM notes WHERE interview_id = ? ORDER BY id').all(interviewId) as Row[]).map(toNote);
}

export function getNote(ctx: ProjectContext, id: number): Note | undefined {
  const r = stmt(ctx.db, 'SELECT * FROM notes WHERE id = ?').get(id) as Row | undefined;
  return r && toNote(r);
}

export function saveNote(
  ctx: ProjectContext,
  input: { interviewId: number; guideItemId: number | null; doc: string; plainText: string; baseRevision: number | null },
): Note {
  try {
    JSON.parse(input.doc);
  } catch {
    throw new AppError('VALIDATION', 'The note could not be saved: its document is not valid.');
  }
  const id = ctx.db.transaction(() => {
    if (!getInterview(ctx.db, input.interviewId)) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    if (input.guideItemId !== null) {
      const ok = stmt(ctx.db, 'SELECT 1 FROM interviews i JOIN guide_items gi ON gi.guide_id = i.guide_id WHERE i.id = ? AND gi.id = ?').get(
        input.interviewId,
        input.guideItemId,
      );
      if (!ok) throw new AppError('VALIDATION', "That question is not in this interview's guide.");
    }
    const at = ctx.clock.now();
    const current = stmt(ctx.db, 'SELECT * FROM notes WHERE interview_id = ? AND guide_item_id IS ?').get(input.interviewId, input.guideItemId) as
      | Row
      | undefined;
    if (!current) {
      if (input.baseRevision !== null) throw conflict();
      return Number(
        stmt(
          ctx.db,
          `INSERT INTO notes (guid, interview_id, guide_item_id, doc, plain_text, revision, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
        ).run(ctx.newGuid(), input.interviewId, input.guideItemId, input.doc, input.plainText, at, at).lastInsertRowid,
      );
    }
    if (input.baseRevision !== current.revision) throw conflict();
    if (current.doc === input.doc) return current.id;
    stmt(ctx.db, 'UPDATE notes SET doc = ?, plain_text = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(
      input.doc,
      input.plainText,
      at,
      current.id,
    );
    return current.id;
  })();
  const note = getNote(ctx, id)!;
  ctx.emit('entities.changed', { kind: 'note', ids: [id] });
  return note;
}

function conflict(): AppError {
  return new AppError('CONFLICT', 'This note was changed in another window. Reload it to see the latest version before typing on.');
}
