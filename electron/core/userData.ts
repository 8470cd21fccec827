/** Where Groundwork keeps its per-user files when no host says otherwise (web host, CLI). */
import os from 'node:os';
import path from 'node:path';

export function defaultUserDataDir(): string {
  if (process.env['GROUNDWORK_USER_DATA']) return path.resolve(process.env['GROUNDWORK_USER_DATA']);
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Groundwork');
  if (process.platform === 'win32')
    return path.join(process.env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Groundwork');
  return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), 'Groundwork');
}
