/**
 * Writes run one at a time, in the order they came. Most finish at once; storing a very long
 * transcript runs in the import worker for seconds, and edits made meanwhile wait here (reads do
 * not) instead of blocking the answering thread in SQLite's busy handler.
 */
export class WriteQueue {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.last.then(work);
    this.last = turn.catch(() => undefined);
    return turn;
  }
}
