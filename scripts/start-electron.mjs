// `npm start`: launch the desktop app, or say in one line why it cannot start here.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronFolder = path.dirname(require.resolve('electron/package.json'));

function installedBinary() {
  const pathFile = path.join(electronFolder, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronFolder, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : null;
}

// Electron 45+ downloads its binary on first launch; try that once, quietly.
let binary = installedBinary();
if (!binary) {
  spawnSync(process.execPath, [path.join(electronFolder, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  binary = installedBinary();
}
if (!binary) {
  console.error('MQL Lab: the Electron binary is not installed and could not be downloaded; run `npm run web` to use MQL Lab in your browser instead.');
  process.exit(1);
}

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
