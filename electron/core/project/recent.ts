/** The recent-projects list, kept as a small JSON file in the user data folder. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RecentProject } from '../../../shared/domain/project';

const MAX_RECENT = 12;
const FileSchema = z.object({ recent: z.array(RecentProject) });

export class RecentProjects {
  constructor(private readonly file: string) {}

  list(): RecentProject[] {
    try {
      const parsed = FileSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.recent : [];
    } catch {
      return []; // missing or unreadable: start a fresh list rather than fail to start
    }
  }

  touch(entry: RecentProject): RecentProject[] {
    const next = [entry, ...this.list().filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
    this.write(next);
    return next;
  }

  forget(file: string): RecentProject[] {
    const next = this.list().filter((r) => r.path !== file);
    this.write(next);
    return next;
  }

  private write(recent: RecentProject[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ recent }, null, 2));
    fs.renameSync(tmp, this.file); // atomic replace: a crash never leaves half a file
  }
}
