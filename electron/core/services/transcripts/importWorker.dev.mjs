// Development entry of the import worker: registers tsx, then loads the TypeScript worker.
// (The packaged app runs the bundled dist/electron/importWorker.cjs instead.)
import { register } from 'tsx/esm/api';

register();
await import('./importWorker.ts');
