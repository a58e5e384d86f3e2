import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, invoke, ipcEvent, MockWebContents, resetElectronMock, session, shell } from '../mock-electron';
import { guardWebContents, openExternalSafely, setupSecurity } from '../../../electron/main/guards/security';
import { registerShellHandlers } from '../../../electron/main/ipc/shell';
import { trustWebContents } from '../../../electron/main/ipc/register';

vi.mock('electron', () => import('../mock-electron'));

const badUrls = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'http://dti.gov.vn/',
  'not a url',
  'ms-msdt:/id PCWDiagnostic',
  'https://user:pw@evil.example/',
  'https://dti.gov.vn/',
];

function navigationEvent(url?: string) {
  return { preventDefault: vi.fn(), url };
}

describe('openExternalSafely', () => {
  it('hands mailto: (and nothing else) to the opener', async () => {
    const opener = { openExternal: vi.fn(async () => undefined) };
    expect(await openExternalSafely('https://dti.gov.vn/', opener)).toBe(false);
    expect(await openExternalSafely('mailto:hotro@dti.gov.vn', opener)).toBe(true);
    expect(opener.openExternal.mock.calls).toEqual([['mailto:hotro@dti.gov.vn']]);
  });

  it.each(badUrls)('never lets %j reach the opener', async (url) => {
    const opener = { openExternal: vi.fn(async () => undefined) };
    expect(await openExternalSafely(url, opener)).toBe(false);
    expect(opener.openExternal).not.toHaveBeenCalled();
  });
});

describe('web contents guards', () => {
  let contents: MockWebContents;
  beforeEach(() => {
    resetElectronMock();
    setupSecurity();
    contents = new MockWebContents();
    app.emit('web-contents-created', {}, contents);
  });

  it('applies to every web contents through web-contents-created', () => {
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
  });

  it.each(['will-navigate', 'will-redirect'])('%s: denies anything off app://dti-desk', (name) => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://dti-desk.evil/',
      'javascript:alert(1)',
    ]) {
      const event = navigationEvent();
      contents.emit(name, event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it.each(['will-navigate', 'will-redirect'])('%s: lets the app move within app://dti-desk', (name) => {
    const event = navigationEvent();
    contents.emit(name, event, 'app://dti-desk/index.html#/entry');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('will-frame-navigate reads the URL from the event', () => {
    const bad = navigationEvent('https://evil.example/');
    contents.emit('will-frame-navigate', bad);
    expect(bad.preventDefault).toHaveBeenCalled();
    const good = navigationEvent('app://dti-desk/index.html');
    contents.emit('will-frame-navigate', good);
    expect(good.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach any webview', () => {
    const event = navigationEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and sends only mailto: to the mail client', async () => {
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'mailto:sokhcn@ninhbinh.gov.vn' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://dti-desk/index.html' })).toEqual({ action: 'deny' });
    for (const url of badUrls) expect(open({ url })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(shell.openExternal.mock.calls).toEqual([['mailto:sokhcn@ninhbinh.gov.vn']]);
  });

  it('denies every permission request and check but persistent storage, on every session', () => {
    for (const target of [session.defaultSession, contents.session]) {
      const callback = vi.fn();
      target.permissionRequestHandler!(contents, 'media', callback, {});
      target.permissionRequestHandler!(contents, 'notifications', callback, {});
      target.permissionRequestHandler!(contents, 'persistent-storage', callback, {});
      expect(callback.mock.calls).toEqual([[false], [false], [true]]);
      expect(target.permissionCheckHandler!(contents, 'clipboard-read', 'app://dti-desk', {})).toBe(false);
      expect(target.permissionCheckHandler!(contents, 'persistent-storage', 'app://dti-desk', {})).toBe(true);
    }
  });

  it('guards a contents passed directly with an injected opener', () => {
    const other = new MockWebContents();
    const opener = { openExternal: vi.fn(async () => undefined) };
    guardWebContents(other as never, opener);
    other.windowOpenHandler!({ url: 'javascript:alert(1)' });
    expect(opener.openExternal).not.toHaveBeenCalled();
  });
});

describe('shell:open-external', () => {
  let contents: MockWebContents;
  beforeEach(() => {
    resetElectronMock();
    contents = new MockWebContents();
    trustWebContents(contents as never);
  });

  it('opens a mailto: link', async () => {
    const opener = { openExternal: vi.fn(async () => undefined) };
    registerShellHandlers(opener);
    const url = 'mailto:sokhcn@ninhbinh.gov.vn?subject=DTI';
    expect(await invoke('shell:open-external', ipcEvent(contents), { url })).toEqual({ ok: true, data: null });
    expect(opener.openExternal).toHaveBeenCalledWith(url);
  });

  it.each([...badUrls, 42, null])('never lets %j reach shell.openExternal', async (url) => {
    registerShellHandlers();
    expect(await invoke('shell:open-external', ipcEvent(contents), { url })).toMatchObject({ ok: false });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender even with a good URL', async () => {
    registerShellHandlers();
    expect(
      await invoke('shell:open-external', ipcEvent(new MockWebContents()), { url: 'https://dti.gov.vn/' }),
    ).toMatchObject({ ok: false });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
