/** The shape of one contract entry: a zod schema for the input and one for the output. */
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Methods that change data; the HTTP bridge and the UI treat them as writes. */
  writes: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  opts: { writes: boolean },
): MethodSpec<I, O> {
  return { input, output, writes: opts.writes };
}
