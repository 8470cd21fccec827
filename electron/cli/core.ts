/**
 * The CLI as a host like the others: one core per command (createCore), every command a call of
 * its dispatch. Loaded only once a command runs, so `--help` and unknown commands load no core.
 */
import { AppError } from '../../shared/errors';
import type { AnyInput, AnyMethod, AnyOutput } from '../../shared/ipc/hostContract';
import { createCore, type CoreOptions } from '../core/createCore';

export interface CliCore {
  /** A method of the contract or host.*; a failure throws its AppError, which runCli prints in one line. */
  call<M extends AnyMethod>(method: M, input: AnyInput<M>): Promise<AnyOutput<M>>;
  close(): void;
}

type CliCoreOptions = Pick<CoreOptions, 'owner' | 'parseWorker'> & ({ readOnly: string } | { readOnly?: undefined });

/**
 * `readOnly: FILE` opens FILE for commands that only read (`info`, exports): no lock, no migration,
 * no checkpoint, nothing written or deleted. Without it no project is open until a host.* call opens
 * or creates one under the writer lock, named after `owner` for anyone else who tries to open it.
 */
export async function openCliCore(opts: CliCoreOptions): Promise<CliCore> {
  const core = await createCore({
    userDataDir: null,
    owner: opts.owner ?? { what: 'a read-only command' },
    ...(opts.parseWorker ? { parseWorker: opts.parseWorker } : {}),
    ...(opts.readOnly ? { projectPath: opts.readOnly, readOnly: true } : {}),
  });
  return {
    async call(method, input) {
      const envelope = await core.host.dispatch(method, input);
      if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields);
      return envelope.value as never;
    },
    close: () => core.close(),
  };
}
