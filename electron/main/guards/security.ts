/**
 * Guards that apply to every web contents the app ever creates: no navigation or redirect off the app origin,
 * no webviews, no new windows (mailto: links go to the mail client instead), no permissions but persistent
 * storage.
 */
import { app, session, shell, type Session, type WebContents } from 'electron';
import { validateMailtoUrl } from '@shared/ipc/validate';
import { isAppUrl } from './app-url';

/** The part of `shell` the external opener needs; tests pass a spy. */
export type ExternalOpener = Pick<typeof shell, 'openExternal'>;

/**
 * Opens `url` in the mail client only if it is a mailto: URL.
 * Answers whether it was handed over; a refused URL never reaches `opener`.
 */
export async function openExternalSafely(url: unknown, opener: ExternalOpener = shell): Promise<boolean> {
  const checked = validateMailtoUrl(url);
  if (!checked.ok) return false;
  await opener.openExternal(checked.value); // eng-disable OPEN_EXTERNAL_JS_CHECK - validateMailtoUrl allows only mailto:
  return true;
}

/**
 * The one permission the app needs: persistent storage, so the browser engine never evicts the database when the
 * disk runs low (navigator.storage.persist() at start). Everything else (camera, notifications, clipboard read…)
 * is denied.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

/** Denies every permission request and check on `target` except persistent storage. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  target.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
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
