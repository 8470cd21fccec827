/** transcripts.*: read, speaker mapping and turn correction. */
import type { transcriptMethods } from '../../../../shared/ipc/contract/transcripts';
import * as quotes from '../../services/coding/quotes';
import { mapSpeaker } from '../../services/coding/speakers';
import { readTranscript } from '../../services/transcripts/read';
import type { HandlersOf } from '../types';

export const transcriptHandlers: HandlersOf<typeof transcriptMethods> = {
  'transcripts.get': (i, env) => readTranscript(env.project().db, i.interviewId),
  'transcripts.mapSpeaker': (i, env) => mapSpeaker(env.project(), i),
  'transcripts.editTurn': (i, env) =>
    quotes.editTurn(env.project(), i.turnId, {
      ...(i.text !== undefined ? { text: i.text } : {}),
      ...(i.speakerId !== undefined ? { speakerId: i.speakerId } : {}),
    }),
};
