/** Question coverage for one interview and for the whole study. */
import { z } from 'zod';
import { Id } from '../../domain/common';
import { InterviewCoverage, StudyCoverage } from '../../domain/guide';
import { method } from '../method';

export const coverageMethods = {
  'coverage.interview': method(z.object({ interviewId: Id }), InterviewCoverage, { writes: false }),
  'coverage.study': method(z.object({}), StudyCoverage, { writes: false }),
} as const;
