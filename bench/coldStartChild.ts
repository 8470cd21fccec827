/**
 * Runs in a fresh Node process: time from before loading better-sqlite3 to the first answered query,
 * through the real open path (pragmas, migrations). Prints one JSON line.
 */
const t0 = performance.now();
const { openProjectDb } = await import('../electron/core/db/open');
const { listInterviews } = await import('../electron/core/repos/interviews');
const tRequire = performance.now();
const [file, mode] = process.argv.slice(2) as [string, 'create' | 'open'];
const db = await openProjectDb(file, { create: mode === 'create' });
const tOpen = performance.now();
listInterviews(db);
const tQuery = performance.now();
db.close();
process.stdout.write(
  `${JSON.stringify({ require: tRequire - t0, open: tOpen - tRequire, query: tQuery - tOpen, total: tQuery - t0 })}\n`,
);
export {};
