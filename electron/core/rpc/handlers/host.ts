/** host.* methods: paths the user gave the host itself (its dialogs, File menu, command line, uploads). */
import type { HostMethod, HostOutput, HostParsedInput } from '../../../../shared/ipc/hostContract';
import { setInterviewMedia } from '../../services/transcripts/media';
import type { HandlerEnv } from '../types';

type HostHandlers = {
  [M in HostMethod]: (input: HostParsedInput<M>, env: HandlerEnv) => HostOutput<M> | Promise<HostOutput<M>>;
};

export const hostHandlers: HostHandlers = {
  'host.openProject': (input, env) => env.session.open(input.path),
  'host.createProject': (input, env) => env.session.create(input.path, input.name, input.withDefaults),
  'host.setMedia': (input, env) => setInterviewMedia(env.project(), input.interviewId, input.path),
};
