/**
 * The one entry point of the core: allow-list the method, parse the input with the contract,
 * run the handler, and turn every failure into a closed error code. Nothing throws past here.
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { contract, isMethod } from '../../../shared/ipc/contract';
import type { MethodSpec } from '../../../shared/ipc/method';
import { fail, ok, type Envelope } from '../../../shared/ipc/envelope';
import type { Logger } from '../context';
import type { Handler, HandlerEnv, Handlers } from './types';
import { WriteQueue } from './writeQueue';

export interface DispatchOptions {
  /** Validate every output against the contract too (tests turn this on). */
  checkOutputs?: boolean;
  /** Shared by the renderer's and the host's dispatch, so all writes keep one order. */
  writes?: WriteQueue;
  /** Methods beyond the contract, for the host's own dispatch only (shared/ipc/hostContract.ts). */
  extra?: { methods: Record<string, MethodSpec>; handlers: Record<string, Handler<never>> };
}

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

/** Writing methods that still work on a read-only project: they switch or repair the project. */
const ALLOWED_READ_ONLY = new Set<string>([
  'project.create',
  'project.open',
  'project.choose',
  'project.forgetRecent',
  'backups.restore',
  // Who is coding is the user's setting; a read-only project only does not gain their row.
  'coders.identify',
  'host.createProject',
  'host.openProject',
]);

export function createDispatch(
  handlers: Handlers,
  env: HandlerEnv,
  logger: Logger,
  opts: DispatchOptions = {},
): Dispatch {
  const writes = opts.writes ?? new WriteQueue();
  const extra = opts.extra;
  const lookup = (name: unknown): { spec: MethodSpec; handler: Handler<never> } | null => {
    if (isMethod(name)) return { spec: contract[name], handler: handlers[name] as Handler<never> };
    if (extra && typeof name === 'string' && Object.prototype.hasOwnProperty.call(extra.methods, name)) {
      return { spec: extra.methods[name]!, handler: extra.handlers[name]! };
    }
    return null;
  };

  return async (method, input) => {
    const found = lookup(method);
    if (!found) return fail({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 100)}` });
    const parsed = (found.spec.input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error).toWire());
    const run = () => execute(String(method), found, parsed.data);
    return found.spec.writes ? writes.run(run) : run();
  };

  async function execute(
    method: string,
    found: { spec: MethodSpec; handler: Handler<never> },
    input: unknown,
  ): Promise<Envelope<unknown>> {
    try {
      if (found.spec.writes && !ALLOWED_READ_ONLY.has(method)) env.session.assertWritable();
      const value = await found.handler(input as never, env);
      if (opts.checkOutputs) {
        const out = (found.spec.output as z.ZodType).safeParse(value);
        if (!out.success) {
          logger.error('output does not match contract', { method, issues: out.error.issues });
          return fail({ code: 'INTERNAL', message: `The result of ${method} did not match the contract.` });
        }
      }
      return ok(value ?? null);
    } catch (err) {
      return fail((env.session.explainFailure(err) ?? toAppError(err, method, logger)).toWire());
    }
  }
}

export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first && first.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return new AppError('VALIDATION', `${where}${first?.message ?? 'Invalid input.'}`, fields);
}

/** SQLite and file-system failures become codes a researcher-facing message can be written for. */
export function toAppError(err: unknown, method: string, logger: Logger): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new AppError('CONFLICT', 'That would create a duplicate.');
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return new AppError('IN_USE', 'Other records depend on this; nothing was changed.');
    }
    if (code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
      return new AppError('VALIDATION', 'A value is out of its allowed range; nothing was changed.');
    }
    if (code === 'SQLITE_FULL') return new AppError('IO', 'The disk is full; nothing was changed.');
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      return new AppError('CONFLICT', 'The project is busy in another window; try again.');
    }
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      return new AppError('PROJECT_CORRUPT', 'The project file is damaged. Restore it from a backup.');
    }
    if (code === 'ENOENT') return new AppError('IO', 'A file or folder was not found.');
    if (code === 'EACCES' || code === 'EPERM') return new AppError('IO', 'Groundwork is not allowed to use that file.');
    if (code === 'ENOSPC') return new AppError('IO', 'The disk is full.');
  }
  logger.error('unexpected error', { method, error: err instanceof Error ? err.stack : String(err) });
  return new AppError(
    'INTERNAL',
    'Something went wrong inside Groundwork; nothing was changed. The details are in the log.',
  );
}
