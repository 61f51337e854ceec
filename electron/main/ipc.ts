import { ipcMain, type WebContents } from 'electron';
import type { ApiEvents, ApiReply, EventName } from '../../shared/api';
import { dispatch } from '../service/dispatch';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../preload/channels';
import type { ApiHandlers } from '../service/service';
import { openFileDialog } from './open-dialog';
import { savePathDialog, savePdfDialog, saveTextDialog } from './save-dialog';

// A Map, not an object literal: a channel named 'constructor' must not find Object's.
const NATIVE_DIALOGS = new Map<unknown, (sender: WebContents, arg: unknown) => Promise<ApiReply>>([
  ['dialog:open-file', openFileDialog],
  ['dialog:save-text', saveTextDialog],
  ['dialog:save-pdf', savePdfDialog],
  ['dialog:save-path', savePathDialog],
]);

/** One IPC channel carries every API call; the service's dispatch validates what it names. */
export function wireIpc(getHandlers: () => ApiHandlers, appOrigin: string): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, arg: unknown) => {
    // Only our own page may call the service, never a frame that got loaded some other way.
    if (!event.senderFrame?.url.startsWith(appOrigin)) {
      return { ok: false, error: { code: 'api/forbidden', message: 'Calls are only accepted from MQL Lab itself.' } };
    }
    // Desktop-only: the service cannot show a native dialog, so main answers these itself.
    const native = NATIVE_DIALOGS.get(channel);
    if (native) return native(event.sender, arg);
    return dispatch(getHandlers(), channel, arg);
  });
}

export function forwardEvent<E extends EventName>(target: WebContents | undefined, event: E, payload: ApiEvents[E]): void {
  if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, event, payload);
}
