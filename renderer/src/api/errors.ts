/** A failed call as the UI sees it: a code, a sentence for people, and per-field messages for forms. */
import type { ErrorCode, WireError } from '../../../shared/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;

  constructor(wire: WireError) {
    super(readableMessage(wire));
    this.name = 'ApiError';
    this.code = wire.code;
    this.fields = fieldMessages(wire.fields);
  }
}

/** Messages from the core are written for researchers; make sure we never show a stack or a blank. */
function readableMessage(wire: WireError): string {
  const message = typeof wire.message === 'string' ? wire.message.trim() : '';
  if (!message || /\n\s+at\s/.test(message)) return 'Something went wrong inside Groundwork; nothing was changed.';
  return message;
}

/**
 * Folds array paths ("currentStack.2") onto the field that holds them ("currentStack"); an update's
 * "patch.situation" is the form's "situation".
 */
function fieldMessages(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const parts = path.split('.');
    const key = (parts[0] === 'patch' && parts.length > 1 ? parts[1] : parts[0]) ?? path;
    out[key] ??= message;
  }
  return out;
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'INTERNAL', message: 'Something went wrong inside Groundwork; nothing was changed.' });
}
