/** Closed error codes shared by the core, every transport and the UI. */

export const ERROR_CODES = [
  'VALIDATION', // the input does not match the contract or a domain rule
  'UNKNOWN_METHOD', // the method is not in the contract's allow-list
  'NOT_FOUND', // the record asked for does not exist
  'CONFLICT', // a uniqueness rule or a concurrent edit would be broken
  'IN_USE', // other records depend on it; deleting it is refused
  'NO_PROJECT', // no project is open
  'PROJECT_NEWER', // the file was written by a newer Groundwork
  'PROJECT_CORRUPT', // the file is not a readable Groundwork project
  'PROJECT_LOCKED', // another window or program has the project open for writing
  'READ_ONLY', // the project is open read-only (read-only file or folder, or found damaged)
  'IO', // the file system refused (missing path, permissions, disk full)
  'PARSE', // an imported file could not be read
  'TOO_LARGE', // an input passes a size cap
  'CANCELLED', // long work was cancelled by the user
  'INTERNAL', // a bug: the message is generic, the details are logged
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path -> message. */
  fields?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toWire(): WireError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }

  static fromWire(wire: WireError): AppError {
    const code = (ERROR_CODES as readonly string[]).includes(wire.code) ? wire.code : 'INTERNAL';
    return new AppError(code, String(wire.message ?? 'Something went wrong.'), wire.fields);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function assertNever(value: never, what = 'value'): never {
  throw new AppError('INTERNAL', `Unexpected ${what}: ${JSON.stringify(value)}`);
}
