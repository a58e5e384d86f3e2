import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, BRIDGE_GLOBAL } from '@shared/ipc/contract';
import { contextBridge, ipcRenderer } from './mock-electron';

vi.mock('electron', () => import('./mock-electron'));

describe('preload', () => {
  let api: Record<string, unknown>;
  let exposeCalls: unknown[][];

  beforeAll(async () => {
    await import('../../electron/preload/index');
    exposeCalls = [...contextBridge.exposeInMainWorld.mock.calls];
    api = contextBridge.exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
  });
  beforeEach(() => ipcRenderer.invoke.mockClear());

  it('exposes exactly one object, on window.dtiDesk', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe(BRIDGE_GLOBAL);
    expect(exposeCalls[0]?.[1]).toBe(api);
  });

  it('has one function per contract entry and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(API_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(Object.entries(API_CHANNELS))(
    '%s invokes %s with the request and returns its answer',
    async (name, channel) => {
      const req = { marker: name };
      const answer = { ok: true, data: name };
      ipcRenderer.invoke.mockResolvedValueOnce(answer);
      await expect((api[name] as (r: unknown) => Promise<unknown>)(req)).resolves.toBe(answer);
      expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, req);
    },
  );

  it('never exposes ipcRenderer or any of its methods', () => {
    const exposed = Object.values(api);
    expect(exposed).not.toContain(ipcRenderer);
    for (const fn of [ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.send, ipcRenderer.sendSync])
      expect(exposed).not.toContain(fn);
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on']) expect(api).not.toHaveProperty(key);
  });
});
