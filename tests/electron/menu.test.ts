import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { app, Menu, resetElectronMock } from './mock-electron';
import { menuTemplate, setupMenu } from '../../electron/main/menu';

vi.mock('electron', () => import('./mock-electron'));

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    ...(i.role ? [String(i.role).toLowerCase()] : []),
    ...(Array.isArray(i.submenu) ? roles(i.submenu) : []),
  ]);
}

describe('application menu', () => {
  beforeEach(() => resetElectronMock());

  it('a packaged build has no DevTools and no Reload anywhere', () => {
    const r = roles(menuTemplate(true));
    for (const bad of ['reload', 'forcereload', 'toggledevtools']) expect(r).not.toContain(bad);
    expect(r).toEqual(expect.arrayContaining(['copy', 'paste', 'zoomin']));
  });

  it('a development build keeps them', () => {
    expect(roles(menuTemplate(false))).toEqual(expect.arrayContaining(['reload', 'toggledevtools']));
  });

  it('installs the packaged menu when the app is packaged', () => {
    app.isPackaged = true;
    setupMenu();
    const installed = Menu.installed as { template: MenuItemConstructorOptions[] };
    expect(roles(installed.template)).not.toContain('toggledevtools');
  });
});
