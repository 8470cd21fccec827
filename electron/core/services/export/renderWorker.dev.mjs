// Development entry of the document writer worker: registers tsx, then loads the TypeScript worker.
// (The packaged app runs the bundled dist/electron/exportWorker.cjs instead.)
import { register } from 'tsx/esm/api';

register();
await import('./renderWorker.ts');
