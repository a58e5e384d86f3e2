import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, ipcEvent, MockBrowserWindow, resetElectronMock } from './mock-electron';
import { registerPrintHandlers, type PrintDeps } from '../../electron/main/ipc/print';
import { trustWebContents } from '../../electron/main/ipc/register';

vi.mock('electron', () => import('./mock-electron'));

const target = '/home/user/Documents/Bien-ban.pdf';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function fakeDeps() {
  return {
    showSaveDialog: vi.fn<PrintDeps['showSaveDialog']>(async () => ({ canceled: false, filePath: target })),
    printToPDF: vi.fn<PrintDeps['printToPDF']>(async () => PDF),
    writeFile: vi.fn<PrintDeps['writeFile']>(async () => undefined),
    documentsDir: () => '/home/user/Documents',
  };
}

describe('print:pdf', () => {
  let deps: ReturnType<typeof fakeDeps>;
  let window: MockBrowserWindow;
  beforeEach(() => {
    resetElectronMock();
    deps = fakeDeps();
    window = new MockBrowserWindow({});
    trustWebContents(window.webContents as never);
    registerPrintHandlers(deps);
  });

  it('asks where to save, then prints the sender page and writes the PDF there', async () => {
    const event = ipcEvent(window.webContents);
    expect(await invoke('print:pdf', event, { suggestedName: 'Bien-ban.pdf' })).toEqual({
      ok: true,
      data: { saved: true, path: target },
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
    expect(deps.printToPDF).toHaveBeenCalledWith(window.webContents);
    expect(deps.writeFile).toHaveBeenCalledWith(target, PDF);
    const order = (m: { mock: { invocationCallOrder: number[] } }) => m.mock.invocationCallOrder[0] ?? 0;
    expect(order(deps.showSaveDialog)).toBeLessThan(order(deps.printToPDF));
    expect(order(deps.printToPDF)).toBeLessThan(order(deps.writeFile));
  });

  it('prints and writes nothing when the dialog is cancelled', async () => {
    deps.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await invoke('print:pdf', ipcEvent(window.webContents), { suggestedName: 'Bien-ban.pdf' })).toEqual({
      ok: true,
      data: { saved: false },
    });
    expect(deps.printToPDF).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('writes nothing when printing fails, and says why', async () => {
    deps.printToPDF.mockRejectedValue(new Error('In thất bại'));
    expect(await invoke('print:pdf', ipcEvent(window.webContents), { suggestedName: 'Bien-ban.pdf' })).toEqual({
      ok: false,
      error: 'In thất bại',
    });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['a path', { suggestedName: '../../.bashrc.pdf' }],
    ['not a PDF', { suggestedName: 'Bien-ban.xlsx' }],
    ['no name', {}],
    ['a number', { suggestedName: 7 }],
    ['no request', undefined],
  ])('never opens a dialog for %s', async (_what, arg) => {
    expect(await invoke('print:pdf', ipcEvent(window.webContents), arg)).toMatchObject({
      ok: false,
      error: expect.any(String),
    });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender through the shared wrapper', async () => {
    const stranger = new MockBrowserWindow({});
    const subframe = { url: 'app://dti-desk/index.html', parent: window.webContents.mainFrame };
    for (const event of [
      ipcEvent(stranger.webContents),
      ipcEvent(window.webContents, subframe),
      ipcEvent(window.webContents, { url: 'https://evil.example/', parent: null }),
    ]) {
      expect(await invoke('print:pdf', event, { suggestedName: 'Bien-ban.pdf' })).toMatchObject({
        ok: false,
        error: expect.stringContaining('Từ chối'),
      });
    }
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.printToPDF).not.toHaveBeenCalled();
  });
});
