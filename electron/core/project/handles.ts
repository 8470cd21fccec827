/**
 * Opaque names for files the core already knows (recent projects), so the renderer can ask for one
 * without ever sending a path: a handle is random, means something only to this run of the core,
 * and resolves only to a path the core itself handed out. A guessed or forged handle resolves to nothing.
 */
import { randomBytes } from 'node:crypto';

export class PathHandles {
  private readonly byPath = new Map<string, string>();
  private readonly byHandle = new Map<string, string>();

  handleFor(file: string): string {
    let handle = this.byPath.get(file);
    if (!handle) {
      handle = `h_${randomBytes(12).toString('hex')}`;
      this.byPath.set(file, handle);
      this.byHandle.set(handle, file);
    }
    return handle;
  }

  resolve(handle: string): string | null {
    return this.byHandle.get(handle) ?? null;
  }
}
