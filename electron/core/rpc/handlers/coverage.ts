/** coverage.*: question coverage. */
import type { coverageMethods } from '../../../../shared/ipc/contract/coverage';
import { interviewCoverage, studyCoverage } from '../../services/guides/coverage';
import type { HandlersOf } from '../types';

export const coverageHandlers: HandlersOf<typeof coverageMethods> = {
  'coverage.interview': (i, env) => interviewCoverage(env.project(), i.interviewId),
  'coverage.study': (_i, env) => studyCoverage(env.project()),
};
