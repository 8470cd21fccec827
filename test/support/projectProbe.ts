/**
 * Child process for the access tests (run as another user when the tests run as root, since root
 * may write any file): opens a project through the real core and reports, as one JSON line, its
 * status, what a write answered, and what `groundwork info` printed.
 */
import { runCli } from '../../electron/cli/run';
import { createCore } from '../../electron/core/createCore';

const file = process.argv[2]!;
const report: Record<string, unknown> = {};
try {
  const core = await createCore({ projectPath: file });
  report['status'] = (await core.dispatch('project.status', {})) as unknown;
  report['write'] = await core.dispatch('companies.create', { name: 'Probe' });
  report['count'] = await core.dispatch('project.counts', {});
  core.close();
} catch (err) {
  report['openError'] = { code: (err as { code?: string }).code, message: (err as Error).message };
}
const io = { out: '', err: '' };
report['infoCode'] = await runCli(['info', file], { out: (t) => void (io.out += t), err: (t) => void (io.err += t) });
report['infoErr'] = io.err;
process.stdout.write(`${JSON.stringify(report)}\n`);
