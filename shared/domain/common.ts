/** Small schemas every entity uses: ids, timestamps, bounded text. */
import { z } from 'zod';

/** Integer row id as it travels on the wire. */
export const Id = z.number().int().positive();
export type Id = z.infer<typeof Id>;

/** Stable exchange id (REFI-QDA needs them); foreign GUIDs are kept on import. */
export const Guid = z.string().min(1).max(64);

/** Epoch milliseconds. */
export const EpochMs = z.number().int();

/** A required single-line name: trimmed, 1..200 characters. */
export function name(label: string) {
  return z.string().trim().min(1, `${label} is required.`).max(200, `${label} must be at most 200 characters.`);
}

/** Optional free text: trimmed, empty allowed. */
export function text(label: string, max = 5000) {
  return z.string().trim().max(max, `${label} must be at most ${max} characters.`);
}

export const IdInput = z.object({ id: Id });

/** What deleting a record would remove or touch, so the UI can say it before asking. */
export const DeleteImpact = z.object({
  /** Human summary of each dependent group, e.g. { quotes: 12 }. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** When set, deletion is refused and this says why and what to do. */
  blockedBy: z.string().nullable(),
});
export type DeleteImpact = z.infer<typeof DeleteImpact>;

type Patched<T extends z.ZodRawShape> = {
  [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? z.ZodOptional<Inner> : z.ZodOptional<T[K]>;
};

/**
 * A patch schema: every field optional and WITHOUT its default. (zod's `.partial()` keeps defaults,
 * so a patch of one field would reset every other defaulted field.)
 */
export function patchOf<T extends z.ZodRawShape>(fields: z.ZodObject<T>): z.ZodObject<Patched<T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(fields.shape)) {
    const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<Patched<T>>;
}
