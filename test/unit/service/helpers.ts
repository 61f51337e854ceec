import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ApiErrorShape, ApiResult, Channel } from '../../../shared/api';
import { dispatch } from '../../../electron/service/dispatch';
import { createService, type Service, type ServiceOptions } from '../../../electron/service/service';
import { FIRST_WORKSPACE, WORKSPACES_FOLDER } from '../../../electron/service/workspace-shelf';

export const SAMPLE_FOLDER = path.join(__dirname, '..', '..', 'fixtures', 'mini-sample');

export interface TestService {
  service: Service;
  dataFolder: string;
  /** The file of the workspace a fresh data folder opens. */
  workspaceFile: string;
  /** The call's result; fails the test with the error's message if the call failed. */
  ok<C extends Channel>(channel: C, arg: unknown): Promise<ApiResult<C>>;
  /** The call's { code, message }; fails the test if the call succeeded. */
  fails(channel: Channel, arg: unknown): Promise<ApiErrorShape>;
}

/** Options a test may set for the services it starts; the rest are fixed. */
export type TestServiceOptions = Partial<Pick<ServiceOptions, 'importWorkerFile' | 'importWriterThread' | 'emit'>>;

/**
 * Services over real workspace files in temp folders, through dispatch as both transports call
 * them, so errors arrive as the UI receives them. Closed and removed after each test.
 */
export function useTempServices(
  defaults: TestServiceOptions = {},
): { start: (options?: TestServiceOptions) => TestService; tempDir: () => string } {
  const services: Service[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const service of services.splice(0)) service.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-service-'));
    dirs.push(dir);
    return dir;
  };
  const start = (options: TestServiceOptions = {}): TestService => {
    const dataFolder = tempDir();
    const service = createService({ dataFolder, sampleFolder: SAMPLE_FOLDER, emit: () => undefined, ...defaults, ...options });
    services.push(service);
    return {
      service,
      dataFolder,
      workspaceFile: path.join(dataFolder, WORKSPACES_FOLDER, `${FIRST_WORKSPACE}.sqlite`),
      async ok(channel, arg) {
        const reply = await dispatch(service.handlers, channel, arg);
        if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code}: ${reply.error.message}`);
        return reply.value as ApiResult<typeof channel>;
      },
      async fails(channel, arg) {
        const reply = await dispatch(service.handlers, channel, arg);
        if (reply.ok) throw new Error(`${channel} succeeded, but it was expected to fail`);
        return reply.error;
      },
    };
  };
  return { start, tempDir };
}
