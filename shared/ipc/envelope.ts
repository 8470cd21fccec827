/** What crosses every transport: a result or a wire error, never a thrown exception. */
import type { WireError } from '../errors';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(error: WireError): Envelope<never> {
  return { ok: false, error };
}
