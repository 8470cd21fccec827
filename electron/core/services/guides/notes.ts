/**
 * Interview notes: one Lexical document per (interview, guide question) plus one general note.
 * Saves carry the revision they were based on; a save based on an older revision is refused with
 * CONFLICT, so two windows never silently overwrite each other.
 */
import type { Note } from '../../../../shared/domain/guide';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { itemInInterviewGuide } from '../../repos/guides';
import { getInterview } from '../../repos/interviews';
import * as repo from '../../repos/notes';

export function notesOfInterview(ctx: ProjectContext, interviewId: number): Note[] {
  return repo.notesOfInterview(ctx.db, interviewId);
}

export function saveNote(
  ctx: ProjectContext,
  input: {
    interviewId: number;
    guideItemId: number | null;
    doc: string;
    plainText: string;
    baseRevision: number | null;
  },
): Note {
  try {
    JSON.parse(input.doc);
  } catch {
    throw new AppError('VALIDATION', 'The note could not be saved: its document is not valid.');
  }
  const id = ctx.db.transaction(() => {
    if (!getInterview(ctx.db, input.interviewId)) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    if (input.guideItemId !== null) {
      if (!itemInInterviewGuide(ctx.db, input.interviewId, input.guideItemId))
        throw new AppError('VALIDATION', "That question is not in this interview's guide.");
    }
    const at = ctx.clock.now();
    const current = repo.noteAt(ctx.db, input.interviewId, input.guideItemId);
    if (!current) {
      if (input.baseRevision !== null) throw conflict();
      return repo.insertNote(ctx.db, {
        guid: ctx.newGuid(),
        interviewId: input.interviewId,
        guideItemId: input.guideItemId,
        doc: input.doc,
        plainText: input.plainText,
        at,
      });
    }
    if (input.baseRevision !== current.revision) throw conflict();
    if (current.doc === input.doc) return current.id;
    repo.updateNoteDoc(ctx.db, current.id, input.doc, input.plainText, at);
    return current.id;
  })();
  const note = repo.getNote(ctx.db, id)!;
  ctx.emit('entities.changed', { kind: 'note', ids: [id] });
  return note;
}

function conflict(): AppError {
  return new AppError(
    'CONFLICT',
    'This note was changed in another window. Reload it to see the latest version before typing on.',
  );
}
