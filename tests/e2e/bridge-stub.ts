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
    backupStatus: () => { calls.push({ fn: 'backupStatus' }); return ok({ folder: 'C:\\\\Users\\\\can-bo\\\\AppData\\\\Roaming\\\\DTI Desk\\\\Backups', last: window.__lastBackup || null, files: [], dailyDone: Boolean(window.__dailyDone) }); },
    writeAutoBackup: (req) => { calls.push({ fn: 'writeAutoBackup', reason: req.reason, size: req.bytes.length }); if (req.reason === 'daily' && window.__dailyDone) return ok({ written: false }); if (req.reason === 'daily') window.__dailyDone = true; const path = 'C:\\\\Users\\\\can-bo\\\\AppData\\\\Roaming\\\\DTI Desk\\\\Backups\\\\dti-desk_' + req.reason + '.dtidesk'; window.__lastBackup = { at: Date.now(), path, reason: req.reason }; window.__bridgeBackups = [...(window.__bridgeBackups || []), req.bytes]; return ok({ written: true, path, at: Date.now() }); },
    saveBackup: (req) => { calls.push({ fn: 'saveBackup', name: req.suggestedName, size: req.bytes.length }); window.__bridgeBackups = [...(window.__bridgeBackups || []), req.bytes]; const path = 'C:\\\\Users\\\\can-bo\\\\Documents\\\\' + req.suggestedName; window.__lastBackup = { at: Date.now(), path, reason: 'manual' }; return ok({ saved: true, path }); },
    openBackup: () => { calls.push({ fn: 'openBackup' }); const f = window.__bridgeFiles[0]; return ok({ file: f ? { name: f.name, bytes: new Uint8Array(f.bytes) } : null }); },
    readAutoBackup: (req) => { calls.push({ fn: 'readAutoBackup', name: req.name }); return Promise.resolve({ ok: false, error: 'Không có.' }); },
    appInfo: () => { calls.push({ fn: 'appInfo' }); return ok({ name: 'DTI Desk', version: '9.9.9', electron: '45.4.1', chrome: '140', node: '22', platform: 'win32', userData: 'C:\\\\Users\\\\can-bo\\\\AppData\\\\Roaming\\\\DTI Desk' }); },
  };
})();
`;

/** One recorded bridge call. */
export interface BridgeCall {
  fn: string;
  [key: string]: unknown;
}
