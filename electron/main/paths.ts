/** Where the shell finds its files, in development (`electron .`) and in a packaged app. */
import path from 'node:path';
import { DEFAULT_PROJECT_FILE } from '../../shared/domain/project';

/** The default project's file name (shared with the web host). */
export const DEFAULT_PROJECT_NAME = DEFAULT_PROJECT_FILE;
export const NATIVE_BINARY = 'better_sqlite3.node';

export interface AppLocation {
  /** app.getAppPath(): the repo root in development, .../resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: holds extraResources when packaged. */
  resourcesPath: string;
  isPackaged: boolean;
  platform: string;
  arch: string;
}

export function rendererRoot(loc: Pick<AppLocation, 'appPath'>): string {
  return path.join(loc.appPath, 'dist', 'renderer');
}

export function preloadPath(loc: Pick<AppLocation, 'appPath'>): string {
  return path.join(loc.appPath, 'dist', 'electron', 'preload.cjs');
}

/**
 * The better-sqlite3 binary built for Electron's ABI. It never lives in node_modules (that is
 * the Node build the tests use): scripts/electron-native.mjs puts it in
 * native/electron/<platform>-<arch>/, and electron-builder copies it to resources/native/.
 */
export function nativeBindingPath(loc: AppLocation): string {
  return loc.isPackaged
    ? path.join(loc.resourcesPath, 'native', NATIVE_BINARY)
    : path.join(loc.appPath, 'native', 'electron', `${loc.platform}-${loc.arch}`, NATIVE_BINARY);
}

export function defaultProjectPath(userDataDir: string): string {
  return path.join(userDataDir, DEFAULT_PROJECT_NAME);
}
