/**
 * The one place a project session's defaults are written: the process's own clock, random GUIDs,
 * a silent logger, no events, no recent list. createCore (every host: the app, the web host, the
 * CLI, tests) and the benchmarks that time services directly start from here.
 */
import { randomUUID } from 'node:crypto';
import { silentLogger } from '../context';
import { ProjectSession, type SessionOptions } from './session';

export function sessionOptions(overrides: Partial<SessionOptions> = {}): SessionOptions {
  return {
    userDataDir: null,
    clock: { now: () => Date.now() },
    newGuid: randomUUID,
    logger: silentLogger,
    emit: () => {},
    ...overrides,
  };
}

/** A session outside any core (benchmarks of services): call `.context()` once a project is open. */
export function standaloneSession(overrides: Partial<SessionOptions> = {}): ProjectSession {
  return new ProjectSession(sessionOptions(overrides));
}
