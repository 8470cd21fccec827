/**
 * Parsed files waiting for the researcher to confirm the preview and speaker mapping.
 * Nothing here touches the project: a staged file is only memory until it is committed.
 */
import type { ParsedTranscript } from '../import/types';

export interface StagedEntry {
  id: string;
  fileName: string;
  sizeBytes: number;
  parsed: ParsedTranscript;
  /** SHA-256 of the file's bytes (hex): a file imported twice is recognised by it. */
  contentSha256: string;
  stagedAt: number;
}

export class StagingArea {
  private readonly entries = new Map<string, StagedEntry>();

  constructor(
    private readonly now: () => number,
    private readonly newId: () => string,
    private readonly maxEntries = 200,
    private readonly ttlMs = 6 * 60 * 60 * 1000,
    /** Turns held in all previews together; the oldest previews go first past it (memory). */
    private readonly maxTurns = Number.POSITIVE_INFINITY,
  ) {}

  put(fileName: string, sizeBytes: number, parsed: ParsedTranscript, contentSha256: string): StagedEntry {
    this.expire();
    let turns = parsed.turns.length;
    for (const e of this.entries.values()) turns += e.parsed.turns.length;
    while (this.entries.size > 0 && (this.entries.size >= this.maxEntries || turns > this.maxTurns)) {
      const oldest = this.entries.values().next().value as StagedEntry;
      turns -= oldest.parsed.turns.length;
      this.entries.delete(oldest.id);
    }
    const entry = { id: this.newId(), fileName, sizeBytes, parsed, contentSha256, stagedAt: this.now() };
    this.entries.set(entry.id, entry);
    return entry;
  }

  get(id: string): StagedEntry | undefined {
    this.expire();
    return this.entries.get(id);
  }

  discard(id: string): boolean {
    return this.entries.delete(id);
  }

  private expire(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [id, e] of this.entries) if (e.stagedAt < cutoff) this.entries.delete(id);
  }
}
