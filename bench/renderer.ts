/**
 * The renderer the screen benchmarks serve: a production build made by the benchmark run itself, in
 * its own folder, so a development build left in dist/ by a test run is never what gets measured.
 * Built once per `npm run bench` process.
 */
import path from 'node:path';

export const BENCH_RENDERER = path.resolve('node_modules/.cache/groundwork-bench/renderer');

let built: Promise<string> | null = null;

export function productionRenderer(): Promise<string> {
  built ??= (async () => {
    const { build } = await import('vite');
    await build({
      configFile: path.resolve('vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: BENCH_RENDERER, emptyOutDir: true },
    });
    return BENCH_RENDERER;
  })();
  return built;
}
