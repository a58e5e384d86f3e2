/**
 * The application menu. A packaged build (what officers install) has no DevTools and no Reload: a reload in the
 * middle of typing, or a console in the hands of whoever sits at the office PC, only loses or exposes data.
 * A development build keeps both.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** The menu template: Vietnamese labels for what is ours, Electron roles for the rest. */
export function menuTemplate(packaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (!packaged) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: 'Tệp', submenu: [{ role: process.platform === 'darwin' ? 'close' : 'quit', label: 'Thoát' }] },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    { label: 'Cửa sổ', submenu: [{ role: 'minimize', label: 'Thu nhỏ cửa sổ' }] },
  ];
}

/** Installs the menu for this build. */
export function setupMenu(packaged: boolean = app.isPackaged): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(packaged)));
}
