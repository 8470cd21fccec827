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
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
