/** host.* methods: paths the user gave the host itself (its dialogs, File menu, command line, uploads). */
import type { HostMethod, HostOutput, HostParsedInput } from '../../../../shared/ipc/hostContract';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { copyForColleague, mergeStaging, previewStaged } from '../../services/merge/service';
import { stageMergePath } from '../../services/merge/source';
import { commitStagedRefi, RefiStaging, stageRefiFile } from '../../services/refi/importer';
import { importFiles } from '../../services/transcripts/batch';
import { setInterviewMedia } from '../../services/transcripts/media';
import { StagingArea } from '../../services/transcripts/staging';
import type { HandlerEnv } from '../types';

type HostHandlers = {
  [M in HostMethod]: (input: HostParsedInput<M>, env: HandlerEnv) => HostOutput<M> | Promise<HostOutput<M>>;
};

export const hostHandlers: HostHandlers = {
  'host.openProject': (input, env) => env.session.open(input.path),
  'host.createProject': (input, env) => env.session.create(input.path, input.name, input.withDefaults),
  'host.setMedia': (input, env) => setInterviewMedia(env.project(), input.interviewId, input.path),
  'host.importFiles': (input, env) =>
    importFiles(
      env.project(),
      new StagingArea(() => Date.now(), randomUUID),
      input.paths.map((f) => path.resolve(f)),
      { fast: input.fast, duplicates: input.duplicates, parser: env.parser },
    ),
  // Staged and committed in one call: the file is already chosen, there is no preview to show.
  'host.importRefiFile': async (input, env) => {
    const ctx = env.project();
    const staging = new RefiStaging(
      () => Date.now(),
      () => 'host',
    );
    const file = path.resolve(input.path);
    const preview = await stageRefiFile(ctx, staging, path.basename(file), fs.readFileSync(file));
    return commitStagedRefi(ctx, staging, preview.stagingId);
  },
  'host.stageMergeFile': async (input, env) => {
    const ctx = env.project();
    return previewStaged(ctx, mergeStaging, await stageMergePath(ctx, input.path));
  },
  'host.copyForColleague': async (input, env) => {
    const out = await copyForColleague(env.project(), path.resolve(input.path));
    return { fileName: out.fileName, path: out.path ?? undefined, bytes: out.bytes };
  },
};
