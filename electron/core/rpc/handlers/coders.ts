/** coders.*: the study's researchers and the current coder, who lives in the session. */
import type { coderMethods } from '../../../../shared/ipc/contract/coders';
import { listCoders } from '../../repos/coders';
import type { HandlersOf } from '../types';

export const coderHandlers: HandlersOf<typeof coderMethods> = {
  'coders.list': (_i, env) => listCoders(env.project().db),
  'coders.current': (_i, env) => env.session.currentCoder(),
  'coders.identify': (i, env) => env.session.identify(i),
};
