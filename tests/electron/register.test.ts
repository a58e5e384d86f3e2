import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcEvent, invoke, ipcMain, MockWebContents, resetElectronMock } from './mock-electron';
import { guarded, handle, isTrustedSender, trustWebContents } from '../../electron/main/ipc/register';
import { REQUEST_VALIDATORS, type Validator } from '@shared/ipc/validate';

vi.mock('electron', () => import('./mock-electron'));

const acceptUrl: Validator<{ url: string }> = (input) =>
  typeof input === 'object' && input !== null && typeof (input as { url?: unknown }).url === 'string'
    ? { ok: true, value: { url: (input as { url: string }).url } }
    : { ok: false, error: 'Yêu cầu không hợp lệ.' };

describe('handle()', () => {
  let trusted: MockWebContents;
  const handler = vi.fn(async (_req: { url: string }) => null);

  beforeEach(() => {
    resetElectronMock();
    handler.mockReset().mockResolvedValue(null);
    trusted = new MockWebContents();
    trustWebContents(trusted as never);
    ipcMain.handle('shell:open-external', guarded('shell:open-external', acceptUrl, handler) as never);
  });

  it('registers the channel with ipcMain', () => {
    expect(ipcMain.handle).toHaveBeenCalledWith('shell:open-external', expect.any(Function));
  });

  it('handle() checks the argument with the channel’s validator from REQUEST_VALIDATORS', async () => {
    resetElectronMock();
    trustWebContents(trusted as never);
    handle('shell:open-external', handler);
    const web = await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' });
    expect(web).toEqual(REQUEST_VALIDATORS['shell:open-external']({ url: 'https://x.vn' }));
    expect(web).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
    const mail = await invoke('shell:open-external', ipcEvent(trusted), { url: 'mailto:vanthu@ninhbinh.gov.vn' });
    expect(mail).toEqual({ ok: true, data: null });
    expect(handler).toHaveBeenCalledWith({ url: 'mailto:vanthu@ninhbinh.gov.vn' }, expect.anything());
  });

  it('answers {ok:true,data} for a trusted sender with a valid argument', async () => {
    const result = await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' });
    expect(result).toEqual({ ok: true, data: null });
    expect(handler).toHaveBeenCalledWith({ url: 'https://x.vn' }, expect.anything());
  });

  it('refuses a web contents the app did not create, without calling the handler', async () => {
    const foreign = new MockWebContents();
    const result = await invoke('shell:open-external', ipcEvent(foreign), { url: 'https://x.vn' });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Từ chối') });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a file: page', 'file:///home/user/evil.html'],
    ['another app: host', 'app://evil/index.html'],
    ['a look-alike host', 'app://dti-desk.evil/index.html'],
    ['about:blank', 'about:blank'],
  ])('refuses a trusted window showing %s', async (_what, url) => {
    trusted.mainFrame.url = url;
    const result = await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' });
    expect(result).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even one on the app origin', async () => {
    const frame = { url: 'app://dti-desk/index.html', parent: trusted.mainFrame };
    expect(await invoke('shell:open-external', ipcEvent(trusted, frame), { url: 'https://x.vn' })).toMatchObject({
      ok: false,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone (senderFrame null)', async () => {
    expect(await invoke('shell:open-external', ipcEvent(trusted, null), { url: 'https://x.vn' })).toMatchObject({
      ok: false,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops trusting a web contents once it is destroyed', async () => {
    expect(isTrustedSender(ipcEvent(trusted) as never)).toBe(true);
    trusted.destroy();
    expect(isTrustedSender(ipcEvent(trusted) as never)).toBe(false);
    expect(await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' })).toMatchObject({
      ok: false,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns the validator error and never calls the handler for a bad argument', async () => {
    for (const arg of [undefined, null, 'https://x.vn', { url: 42 }]) {
      expect(await invoke('shell:open-external', ipcEvent(trusted), arg)).toEqual({
        ok: false,
        error: 'Yêu cầu không hợp lệ.',
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a thrown error into {ok:false,error}', async () => {
    handler.mockRejectedValue(new Error('Ổ đĩa đầy.'));
    expect(await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' })).toEqual({
      ok: false,
      error: 'Ổ đĩa đầy.',
    });
    handler.mockRejectedValue('bare');
    expect(await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' })).toEqual({
      ok: false,
      error: 'bare',
    });
    handler.mockRejectedValue(undefined);
    expect(await invoke('shell:open-external', ipcEvent(trusted), { url: 'https://x.vn' })).toMatchObject({
      ok: false,
      error: expect.any(String),
    });
  });
});
