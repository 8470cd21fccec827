/** What services need from the outside world: injected so tests are deterministic. */
import type { Database } from 'better-sqlite3';
import type { EventName, EventPayload } from '../../shared/ipc/events';

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export interface Clock {
  now(): number;
}

export interface Deps {
  clock: Clock;
  newGuid: () => string;
  logger: Logger;
}

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** One open project plus the injected deps: the first argument of every service. */
export interface ProjectContext extends Deps {
  db: Database;
  projectPath: string;
  emit: Emit;
  /**
   * Who is coding (coders.id in this project), from the session — never from the renderer's say-so
   * on a call. Quotes, codings, citations, attributes, notes and undo steps record it; null (or
   * absent, in contexts made outside a session) is the unknown coder.
   */
  coderId?: number | null;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
