// An in-memory stand-in for the Rust commands, behind Tauri's IPC mock, so UI
// logic can be tested without a window. It mirrors the rules the core
// enforces that the UI reacts to (blank titles, unknown ids, the trash).

import { mockIPC } from '@tauri-apps/api/mocks';
import type { ApiError, NewStatement, Statement, StatementPatch, StatementSummary } from '../lib/api';

export interface FakeBackend {
  statements: Statement[];
  calls: string[];
  /** Adds a statement the way another process would (the CLI): the UI is not told. */
  insertElsewhere(title: string): Statement;
  /**
   * Holds back the replies to `cmd` (worked out at call time, delivered later)
   * until the returned function is called, to test commands that overlap.
   */
  holdReplies(cmd: string): () => void;
}

let clock = Date.parse('2026-11-28T09:00:00.000Z');
function stamp(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

function refuse(code: ApiError['code'], message: string): never {
  throw { code, message } satisfies ApiError;
}

export function installFakeBackend(seed: Partial<Statement>[] = []): FakeBackend {
  const held = new Map<string, Promise<void>>();
  const backend: FakeBackend = {
    statements: seed.map((s, i) => statement(s.title ?? `S${i}`, s)),
    calls: [],
    insertElsewhere(title) {
      const made = statement(title);
      backend.statements.push(made);
      return made;
    },
    holdReplies(cmd) {
      let release = () => {};
      held.set(cmd, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(cmd);
        release();
      };
    },
  };

  const find = (id: string) => backend.statements.find((s) => s.id === id) ?? refuse('not_found', `no statement with id ${id}`);
  const live = () =>
    backend.statements.filter((s) => !s.deletedAt).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  mockIPC(async (cmd, payload) => {
    backend.calls.push(cmd);
    const reply = answer(cmd, (payload ?? {}) as Record<string, unknown>);
    const hold = held.get(cmd);
    if (hold) await hold;
    return reply;
  });

  function answer(cmd: string, args: Record<string, unknown>): unknown {
    switch (cmd) {
      case 'statements_list':
        return live().map(summary);
      case 'statements_list_trash':
        return backend.statements
          .filter((s) => s.deletedAt)
          .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''))
          .map(summary);
      case 'statements_create': {
        const input = args.statement as NewStatement;
        const title = input.title.trim();
        if (!title) refuse('invalid', 'a statement needs a title; type one and try again');
        const made = statement(title);
        backend.statements.push(made);
        return made;
      }
      case 'statements_update': {
        const found = find(args.id as string);
        const patch = args.patch as StatementPatch;
        if (patch.title !== undefined && !patch.title.trim()) refuse('invalid', 'a statement needs a title; type one and try again');
        Object.assign(found, { title: patch.title?.trim() ?? found.title, updatedAt: stamp() });
        return { ...found };
      }
      case 'statements_delete': {
        const found = find(args.id as string);
        found.deletedAt = found.updatedAt = stamp();
        return { ...found };
      }
      case 'statements_restore': {
        const found = find(args.id as string);
        found.deletedAt = null;
        found.updatedAt = stamp();
        return { ...found };
      }
      default:
        throw new Error(`fake backend: no command ${cmd}`);
    }
  }
  return backend;
}

function statement(title: string, over: Partial<Statement> = {}): Statement {
  const at = stamp();
  return {
    id: `id-${clock}`,
    title,
    subtitle: '',
    occasion: '',
    issuedBy: '',
    statementDate: null,
    place: '',
    language: 'en',
    translationOf: null,
    translatedFromRevisionId: null,
    status: 'draft',
    deadline: null,
    signatoryGoal: null,
    body: '',
    openRevisionId: null,
    publishedRevisionId: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...over,
  };
}

/** What lists answer with, as the real commands do: a statement without its text. */
function summary(s: Statement): StatementSummary {
  return {
    id: s.id,
    title: s.title,
    subtitle: s.subtitle,
    language: s.language,
    translationOf: s.translationOf,
    status: s.status,
    deadline: s.deadline,
    signatoryGoal: s.signatoryGoal,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    deletedAt: s.deletedAt,
  };
}
