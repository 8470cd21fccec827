/**
 * Child process for the crash test: opens a project through the real open path (pragmas, migrations)
 * and writes large transactions in a loop until it is killed. Each batch is 2,000 companies.
 */
import { openProjectDb } from '../../electron/core/db/open';

const file = process.argv[2]!;
const BATCH = 2000;

const db = await openProjectDb(file);
const insert = db.prepare(
  "INSERT INTO companies (guid, name, notes, created_at, updated_at) VALUES (?, ?, 'crash-test', 0, 0)",
);
const writeBatch = db.transaction((batch: string) => {
  for (let i = 0; i < BATCH; i++) insert.run(`${batch}-${i}`, `${batch}-${i}`);
});
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  writeBatch(`${process.pid}-${n}`);
  if (n === 0) process.stdout.write('committed\n');
}
