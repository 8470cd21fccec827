import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/ipc/envelope';
import {
  DEFAULT_PROJECT_NAME,
  defaultProjectPath,
  nativeBindingPath,
  preloadPath,
  rendererRoot,
} from '../../electron/main/paths';
import { claimSingleInstance, focusWindow } from '../../electron/main/singleInstance';
import { openStartupProject } from '../../electron/main/startup';

describe('single-instance lock', () => {
  it('quits a second instance and focuses the first window when one is launched', () => {
    const handlers: Record<string, () => void> = {};
    const app = {
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((e: string, h: () => void) => (handlers[e] = h)),
    };
    const focus = vi.fn();
    expect(claimSingleInstance(app as never, focus)).toBe(true);
    handlers['second-instance']!();
    expect(focus).toHaveBeenCalledOnce();

    const second = { requestSingleInstanceLock: vi.fn(() => false), on: vi.fn() };
    expect(claimSingleInstance(second as never, focus)).toBe(false);
    expect(second.on).not.toHaveBeenCalled();
  });

  it('restores, shows and focuses a minimised window; ignores a destroyed one', () => {
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    const gone = { ...win, isDestroyed: () => true, focus: vi.fn() };
    focusWindow(gone);
    focusWindow(null);
    expect(gone.focus).not.toHaveBeenCalled();
  });
});

describe('paths', () => {
  const dev = {
    appPath: '/repo',
    resourcesPath: '/electron/resources',
    isPackaged: false,
    platform: 'linux',
    arch: 'x64',
  };

  it('loads better-sqlite3 for Electron from native/, never from node_modules', () => {
    expect(nativeBindingPath(dev)).toBe(path.join('/repo', 'native', 'electron', 'linux-x64', 'better_sqlite3.node'));
    expect(
      nativeBindingPath({
        ...dev,
        isPackaged: true,
        appPath: '/opt/G/resources/app.asar',
        resourcesPath: '/opt/G/resources',
      }),
    ).toBe(path.join('/opt/G/resources', 'native', 'better_sqlite3.node'));
    expect(nativeBindingPath(dev)).not.toContain('node_modules');
  });

  it('finds the renderer and the preload in dist/', () => {
    expect(rendererRoot(dev)).toBe(path.join('/repo', 'dist', 'renderer'));
    expect(preloadPath(dev)).toBe(path.join('/repo', 'dist', 'electron', 'preload.cjs'));
  });

  it('puts the default project in the user data folder', () => {
    expect(DEFAULT_PROJECT_NAME).toBe('My research.groundwork');
    expect(defaultProjectPath('/u')).toBe(path.join('/u', 'My research.groundwork'));
  });
});

describe('startup project', () => {
  function dispatcher(recent: { path: string }[], failOpen: string[] = []) {
    return vi.fn(async (method: string, input: unknown): Promise<Envelope<unknown>> => {
      if (method === 'project.recent') return { ok: true, value: recent };
      const file = (input as { path: string }).path;
      if (failOpen.includes(file)) return { ok: false, error: { code: 'PROJECT_CORRUPT', message: 'bad' } };
      return { ok: true, value: { path: file } };
    });
  }
  const defaultFile = path.join('/u', 'My research.groundwork');

  it('creates the default project on first start', async () => {
    const dispatch = dispatcher([]);
    await openStartupProject(dispatch, '/u', () => false);
    expect(dispatch).toHaveBeenLastCalledWith('host.createProject', { path: defaultFile, name: 'My research' });
  });

  it('opens the existing default project on later starts', async () => {
    const dispatch = dispatcher([]);
    await openStartupProject(dispatch, '/u', (f) => f === defaultFile);
    expect(dispatch).toHaveBeenLastCalledWith('host.openProject', { path: defaultFile });
  });

  it('reopens the most recent project that still exists', async () => {
    const dispatch = dispatcher([{ path: '/gone.groundwork' }, { path: '/work.groundwork' }]);
    const result = await openStartupProject(dispatch, '/u', (f) => f === '/work.groundwork');
    expect(dispatch).toHaveBeenLastCalledWith('host.openProject', { path: '/work.groundwork' });
    expect(result.ok).toBe(true);
  });

  it('falls back to the default project when the recent one cannot be opened, and says why', async () => {
    const dispatch = dispatcher([{ path: '/broken.groundwork' }], ['/broken.groundwork']);
    const result = await openStartupProject(dispatch, '/u', (f) => f === '/broken.groundwork');
    expect(dispatch).toHaveBeenLastCalledWith('host.createProject', { path: defaultFile, name: 'My research' });
    expect(result).toEqual({ ok: false, error: { code: 'PROJECT_CORRUPT', message: 'bad' } });
  });

  it('does not try the default project twice when it is the one that failed', async () => {
    const dispatch = dispatcher([{ path: defaultFile }], [defaultFile]);
    const result = await openStartupProject(dispatch, '/u', () => true);
    expect(dispatch).toHaveBeenCalledTimes(2);
    expect(result.ok).toBe(false);
  });
});
