/**
 * Reads a project's write-ahead log (`-wal`) the way SQLite replays it, to find damage SQLite would
 * hide: SQLite stops at the first frame whose checksum fails and silently drops every committed
 * transaction after it (and a checkpoint then makes the loss permanent). A WAL is only non-empty
 * after a crash (a clean close folds it back), so this runs rarely and before SQLite touches it.
 *
 * Format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, version, page size,
 * checkpoint sequence, two salts, checksum of the first 24 bytes), then frames of a 24-byte header
 * (page number, database size after commit — non-zero marks a commit frame —, the two salts, and a
 * cumulative checksum over the frame header's first 8 bytes and the page) followed by the page.
 */
import fs from 'node:fs';

export interface WalReport {
  /** Committed transactions SQLite will replay. */
  replayedCommits: number;
  /** Committed transactions after a damaged frame, which SQLite would drop. */
  droppedCommits: number;
  /** Where the damage starts (byte offset in the WAL), when there is any. */
  damageAt: number | null;
}

const HEADER = 32;
const FRAME_HEADER = 24;

export function checkWal(walFile: string): WalReport {
  const clean: WalReport = { replayedCommits: 0, droppedCommits: 0, damageAt: null };
  let size: number;
  try {
    size = fs.statSync(walFile).size;
  } catch {
    return clean;
  }
  if (size < HEADER) return clean;
  const fd = fs.openSync(walFile, 'r');
  try {
    const header = Buffer.alloc(HEADER);
    fs.readSync(fd, header, 0, HEADER, 0);
    const magic = header.readUInt32BE(0);
    if (magic !== 0x377f0682 && magic !== 0x377f0683) return clean; // not a WAL SQLite would read
    const bigEndian = (magic & 1) === 1;
    const pageSize = header.readUInt32BE(8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return clean;
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    const frameSize = FRAME_HEADER + pageSize;
    const [h0, h1] = checksum(header.subarray(0, 24), 0, 0, bigEndian);
    const headerValid = h0 === header.readUInt32BE(24) && h1 === header.readUInt32BE(28);

    // SQLite's replay: the chain from the header's checksum, stopping at the first bad frame.
    // Our second reading: each frame checked against its predecessor's *stored* checksum, so the
    // chain picks up again after one damaged frame and later commits become visible.
    let replaying = headerValid;
    let chain: [number, number] = [header.readUInt32BE(24), header.readUInt32BE(28)];
    let stored: [number, number] = chain;
    // A damaged header makes SQLite ignore the whole log.
    const report: WalReport = { ...clean, damageAt: headerValid ? null : 0 };
    // Read 256 frames at a time; each frame is a view into the batch (offsets stay 4-byte aligned).
    const BATCH = 256;
    const batch = Buffer.alloc(frameSize * BATCH);
    let batchStart = -1;
    let batchLength = 0;
    for (let at = HEADER; at + frameSize <= size; at += frameSize) {
      if (batchStart < 0 || at + frameSize > batchStart + batchLength) {
        batchStart = at;
        batchLength = fs.readSync(fd, batch, 0, Math.min(batch.length, size - at), at);
      }
      const frame = batch.subarray(at - batchStart, at - batchStart + frameSize);
      const saltsMatch = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2;
      const isCommit = frame.readUInt32BE(4) !== 0;
      const want: [number, number] = [frame.readUInt32BE(16), frame.readUInt32BE(20)];
      const body = (seed: [number, number]) =>
        checksum(
          frame.subarray(FRAME_HEADER),
          ...checksum(frame.subarray(0, 8), seed[0], seed[1], bigEndian),
          bigEndian,
        );
      if (replaying) {
        const got = body(chain);
        if (saltsMatch && got[0] === want[0] && got[1] === want[1]) {
          chain = want;
          stored = want;
          if (isCommit) report.replayedCommits++;
          continue;
        }
        replaying = false;
        report.damageAt = at;
        stored = want;
        continue;
      }
      // After the replay stopped: a frame of this WAL generation that checks out against its
      // predecessor, and commits, is a transaction SQLite would lose. Frames of an older
      // generation (other salts) are leftovers SQLite reuses; they never count.
      const got = body(stored);
      if (saltsMatch && got[0] === want[0] && got[1] === want[1] && isCommit) report.droppedCommits++;
      stored = want;
    }
    if (report.droppedCommits === 0) report.damageAt = null;
    return report;
  } finally {
    fs.closeSync(fd);
  }
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** SQLite's WAL checksum: Fletcher-like over 32-bit words, two at a time. */
function checksum(data: Buffer, s0: number, s1: number, bigEndian: boolean): [number, number] {
  let a = s0 >>> 0;
  let b = s1 >>> 0;
  // Words in the host's order can be read as a typed array (10× faster than one read per word).
  if (bigEndian !== LITTLE_ENDIAN_HOST && data.byteOffset % 4 === 0 && data.length % 8 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, data.length / 4);
    for (let i = 0; i < words.length; i += 2) {
      a = (a + words[i]! + b) >>> 0;
      b = (b + words[i + 1]! + a) >>> 0;
    }
    return [a, b];
  }
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    a = (a + x0 + b) >>> 0;
    b = (b + x1 + a) >>> 0;
  }
  return [a, b];
}
