/** Damage on purpose, the way disks and copies do it: a page of a table overwritten, one bit of the WAL flipped. */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export const digest = (file: string): string | null =>
  fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;

/** Overwrites the start of a leaf page of `table` (its b-tree header) in a closed, checkpointed file. */
export function corruptLeafPage(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaf = db
    .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1")
    .get(table) as { pageno: number } | undefined;
  db.close();
  if (!leaf) throw new Error(`no leaf page for ${table}`);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(24, 0xff), 0, 24, (leaf.pageno - 1) * pageSize);
  fs.closeSync(fd);
  return leaf.pageno;
}

/** Flips one bit in the page data of WAL frame `frame` (0-based). */
export function flipWalBit(file: string, frame: number): void {
  const wal = `${file}-wal`;
  const header = Buffer.alloc(32);
  const fd = fs.openSync(wal, 'r+');
  fs.readSync(fd, header, 0, 32, 0);
  const pageSize = header.readUInt32BE(8);
  const at = 32 + frame * (24 + pageSize) + 24 + 1000;
  const byte = Buffer.alloc(1);
  fs.readSync(fd, byte, 0, 1, at);
  byte[0]! ^= 0x10;
  fs.writeSync(fd, byte, 0, 1, at);
  fs.closeSync(fd);
}
