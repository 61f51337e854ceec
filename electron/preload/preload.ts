import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

/**
 * The renderer's only door to the main process: one invoke and one event subscription. No
 * ipcRenderer, no Node, nothing else crosses the bridge.
 */
contextBridge.exposeInMainWorld('mqlLab', {
  invoke: (channel: string, arg: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, channel, arg),
  on: (listener: (event: string, payload: unknown) => void): (() => void) => {
    const wrapped = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
});
