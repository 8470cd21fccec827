/** Small lookups shared by the handlers of more than one namespace (kept out of handlers/, which holds one file per namespace). */
import { AppError } from '../../../shared/errors';
import * as attributes from '../services/synthesis/attributes';
import type { HandlerEnv } from './types';

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', `That ${what} no longer exists.`);
  return value;
}

export function personaOf(env: HandlerEnv, attributeId: number): number {
  return attributes.personaIdOf(env.project(), attributeId);
}
