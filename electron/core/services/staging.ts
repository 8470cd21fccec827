/**
 * Files read for a preview and kept until the researcher commits or cancels: a few at a time, for a
 * few hours, so an abandoned dialog does not hold memory for ever. Generic over what is staged (a
 * REFI-QDA project, a CRM table).
 */
const MAX_STAGED = 10;
const TTL_MS = 6 * 60 * 60 * 1000;

export class Staging<T> {
  private readonly entries = new Map<string, { staged: T; at: number }>();

  constructor(
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {}

  put(staged: T): string {
    this.prune();
    const id = this.newId();
    this.entries.set(id, { staged, at: this.now() });
    while (this.entries.size > MAX_STAGED) this.entries.delete(this.entries.keys().next().value!);
    return id;
  }

  get(id: string): T | undefined {
    this.prune();
    return this.entries.get(id)?.staged;
  }

  discard(id: string): boolean {
    return this.entries.delete(id);
  }

  private prune(): void {
    const cutoff = this.now() - TTL_MS;
    for (const [id, e] of this.entries) if (e.at < cutoff) this.entries.delete(id);
  }
}
