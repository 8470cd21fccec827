/** Sessions of the CLI's commands: read-only ones take no lock; writing ones name themselves in it. */
import { randomUUID } from 'node:crypto';
import { silentLogger } from '../core/context';
import type { LockOwner } from '../core/project/lock';
import { ProjectSession, type SessionOptions } from '../core/project/session';

/** For commands that only read (`info`, exports): no lock, no migration, nothing written or deleted. */
export function readOnlySession(): ProjectSession {
  return cliSession({ what: 'a read-only command' });
}

/** For commands that write; `owner` is what another opener is told holds the project. */
export function cliSession(owner: LockOwner, extra: Partial<SessionOptions> = {}): ProjectSession {
  return new ProjectSession({
    userDataDir: null,
    clock: { now: () => Date.now() },
    newGuid: randomUUID,
    logger: silentLogger,
    emit: () => {},
    owner,
    ...extra,
  });
}
