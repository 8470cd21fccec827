/** `npm run web [-- --project FILE] [--port N]`: serve the app in a browser on 127.0.0.1. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PROJECT_FILE } from '../../shared/domain/project';
import { defaultUserDataDir } from '../core/userData';
import { RENDERER_DIST, startWebHost } from './host';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { project: { type: 'string' }, port: { type: 'string' }, 'user-data': { type: 'string' } },
    allowPositionals: false,
  });
  if (!fs.existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    console.error('The renderer is not built yet: run `npm run build:renderer` (npm run web does it for you).');
    process.exit(1);
  }
  const userDataDir = values['user-data'] ? path.resolve(values['user-data']) : defaultUserDataDir();
  fs.mkdirSync(userDataDir, { recursive: true });
  const projectPath = values.project ? path.resolve(values.project) : path.join(userDataDir, DEFAULT_PROJECT_FILE);
  const port = values.port ? Number(values.port) : 0;
  const host = await startWebHost({ userDataDir, projectPath, port, logger: console });
  console.log(`Groundwork is running for ${projectPath}`);
  console.log(`Open ${host.bridge.launchUrl}`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
