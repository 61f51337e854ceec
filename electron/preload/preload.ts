import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

/**
 * The renderer's only door to the main process: one invoke, one event subscription, and the path
 * of a dropped file. No ipcRenderer, no Node, nothing else crosses the bridge.
 */
contextBridge.exposeInMainWorld('mqlLab', {
  invoke: (channel: string, arg: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, channel, arg),
  on: (listener: (event: string, payload: unknown) => void): (() => void) => {
    const wrapped = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
  // Drag and drop hands the page File objects, and the service imports by path. Electron 32
  // removed File.path, so the path of a dropped file is only available through webUtils, which
  // exists in the preload alone. It gives the path of a file the user chose or dropped, nothing
  // more: '' for a File the page made itself.
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
});
