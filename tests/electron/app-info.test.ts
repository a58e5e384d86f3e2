import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, ipcEvent, MockWebContents, resetElectronMock } from './mock-electron';
import { registerAppInfoHandlers } from '../../electron/main/ipc/app-info';
import { trustWebContents } from '../../electron/main/ipc/register';

vi.mock('electron', () => import('./mock-electron'));

describe('app:info', () => {
  beforeEach(() => resetElectronMock());

  it('answers name, versions, platform and the userData folder', async () => {
    const contents = new MockWebContents();
    trustWebContents(contents as never);
    registerAppInfoHandlers();
    const result = await invoke('app:info', ipcEvent(contents), {});
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({
        name: 'DTI Desk',
        version: '0.1.0',
        node: process.versions.node,
        platform: process.platform,
        userData: '/home/user/.config/dti-desk',
      }),
    });
  });

  it('refuses arguments', async () => {
    const contents = new MockWebContents();
    trustWebContents(contents as never);
    registerAppInfoHandlers();
    expect(await invoke('app:info', ipcEvent(contents), { path: '/etc' })).toMatchObject({ ok: false });
  });
});
