/** imports.*, transcripts.get and interviews.setMedia. */
import { AppError } from '../../../../shared/errors';
import type { importMethods } from '../../../../shared/ipc/contract/imports';
import { commitTranscript } from '../../services/transcripts/commit';
import { setInterviewMedia } from '../../services/transcripts/media';
import { readTranscript } from '../../services/transcripts/read';
import { stageBytes, stagePath } from '../../services/transcripts/stage';
import type { HandlersOf } from '../types';

export const importHandlers: HandlersOf<typeof importMethods> = {
  'imports.stageFile': (i, env) =>
    stageBytes(env.project(), env.staging, i.fileName, Buffer.from(i.dataBase64, 'base64'), env.parser),
  'imports.stagePath': (i, env) => stagePath(env.project(), env.staging, i.path, env.parser),
  'imports.commit': (i, env) => {
    const entry = env.staging.get(i.stagingId);
    if (!entry) throw new AppError('NOT_FOUND', 'This preview has expired. Add the file again.');
    const result = commitTranscript(env.project(), entry, i.target, i.speakers, { importDuplicate: i.importDuplicate });
    env.staging.discard(i.stagingId);
    return result;
  },
  'imports.discard': (i, env) => ({ discarded: env.staging.discard(i.stagingId) }),
  'transcripts.get': (i, env) => readTranscript(env.project().db, i.interviewId),
  'interviews.setMedia': (i, env) => setInterviewMedia(env.project(), i.interviewId, i.path),
};
