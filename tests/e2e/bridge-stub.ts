/**
 * A stand-in for the Electron preload bridge, injected before the app's scripts. It records every call on
 * `window.__bridgeCalls` and answers like main would; `file:open` answers with the files in `window.__bridgeFiles`.
 */
export const BRIDGE_STUB = `
(() => {
  const calls = [];
  window.__bridgeCalls = calls;
  window.__bridgeFiles = [];
  const ok = (data) => Promise.resolve({ ok: true, data });
  window.dtiDesk = {
    saveFile: (req) => { calls.push({ fn: 'saveFile', name: req.suggestedName, size: req.bytes.length }); return ok({ saved: true, path: 'C:\\\\Users\\\\can-bo\\\\Documents\\\\' + req.suggestedName }); },
    openFiles: (req) => { calls.push({ fn: 'openFiles', multiple: req.multiple }); return ok({ files: window.__bridgeFiles.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), refused: [] }); },
    revealFile: (req) => { calls.push({ fn: 'revealFile', path: req.path }); return ok(null); },
    openExternal: (req) => { calls.push({ fn: 'openExternal', url: req.url }); return ok(null); },
    printToPdf: (req) => { calls.push({ fn: 'printToPdf', name: req.suggestedName }); return ok({ saved: true, path: 'C:\\\\Users\\\\can-bo\\\\Documents\\\\' + req.suggestedName }); },
    appInfo: () => { calls.push({ fn: 'appInfo' }); return ok({ name: 'DTI Desk', version: '9.9.9', electron: '45.4.1', chrome: '140', node: '22', platform: 'win32', userData: 'C:\\\\Users\\\\can-bo\\\\AppData\\\\Roaming\\\\DTI Desk' }); },
  };
})();
`;

/** One recorded bridge call. */
export interface BridgeCall {
  fn: string;
  [key: string]: unknown;
}
