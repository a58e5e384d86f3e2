/**
 * The preload: exposes one named function per IPC channel on `window.dtiDesk`, nothing else. It never hands
 * out `ipcRenderer` (or any event object), so the page can only make the calls main validates.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, BRIDGE_GLOBAL, type DesktopApi } from '@shared/ipc/contract';

const api = {
  saveFile: (req) => ipcRenderer.invoke(API_CHANNELS.saveFile, req),
  openFiles: (req) => ipcRenderer.invoke(API_CHANNELS.openFiles, req),
  revealFile: (req) => ipcRenderer.invoke(API_CHANNELS.revealFile, req),
  openExternal: (req) => ipcRenderer.invoke(API_CHANNELS.openExternal, req),
  appInfo: (req) => ipcRenderer.invoke(API_CHANNELS.appInfo, req),
  printToPdf: (req) => ipcRenderer.invoke(API_CHANNELS.printToPdf, req),
  backupStatus: (req) => ipcRenderer.invoke(API_CHANNELS.backupStatus, req),
  writeAutoBackup: (req) => ipcRenderer.invoke(API_CHANNELS.writeAutoBackup, req),
  saveBackup: (req) => ipcRenderer.invoke(API_CHANNELS.saveBackup, req),
  openBackup: (req) => ipcRenderer.invoke(API_CHANNELS.openBackup, req),
  readAutoBackup: (req) => ipcRenderer.invoke(API_CHANNELS.readAutoBackup, req),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
