import path from 'node:path';
import { app, BrowserWindow, Menu } from 'electron';
import { createService, type Service } from '../service/service';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { forwardEvent, wireIpc } from './ipc';
import { denyAllPermissions, hardenWindow } from './security';

// Bundled to dist/electron/main.cjs; the app root (with dist/ and resources/) is two levels up.
const appRoot = path.resolve(__dirname, '..', '..');
const resourcesFolder = app.isPackaged ? process.resourcesPath : path.join(appRoot, 'resources');

let mainWindow: BrowserWindow | undefined;
let service: Service | undefined;

registerAppScheme();

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 680,
    title: 'MQL Lab',
    backgroundColor: '#f6f7fb',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  hardenWindow(mainWindow, APP_ORIGIN);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  denyAllPermissions();
  serveRenderer(path.join(appRoot, 'dist', 'renderer'));
  service = createService({
    dataFolder: app.getPath('userData'),
    sampleFolder: path.join(resourcesFolder, 'sample'),
    emit: (event, payload) => forwardEvent(mainWindow?.webContents, event, payload),
    // Bundled beside main.cjs; in a package it is unpacked from the asar (see electron-builder.yml),
    // since a worker thread cannot load its script from inside the archive.
    importWorkerFile: path.join(__dirname, 'import-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`),
  });
  const ready = service;
  wireIpc(() => ready.handlers, APP_ORIGIN);
  Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }]));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => service?.close());
