import { ApiError } from '../../../shared/api';
import type { DomainHandlers } from '../context';

/**
 * Native dialogs belong to the desktop app: Electron's main process answers 'dialog:*' itself,
 * before calls reach the service (electron/main/ipc.ts). Whatever reaches the service is from the
 * browser host, which has no way to show one.
 */
export function dialogHandlers(): DomainHandlers<'dialog'> {
  const unavailable = (message: string) => () => Promise.reject(new ApiError('dialog/unavailable', message));
  const saving = unavailable('The save dialog is only available in the desktop app. In the browser, exports are downloads.');
  return {
    'dialog:open-file': unavailable(
      'The file dialog is only available in the desktop app. In the browser, choose files with the file picker or drop them on the window.',
    ),
    'dialog:save-text': saving,
    'dialog:save-pdf': saving,
    'dialog:save-path': saving,
  };
}
