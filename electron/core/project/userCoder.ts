/**
 * Who the app's user is as a coder, kept in the user data folder beside the recent list — the user's
 * setting, not the project's: the same researcher opens many projects, and a copy of a project sent
 * to a colleague must not make the colleague code under the sender's name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CoderIdentity } from '../../../shared/domain/coder';

export const USER_CODER_FILE = 'coder.json';

export class UserCoderFile {
  constructor(private readonly file: string) {}

  read(): CoderIdentity | null {
    try {
      const parsed = CoderIdentity.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null; // missing or unreadable: the app asks again rather than fail to start
    }
  }

  write(identity: CoderIdentity): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(identity, null, 2));
    fs.renameSync(tmp, this.file); // atomic replace, as the recent list
  }
}
