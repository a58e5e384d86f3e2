/**
 * Guards that apply to every web contents the app ever creates: no navigation or redirect off the app origin,
 * no webviews, no new windows (https:/mailto: links go to the system browser instead), no permissions.
 */
import { app, session, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from '@shared/ipc/validate';
import { isAppUrl } from './app-url';

/** The part of `shell` the external opener needs; tests pass a spy. */
export type ExternalOpener = Pick<typeof shell, 'openExternal'>;

/**
 * Opens `url` in the system browser or mail client only if it is https: or mailto:.
 * Answers whether it was handed over; a refused URL never reaches `opener`.
 */
export async function openExternalSafely(url: unknown, opener: ExternalOpener = shell): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await opener.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK - isSafeExternalUrl allows only https: and mailto:
  return true;
}

/** Denies every permission request and check on `target` (camera, notifications, clipboard read, …). */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** Installs the navigation, redirect, webview and window-open guards on one web contents. */
export function guardWebContents(contents: WebContents, opener: ExternalOpener = shell): void {
  const stayOnAppOrigin = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', (event) => stayOnAppOrigin(event, event.url));
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, opener).catch(() => undefined);
    return { action: 'deny' };
  });
  denyAllPermissions(contents.session);
}

/** Registers the guards for every web contents, and the permission handlers on the default session. */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  denyAllPermissions(session.defaultSession);
}
