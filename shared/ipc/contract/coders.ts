/** Coders: the study's researchers, and who is coding in this app (the user's setting). */
import { z } from 'zod';
import { Coder, CoderCodings, CoderFields, CurrentCoder } from '../../domain/coder';
import { Guid } from '../../domain/common';
import { method } from '../method';

export const coderMethods = {
  'coders.list': method(z.object({}), z.array(Coder), { writes: false }),
  /** Who has coded anything: the Agreement screen compares those coders until the researcher chooses. */
  'coders.codingCounts': method(z.object({}), z.array(CoderCodings), { writes: false }),
  'coders.current': method(z.object({}), CurrentCoder, { writes: false }),
  /**
   * Says who is coding from now on, for every later call. With `guid`, the user becomes a coder the
   * project already lists (their name and colour as given); without, a new coder.
   */
  'coders.identify': method(CoderFields.extend({ guid: Guid.optional() }), CurrentCoder, { writes: true }),
} as const;
