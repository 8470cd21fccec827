import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, MAX_RECENT_IN_MENU } from '../../electron/main/menu';

const actions = () => ({ newProject: vi.fn(), openProject: vi.fn(), openRecent: vi.fn() });
const submenu = (item: MenuItemConstructorOptions | undefined) => item?.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('application menu', () => {
  it('has File > New Project…, Open Project…, Open Recent and Close', () => {
    const a = actions();
    const template = buildMenuTemplate({ recent: [], isMac: false, isPackaged: true }, a);
    const file = template.find((m) => m.label === 'File');
    const labels = submenu(file).map((i) => i.label ?? i.role ?? i.type);
    expect(labels).toEqual(['New Project…', 'Open Project…', 'Open Recent', 'separator', 'Close', 'separator', 'quit']);
    click(submenu(file)[0]);
    click(submenu(file)[1]);
    expect(a.newProject).toHaveBeenCalledOnce();
    expect(a.openProject).toHaveBeenCalledOnce();
    expect(submenu(file).find((i) => i.label === 'Close')!.role).toBe('close');
  });

  it('lists recent projects, opens the one clicked, and caps the list', () => {
    const a = actions();
    const recent = Array.from({ length: 14 }, (_, i) => ({ path: `/r/p${i}.groundwork`, name: `Study ${i}` }));
    const template = buildMenuTemplate({ recent, isMac: false, isPackaged: true }, a);
    const items = submenu(submenu(template.find((m) => m.label === 'File'))[2]);
    expect(items).toHaveLength(MAX_RECENT_IN_MENU);
    expect(items[1]!.label).toBe('Study 1');
    click(items[1]);
    expect(a.openRecent).toHaveBeenCalledWith('/r/p1.groundwork');
  });

  it('shows a disabled placeholder when nothing is recent', () => {
    const template = buildMenuTemplate({ recent: [], isMac: true, isPackaged: true }, actions());
    const items = submenu(submenu(template.find((m) => m.label === 'File'))[2]);
    expect(items).toEqual([{ label: 'No Recent Projects', enabled: false }]);
    expect(template[0]!.role).toBe('appMenu');
  });

  it('has an Edit menu (copy and paste need it on macOS) and DevTools only in development', () => {
    const packaged = buildMenuTemplate({ recent: [], isMac: false, isPackaged: true }, actions());
    expect(packaged.some((m) => m.role === 'editMenu')).toBe(true);
    const roles = (t: MenuItemConstructorOptions[]) => submenu(t.find((m) => m.label === 'View')).map((i) => i.role);
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ recent: [], isMac: false, isPackaged: false }, actions()))).toContain(
      'toggleDevTools',
    );
  });
});
