// An in-memory stand-in for the Rust commands, behind Tauri's IPC mock, so UI
// logic can be tested without a window. It mirrors the rules the core
// enforces that the UI reacts to (titles, languages, unknown ids, the trash);
// contract.test.ts runs the shared contract against it, as the Rust side
// runs it against the real commands, so the two cannot drift apart.

import { mockIPC } from '@tauri-apps/api/mocks';
import { TEXT_LIMITS, type ApiError, type NewStatement, type Statement, type StatementPatch, type StatementSummary } from '../lib/api';

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

const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/g;
const FOLDED = /[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;

/** A one-line field as core cleans it (see crates/core/src/text.rs). */
function cleanLine(field: string, raw: string, max: number): string {
  const line = raw.replace(DIRECTION, '').replace(FOLDED, ' ').trim();
  const chars = [...line];
  const at = chars.findIndex((c) => /[\u0000-\u001f\u007f-\u009f]/.test(c));
  if (at >= 0) {
    const code = chars[at].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    refuse('invalid', `the ${field} contains an invisible control character (U+${code}) at character ${at + 1}`);
  }
  if (chars.length > max) refuse('invalid', `the ${field} is ${chars.length} characters long; keep it to ${max}`);
  return line;
}

function cleanTitle(raw: string): string {
  const title = cleanLine('title', raw, TEXT_LIMITS.title);
  if (!title) refuse('invalid', 'a statement needs a title; type one and try again');
  return title;
}

/** The common BCP 47 shapes: language, script, region (core checks the whole grammar). */
function cleanLanguage(raw: string | undefined): string {
  const tag = (raw ?? '').trim();
  if (!tag) return 'en';
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(tag);
  if (!m) refuse('invalid', `"${tag}" is not a language tag; use a BCP 47 tag such as en, fr, ar, pt-BR or zh-Hant`);
  const script = m[2] ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : null;
  return [m[1].toLowerCase(), script, m[3]?.toUpperCase()].filter(Boolean).join('-');
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
      case 'statements_get':
        return { ...find(args.id as string) };
      case 'statements_create': {
        const input = args.statement as NewStatement;
        const title = cleanTitle(input.title);
        const subtitle = cleanLine('subtitle', input.subtitle ?? '', TEXT_LIMITS.subtitle);
        const made = statement(title, { subtitle, language: cleanLanguage(input.language) });
        backend.statements.push(made);
        return made;
      }
      case 'statements_update': {
        const patch = args.patch as StatementPatch;
        const title = patch.title === undefined ? undefined : cleanTitle(patch.title);
        const subtitle = patch.subtitle === undefined ? undefined : cleanLine('subtitle', patch.subtitle, TEXT_LIMITS.subtitle);
        const place = patch.place === undefined ? undefined : cleanLine('place', patch.place, TEXT_LIMITS.place);
        const found = find(args.id as string);
        if (found.deletedAt) refuse('invalid', 'the statement is in the trash; restore it first to change it');
        const next = { title: title ?? found.title, subtitle: subtitle ?? found.subtitle, place: place ?? found.place };
        if (next.title !== found.title || next.subtitle !== found.subtitle || next.place !== found.place) {
          Object.assign(found, next, { updatedAt: stamp() });
        }
        return { ...found };
      }
      case 'statements_delete': {
        const found = find(args.id as string);
        if (found.deletedAt) refuse('invalid', 'the statement is in the trash; restore it first to change it');
        found.deletedAt = found.updatedAt = stamp();
        return { ...found };
      }
      case 'statements_restore': {
        const found = find(args.id as string);
        if (found.deletedAt) {
          found.deletedAt = null;
          found.updatedAt = stamp();
        }
        return { ...found };
      }
      case 'app_watch':
        return null;
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
