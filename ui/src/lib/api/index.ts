// The one place that talks to the Rust side. Components import `api`, never
// `invoke`, so every call is typed and every failure arrives as CommandError.

import { invoke } from '@tauri-apps/api/core';
import type {
  ApiError,
  AppInfo,
  ErrorCode,
  NewStatement,
  Statement,
  StatementPatch,
} from './bindings';

export type * from './bindings';

/** A command that failed; `code` says what kind of failure, `message` is for people. */
export class CommandError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
  }
}

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/** Turns whatever a failed invoke threw into a CommandError. */
export function toCommandError(thrown: unknown): CommandError {
  if (thrown instanceof CommandError) return thrown;
  if (isApiError(thrown)) return new CommandError(thrown.code, thrown.message);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new CommandError('internal', message);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toCommandError(thrown);
  }
}

export const api = {
  appInfo: () => call<AppInfo>('app_info'),
  quit: () => call<void>('app_quit'),
  statements: {
    list: () => call<Statement[]>('statements_list'),
    listTrash: () => call<Statement[]>('statements_list_trash'),
    get: (id: string) => call<Statement>('statements_get', { id }),
    create: (statement: NewStatement) => call<Statement>('statements_create', { statement }),
    update: (id: string, patch: StatementPatch) =>
      call<Statement>('statements_update', { id, patch }),
    delete: (id: string) => call<Statement>('statements_delete', { id }),
    restore: (id: string) => call<Statement>('statements_restore', { id }),
  },
};
