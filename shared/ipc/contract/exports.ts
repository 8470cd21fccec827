/** Evidence exports. */
import { z } from 'zod';
import { method } from '../method';

export const exportMethods = {
  'exports.evidenceCsv': method(z.object({ pseudonymise: z.boolean().default(false) }), z.object({ csv: z.string(), fileName: z.string() }), {
    writes: false,
  }),
} as const;
