import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type WorkspaceEntry } from '../../shared/api';
import { moveWorkspaceFiles, removeWorkspaceFiles } from '../store/workspace-files';

/** Where named workspaces live inside the data folder, one SQLite file each, named as the user named it. */
export const WORKSPACES_FOLDER = 'workspaces';
const EXTENSION = '.sqlite';
export const FIRST_WORKSPACE = 'My workspace';
/** Before workspaces had names, the one workspace was this file in the data folder itself. */
const LEGACY_FILE = 'workspace.sqlite';
/** Which workspace opens at start: the one used last. */
const ACTIVE_FILE = 'active-workspace.json';
const MAX_NAME = 80;

/**
 * The workspaces in a data folder: listing, naming and the files behind the names. It moves and
 * deletes files only; closing and opening connections is the live workspace's job.
 */
export class WorkspaceShelf {
  private readonly folder: string;

  constructor(private readonly dataFolder: string) {
    this.folder = path.join(dataFolder, WORKSPACES_FOLDER);
    fs.mkdirSync(this.folder, { recursive: true });
    this.adoptLegacyWorkspace();
  }

  fileOf(name: string): string {
    return path.join(this.folder, name + EXTENSION);
  }

  /** The name of the workspace in `file`, one of this shelf's files. */
  nameOf(file: string): string {
    return path.basename(file, EXTENSION);
  }

  names(): string[] {
    return fs
      .readdirSync(this.folder)
      .filter((f) => f.endsWith(EXTENSION) && !f.startsWith('.'))
      .map((f) => f.slice(0, -EXTENSION.length))
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  }

  list(active: string): WorkspaceEntry[] {
    return this.names().map((name) => {
      const stat = fs.statSync(this.fileOf(name));
      const wal = fs.existsSync(`${this.fileOf(name)}-wal`) ? fs.statSync(`${this.fileOf(name)}-wal`).size : 0;
      return { name, active: name === active, bytes: stat.size + wal, modifiedAt: stat.mtimeMs };
    });
  }

  /** The workspace to open: the one used last if it is still there, else the first, else a new one. */
  activeName(): string {
    const names = this.names();
    const remembered = this.readActive();
    if (remembered !== null && names.includes(remembered)) return remembered;
    return names[0] ?? FIRST_WORKSPACE;
  }

  remember(name: string): void {
    fs.writeFileSync(path.join(this.dataFolder, ACTIVE_FILE), JSON.stringify({ workspace: name }));
  }

  /** The name as it will be used, or an error saying what to change. `except` is the workspace being renamed. */
  checkNewName(raw: string, except: string | null = null): string {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') throw new ApiError('workspace/bad-name', 'Give the workspace a name.');
    if (Array.from(name).length > MAX_NAME) throw new ApiError('workspace/bad-name', `A workspace name can be at most ${MAX_NAME} characters.`);
    // The name is the file name, so it may hold nothing a file system refuses or reads as a path.
    if (/[\\/:*?"<>|\u0000-\u001f]/.test(name) || name.startsWith('.')) {
      throw new ApiError('workspace/bad-name', `A workspace name cannot start with a dot or contain any of \\ / : * ? " < > |. "${name}" does.`);
    }
    // Compared without case, since macOS and Windows file names ignore it.
    const clash = this.names().find((n) => n.toLowerCase() === name.toLowerCase() && n !== except);
    if (clash !== undefined) throw new ApiError('workspace/exists', `There is already a workspace called "${clash}". Choose another name.`);
    return name;
  }

  /** The named workspace, or an error naming the ones there are. */
  existing(name: unknown): string {
    const names = this.names();
    if (typeof name === 'string' && names.includes(name)) return name;
    throw new ApiError('workspace/not-found', `There is no workspace called "${String(name)}". The workspaces are: ${names.join(', ')}.`);
  }

  rename(from: string, to: string): void {
    moveWorkspaceFiles(this.fileOf(from), this.fileOf(to));
  }

  remove(name: string): void {
    removeWorkspaceFiles(this.fileOf(name));
  }

  private readActive(): string | null {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(path.join(this.dataFolder, ACTIVE_FILE), 'utf8'));
      return typeof parsed === 'object' && parsed !== null && 'workspace' in parsed && typeof parsed.workspace === 'string' ? parsed.workspace : null;
    } catch {
      return null;
    }
  }

  private adoptLegacyWorkspace(): void {
    const legacy = path.join(this.dataFolder, LEGACY_FILE);
    if (!fs.existsSync(legacy) || this.names().length > 0) return;
    moveWorkspaceFiles(legacy, this.fileOf(FIRST_WORKSPACE));
  }
}
