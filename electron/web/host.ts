/** The web host: the core, the HTTP bridge and the built renderer on 127.0.0.1 (browser mode, e2e tests). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core, type CoreOptions } from '../core/createCore';
import { startHttpBridge, type Bridge } from '../core/transports/http';

/** The built renderer; GROUNDWORK_RENDERER_DIR points elsewhere (tests, custom builds). */
export const RENDERER_DIST = process.env['GROUNDWORK_RENDERER_DIR']
  ? path.resolve(process.env['GROUNDWORK_RENDERER_DIR'])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

export interface WebHost {
  core: Core;
  bridge: Bridge;
  close(): Promise<void>;
}

export async function startWebHost(
  opts: CoreOptions & { port?: number; token?: string; staticDir?: string },
): Promise<WebHost> {
  // Imports are parsed, held and stored in a worker thread so the bridge keeps answering; the web
  // host runs from source, so the worker loads its TypeScript entry through tsx (importWorker.dev.mjs).
  const core = await createCore({
    importWorker: { file: new URL('../core/services/transcripts/importWorker.dev.mjs', import.meta.url) },
    exportWorker: { file: new URL('../core/services/export/renderWorker.dev.mjs', import.meta.url) },
    owner: { what: 'the Groundwork web host' },
    ...opts,
  });
  const bridge = await startHttpBridge(core, {
    staticDir: opts.staticDir ?? RENDERER_DIST,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.token ? { token: opts.token } : {}),
  });
  return {
    core,
    bridge,
    async close() {
      await bridge.close();
      core.close();
    },
  };
}
