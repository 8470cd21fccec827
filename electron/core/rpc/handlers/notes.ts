/** notes.*: interview-mode notes. */
import type { noteMethods } from '../../../../shared/ipc/contract/notes';
import { notesOfInterview, saveNote } from '../../services/guides/notes';
import type { HandlersOf } from '../types';

export const noteHandlers: HandlersOf<typeof noteMethods> = {
  'notes.forInterview': (i, env) => notesOfInterview(env.project(), i.interviewId),
  'notes.save': (i, env) => {
    const { doc: _doc, ...saved } = saveNote(env.project(), i);
    return saved;
  },
};
