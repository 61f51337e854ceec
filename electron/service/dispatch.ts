import { ApiError, isChannel, type ApiErrorShape, type ApiReply } from '../../shared/api';
import { ModelError } from '../../shared/model/validate-model';
import type { ApiHandlers } from './service';

/**
 * The single entry both transports use: checks the channel, runs the handler, and turns any
 * failure into an { code, message } the UI can show as it is.
 */
export async function dispatch(handlers: ApiHandlers, channel: unknown, arg: unknown): Promise<ApiReply> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'api/unknown-channel', message: `Unknown API call '${String(channel)}'.` } };
  }
  try {
    return { ok: true, value: await handlers[channel](arg) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
}

function toErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof ApiError || error instanceof ModelError) return { code: error.code, message: error.message };
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.includes('/')) {
    return { code: error.code, message: error.message };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
