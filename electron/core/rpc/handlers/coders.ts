/** coders.*: the study's researchers and the current coder, who lives in the session. */
import type { coderMethods } from '../../../../shared/ipc/contract/coders';
import { codingCountsByCoder, listCoders } from '../../repos/coders';
import type { HandlersOf } from '../types';

export const coderHandlers: HandlersOf<typeof coderMethods> = {
  'coders.list': (_i, env) => listCoders(env.project().db),
  'coders.codingCounts': (_i, env) => codingCountsByCoder(env.project().db),
  'coders.current': (_i, env) => env.session.currentCoder(),
  'coders.identify': (i, env) => env.session.identify(i),
};
