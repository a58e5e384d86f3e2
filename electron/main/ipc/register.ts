/**
 * The one way main answers IPC. `handle(channel, handler)` drops calls from frames the app did not create or that
 * are not on app://dti-desk (Electron security checklist item 17), treats the argument as `unknown` until the
 * channel's validator in REQUEST_VALIDATORS (@shared/ipc/validate) accepts it, and turns every outcome into an
 * `IpcResult`. A channel cannot be registered without its validator: the table is typed over every channel.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Channel, IpcContract, IpcResult } from '@shared/ipc/contract';
import { REQUEST_VALIDATORS, type Validator } from '@shared/ipc/validate';
import { isAppUrl } from '../guards/app-url';

const trustedContents = new Set<number>();

/** Marks the web contents of a window the app created as allowed to call IPC, until it is destroyed. */
export function trustWebContents(contents: WebContents): void {
  const id = contents.id;
  trustedContents.add(id);
  contents.once('destroyed', () => trustedContents.delete(id));
}

/** Whether `event` comes from the main frame of a trusted web contents that shows app://dti-desk. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  if (!trustedContents.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed before main saw the call
  if (frame.parent !== null) return false; // the app has no iframes; a subframe is someone else
  return isAppUrl(frame.url);
}

/** Handler for one channel: receives the validated request. */
export type Handler<C extends Channel> = (
  req: IpcContract[C]['req'],
  event: IpcMainInvokeEvent,
) => Promise<IpcContract[C]['res']> | IpcContract[C]['res'];

function message(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'Lỗi không xác định.';
}

/** Wraps `handler` with the sender check, the validator and error capture, without registering it. */
export function guarded<C extends Channel>(
  channel: C,
  validator: Validator<IpcContract[C]['req']>,
  handler: Handler<C>,
): (event: IpcMainInvokeEvent, arg: unknown) => Promise<IpcResult<IpcContract[C]['res']>> {
  return async (event, arg) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: `Từ chối yêu cầu ${channel}: nguồn gọi không phải cửa sổ của ứng dụng.` };
    }
    const checked = validator(arg);
    if (!checked.ok) return { ok: false, error: checked.error };
    try {
      return { ok: true, data: await handler(checked.value, event) };
    } catch (error) {
      return { ok: false, error: message(error) };
    }
  };
}

/** Registers `handler` for `channel` behind the sender check and the channel's validator from the table. */
export function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
  const validator: Validator<IpcContract[C]['req']> = REQUEST_VALIDATORS[channel];
  ipcMain.handle(channel, guarded(channel, validator, handler));
}
