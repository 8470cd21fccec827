// Development entry of the parse worker: registers tsx, then loads the TypeScript worker.
// (The packaged app runs the bundled dist/electron/parseWorker.cjs instead.)
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
