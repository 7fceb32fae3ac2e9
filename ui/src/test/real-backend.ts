// The real commands behind Tauri's IPC mock: every invoke goes to the test
// host (src-tauri/examples/test_host.rs), which serves the app's command
// table over a fresh database file. Tests therefore meet core's own rules;
// they seed data through commands too, never by inventing rows.
//
// One host per test file (Vitest runs each file in its own worker process);
// `installRealBackend` starts each test on an empty database.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Channel } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  ApiError,
  CommandName,
  Commands,
  DatabaseChange,
  Endorsement,
  NewEndorsement,
  Organization,
  OrganizationInput,
  Statement,
  StatementPatch,
} from '../lib/api';

/** Where the host is: `UNDERSIGNED_TEST_HOST`, else cargo's debug examples folder. */
export function hostPath(): string {
  const explicit = process.env.UNDERSIGNED_TEST_HOST;
  if (explicit) return explicit;
  const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME ?? '', '.cache', 'undersigned', 'target');
  return join(target, 'debug', 'examples', 'test_host');
}

type Reply = { id: number; ok?: unknown; error?: ApiError };

class Host {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private next = 1;
  private stderr = '';

  constructor(path: string) {
    if (!existsSync(path)) {
      throw new Error(
        `the UI tests need the test host, which is missing at ${path}. Build it with ` +
          '`cargo build --locked -p undersigned-app --example test_host` (make test does), ' +
          'or point UNDERSIGNED_TEST_HOST at it.',
      );
    }
    this.child = spawn(path, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', (code) => {
      const why = new Error(`the test host ended (exit ${code}): ${this.stderr.trim()}`);
      for (const { reject } of this.waiting.values()) reject(why);
      this.waiting.clear();
    });
    // The host ends when its input closes; it must not keep the worker alive.
    this.child.unref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) {
      (stream as unknown as { unref?: () => void }).unref?.();
    }
    createInterface({ input: this.child.stdout }).on('line', (line) => this.receive(line));
  }

  private receive(line: string): void {
    let reply: Reply;
    try {
      reply = JSON.parse(line) as Reply;
    } catch {
      return; // something the app printed, not an answer
    }
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (reply.error) waiter.reject(reply.error);
    else waiter.resolve(reply.ok ?? null);
  }

  /** Sends one request; resolves with its `ok`, rejects with its `{code, message}`. */
  send(request: Record<string, unknown>): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.stdin.write(JSON.stringify({ ...request, id }) + '\n');
    });
  }
}

let host: Host | null = null;

function theHost(): Host {
  host ??= new Host(hostPath());
  return host;
}

const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** What a dialog answers: a file's name, a folder (made for the answer), or null (cancelled). */
export type DialogAnswer = string | { folder: string } | null;

export interface RealBackend {
  /** The names of the commands the window called, in order (not `call`'s). */
  calls: CommandName[];
  /** What the window sent with each of those calls. */
  sent: [CommandName, Record<string, unknown>][];
  /** Calls a command directly, as another program would: the window is not told. */
  call<C extends CommandName>(cmd: C, args?: Commands[C]['args']): Promise<Commands[C]['returns']>;
  /** Makes a statement through the commands, with the details of `patch`. */
  statement(title: string, patch?: StatementPatch): Promise<Statement>;
  /** Adds a sign-on to a statement through the commands (pending, an organization, unless told). */
  signOn(statementId: string, name: string, more?: Partial<NewEndorsement>): Promise<Endorsement>;
  /** Every sign-on of a statement, live or in the trash, as the commands list them. */
  signOns(statementId: string, trash?: boolean): Promise<Endorsement[]>;
  /** Makes an organization in the contacts through the commands. */
  organization(name: string, more?: Partial<OrganizationInput>): Promise<Organization>;
  /** What the shell's next file dialogs answer, in order; a dialog with none left fails. */
  answerDialogs(answers: DialogAnswer[]): Promise<void>;
  /** Puts a file where an open dialog can pick it by `name`. */
  writeFile(name: string, bytes: Uint8Array | string): Promise<void>;
  /** The bytes a save wrote to `name`. */
  readFile(name: string): Promise<Uint8Array>;
  /** Closes the database and opens it again without write permission. */
  makeReadOnly(): Promise<void>;
  /** The channel the window passed to app_watch, if it did. */
  watching: Channel<DatabaseChange> | null;
  /**
   * Sends a change to the window as the watcher does when another program
   * commits (the mock runtime delivers no channel messages of its own).
   */
  pushChange(change: DatabaseChange): void;
  /** The next `times` calls of `cmd` fail as when another program holds the write lock. */
  busyFor(cmd: CommandName, times: number): void;
  /**
   * Holds back the replies to `cmd` (worked out at call time, delivered later)
   * until the returned function is called, to test commands that overlap.
   */
  holdReplies(cmd: CommandName): () => void;
}

/** A file command's arguments, as `api` hands them to invoke: the bytes, the name in a header. */
function fileRequest(cmd: string, args: unknown, options: unknown): Record<string, unknown> | null {
  // Checked by shape: jsdom's and Node's typed arrays are of different realms.
  const raw = ArrayBuffer.isView(args) || Object.prototype.toString.call(args) === '[object ArrayBuffer]';
  if (!raw && !Array.isArray(args)) return null;
  const headers = (options as { headers?: Record<string, string> } | undefined)?.headers ?? {};
  const encoded = Object.entries(headers).find(([k]) => k.toLowerCase() === 'file-name')?.[1] ?? '';
  const bytes = ArrayBuffer.isView(args)
    ? new Uint8Array(args.buffer, args.byteOffset, args.byteLength)
    : new Uint8Array(args as ArrayBuffer | number[]);
  return { cmd, hex: toHex(bytes), fileName: decodeURIComponent(encoded) };
}

/**
 * Starts the test on a fresh database behind the real commands, holding a
 * statement of each of `titles` (made in that order, so the last is the
 * newest), and routes the window's invokes there.
 */
export async function installRealBackend(titles: string[] = []): Promise<RealBackend> {
  const h = theHost();
  await h.send({ control: 'reset' });
  for (const title of titles) await h.send({ cmd: 'statements_create', args: { statement: { title } } });
  const held = new Map<string, Promise<void>>();
  const busy = new Map<string, number>();

  const backend: RealBackend = {
    calls: [],
    sent: [],
    call: (cmd, args) => h.send({ cmd, args: args ?? {} }) as never,
    async statement(title, patch) {
      const made = await backend.call('statements_create', { statement: { title } });
      return patch ? backend.call('statements_update', { id: made.id, patch }) : made;
    },
    signOn: (statementId, name, more = {}) =>
      backend.call('endorsements_add', {
        statementId,
        endorsement: {
          kind: null, contactId: null, name, affiliation: '', city: '', country: '', visibility: null,
          status: null, channel: null, receivedOn: '', notes: '', ...more,
        },
      }),
    async signOns(statementId, trash = false) {
      const query = { status: null, kind: null, text: '', trash, offset: 0, limit: 1000 };
      return (await backend.call('endorsements_list', { statementId, query })).items;
    },
    organization: (name, more = {}) =>
      backend.call('contacts_create_organization', {
        input: {
          name, shortName: '', country: '', city: '', sector: '', website: '', email: '', phone: '', notes: '',
          tags: [], ...more,
        },
      }),
    answerDialogs: async (answers) => void (await h.send({ control: 'dialogs', answers })),
    writeFile: async (name, bytes) =>
      void (await h.send({ control: 'write_file', name, hex: toHex(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes) })),
    readFile: async (name) => {
      const { hex } = (await h.send({ control: 'read_file', name })) as { hex: string };
      return new Uint8Array(Buffer.from(hex, 'hex'));
    },
    makeReadOnly: async () => void (await h.send({ control: 'reopen', readOnly: true })),
    watching: null,
    pushChange(change) {
      if (!backend.watching) throw new Error('real backend: the window has not called app_watch');
      backend.watching.onmessage(change);
    },
    busyFor(cmd, times) {
      busy.set(cmd, times);
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

  async function forward(cmd: string, args: unknown, options: unknown): Promise<unknown> {
    backend.calls.push(cmd as CommandName);
    backend.sent.push([cmd as CommandName, (args ?? {}) as Record<string, unknown>]);
    const left = busy.get(cmd) ?? 0;
    if (left > 0) {
      busy.set(cmd, left - 1);
      throw { code: 'busy', message: 'another program is writing to the database', key: null, params: {} } satisfies ApiError;
    }
    if (cmd === 'app_watch') backend.watching = (args as { onChange: Channel<DatabaseChange> }).onChange;
    const request = fileRequest(cmd, args, options) ?? { cmd, args: JSON.parse(JSON.stringify(args ?? {})) };
    const reply = h.send(request);
    const hold = held.get(cmd);
    if (hold) {
      const settled = await Promise.allSettled([reply]);
      await hold;
      if (settled[0].status === 'rejected') throw settled[0].reason;
      return settled[0].value;
    }
    return reply;
  }

  // mockIPC sets up the callbacks channels need; the invoke it installs drops
  // the options (the File-Name header), so this one replaces it.
  mockIPC(() => null);
  const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: unknown } }).__TAURI_INTERNALS__;
  internals.invoke = forward;
  return backend;
}
