// An in-memory stand-in for the Rust commands, behind Tauri's IPC mock, so UI
// logic can be tested without a window. It follows the rules core enforces
// (text cleaning, language tags, unknown ids, the trash); contract.test.ts
// runs the shared contract against it, as the Rust side runs it against the
// real commands, so the two cannot drift apart.
//
// The handlers are typed by the generated command table: a command added,
// renamed or given other arguments on the Rust side fails the type check here.

import type { Channel } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import {
  TEXT_LIMITS,
  type ApiError,
  type AppInfo,
  type BackupInfo,
  type BackupReason,
  type CommandName,
  type Commands,
  type DatabaseChange,
  type ContactRow,
  type Endorsement,
  type EndorsementEvent,
  type EndorsementStatus,
  type ExportRecord,
  type IntakeRow,
  type Organization,
  type OrganizationInput,
  type Statement,
  type StatementPatch,
  type StatementSummary,
  type StoredKey,
} from '../lib/api';

export interface FakeBackend {
  statements: Statement[];
  /** Organizations (the fake keeps no people). */
  organizations: Organization[];
  /** Endorsements of any statement, with their logs. */
  endorsements: Endorsement[];
  /** What was exported, of any statement (the fake saves no file). */
  exports: ExportRecord[];
  /**
   * What the shell's file dialogs answer, in order: the name of the file or
   * folder the organizer chose, or null when they cancelled. The page never
   * sees more than such a name; a dialog with no answer left fails.
   */
  dialogs: (string | null)[];
  /** The names of the commands called, in order. */
  calls: string[];
  /** The organization's signing key, when a test gives it one. */
  key?: StoredKey | null;
  /** What app_info answers; set `readOnly` to make every write fail as on a read-only file. */
  info: AppInfo;
  /** Backups, newest first, each with the statements it holds. */
  backups: { info: BackupInfo; statements: Statement[] }[];
  /** The channel the window passed to app_watch, if it did. */
  watching: Channel<DatabaseChange> | null;
  /** Adds a statement the way another process would (the CLI): the UI is not told. */
  insertElsewhere(title: string): Statement;
  /** Sends a change to the window, as the watcher does when another program commits. */
  pushChange(change: DatabaseChange): void;
  /** Adds a backup holding these statements, as if made earlier. */
  addBackup(statements: Partial<Statement>[], reason?: BackupReason): BackupInfo;
  /** The next `times` calls of `cmd` fail as when another program holds the write lock. */
  busyFor(cmd: CommandName, times: number): void;
  /**
   * Holds back the replies to `cmd` (worked out at call time, delivered later)
   * until the returned function is called, to test commands that overlap.
   */
  holdReplies(cmd: CommandName): () => void;
}

let clock = Date.parse('2026-11-28T09:00:00.000Z');
function stamp(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

function refuse(code: ApiError['code'], message: string): never {
  throw { code, message } satisfies ApiError;
}

// ---- Text, as crates/core/src/text.rs cleans it ----------------------------

const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/gu;
/** Rust's `char::is_whitespace` less the no-break spaces, which one-line fields keep. */
const FOLDED = /[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/gu;
/** Rust's `char::is_control`: C0, DEL and C1. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

function checkText(field: string, text: string, max: number, allowed: (c: string) => boolean = () => false): string {
  const chars = [...text];
  const at = chars.findIndex((c) => CONTROL.test(c) && !allowed(c));
  if (at >= 0) {
    const code = chars[at].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    refuse(
      'invalid',
      `the ${field} contains an invisible control character (U+${code}) at character ${at + 1}; delete it and type the text again`,
    );
  }
  if (chars.length > max) refuse('invalid', `the ${field} is ${chars.length} characters long; keep it to ${max}`);
  return text;
}

/** A one-line field: direction controls removed, whitespace runs folded, ends trimmed. */
function cleanLine(field: string, raw: string, max: number): string {
  return checkText(field, raw.replace(DIRECTION, '').split(FOLDED).filter(Boolean).join(' '), max);
}

/** One-line entries, one per line; blank lines dropped. */
function cleanLines(field: string, raw: string, max: number): string {
  const lines = raw
    .split(/\r\n|\r|\n/)
    .map((line) => cleanLine(field, line, max))
    .filter(Boolean);
  return checkText(field, lines.join('\n'), max);
}

/** A block of text: line endings unified, tabs and line breaks kept. */
function cleanBlock(field: string, raw: string, max: number): string {
  const text = raw.replace(/\r\n|\r/g, '\n').replace(DIRECTION, '');
  return checkText(field, text, max, (c) => c === '\t' || c === '\n');
}

function cleanTitle(raw: string): string {
  const title = cleanLine('title', raw, TEXT_LIMITS.title);
  if (!title) refuse('invalid', 'a statement needs a title; type one and try again');
  return title;
}

/** A BCP 47 tag (RFC 5646) in its conventional case, or null: the grammar core checks. */
export function languageTag(raw: string): string | null {
  const tag = raw.trim();
  if ([...tag].length > TEXT_LIMITS.language) return null;
  const parts = tag.split(/[-_]/);
  if (parts.some((p) => !/^[A-Za-z0-9]+$/.test(p))) return null;
  const lower = (s: string) => s.toLowerCase();
  const alpha = (s: string) => /^[A-Za-z]+$/.test(s);
  const out: string[] = [];
  let i = 0;
  const privateUse = (x: string) => {
    const subtags = parts.slice(i);
    if (subtags.length === 0 || subtags.some((s) => s.length > 8)) return null;
    return [...out, lower(x), ...subtags.map(lower)].join('-');
  };

  const primary = parts[i++];
  if (lower(primary) === 'x') return privateUse(primary);
  if (!alpha(primary) || (primary.length !== 2 && primary.length !== 3)) return null;
  out.push(lower(primary));
  for (let extlangs = 0; extlangs < 3 && i < parts.length && parts[i].length === 3 && alpha(parts[i]); extlangs++) {
    out.push(lower(parts[i++]));
  }
  if (i < parts.length && parts[i].length === 4 && alpha(parts[i])) {
    const script = lower(parts[i++]);
    out.push(script[0].toUpperCase() + script.slice(1));
  }
  if (i < parts.length && ((parts[i].length === 2 && alpha(parts[i])) || /^\d{3}$/.test(parts[i]))) {
    out.push(parts[i++].toUpperCase());
  }
  while (i < parts.length && ((parts[i].length >= 5 && parts[i].length <= 8) || /^\d[A-Za-z0-9]{3}$/.test(parts[i]))) {
    out.push(lower(parts[i++]));
  }
  while (i < parts.length && parts[i].length === 1 && lower(parts[i]) !== 'x') {
    out.push(lower(parts[i++]));
    let subtags = 0;
    for (; i < parts.length && parts[i].length >= 2 && parts[i].length <= 8; subtags++) out.push(lower(parts[i++]));
    if (subtags === 0) return null;
  }
  if (i === parts.length) return out.join('-');
  if (lower(parts[i]) === 'x') return privateUse(parts[i++]);
  return null;
}

function cleanLanguage(raw: string | undefined): string {
  const tag = (raw ?? '').trim();
  if (!tag) return 'en';
  return (
    languageTag(tag) ??
    refuse('invalid', `${JSON.stringify(tag.slice(0, 40))} is not a language tag; use a BCP 47 tag such as en, fr, ar, pt-BR or zh-Hant`)
  );
}

function cleanDate(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    refuse('invalid', `${JSON.stringify(value)} is not a date; use the form YYYY-MM-DD, e.g. 2026-12-18`);
  }
  return value;
}

// ---- The commands ------------------------------------------------------------

type Handlers = { [C in CommandName]: (args: Commands[C]['args']) => Commands[C]['returns'] };

/** Commands the fake leaves to the tests that need them (mock them there). */
/** The next answer of the shell's file dialog titled `title`. */
function dialogAnswer(backend: FakeBackend, title: string): string | null {
  if (backend.dialogs.length === 0) refuse('internal', `the fake backend has no answer for the dialog “${title}”`);
  return backend.dialogs.shift() ?? null;
}

function notFaked(cmd: CommandName) {
  return (): never => refuse('internal', `the fake backend does not do ${cmd}; mock it in the test that needs it`);
}

const WRITES: ReadonlySet<CommandName> = new Set<CommandName>([
  'backup_restore',
  'statements_create',
  'statements_update',
  'statements_delete',
  'statements_restore',
  'statements_purge',
  'contacts_create_organization',
  'contacts_update_organization',
  'contacts_delete',
  'contacts_restore',
  'contacts_purge',
  'contacts_empty_trash',
  'endorsements_add',
  'endorsements_set_status',
  'endorsements_correct',
  'endorsements_confirm_pending',
  'endorsements_undo_confirm',
  'endorsements_delete',
  'endorsements_restore',
  'endorsements_empty_trash',
  'intake_apply',
  'invitations_set_sender',
]);

export function installFakeBackend(seed: Partial<Statement>[] = []): FakeBackend {
  const held = new Map<string, Promise<void>>();
  const busy = new Map<string, number>();
  const backend: FakeBackend = {
    statements: seed.map((s, i) => statement(s.title ?? `S${i}`, s)),
    organizations: [],
    endorsements: [],
    exports: [],
    calls: [],
    dialogs: [],
    info: {
      version: '0.1.0',
      databasePath: '/home/organizer/.local/share/undersigned/undersigned.sqlite3',
      schemaVersion: 3,
      readOnly: false,
      backupProblem: null,
    },
    backups: [],
    watching: null,
    insertElsewhere(title) {
      const made = statement(title);
      backend.statements.push(made);
      return made;
    },
    pushChange(change) {
      if (!backend.watching) throw new Error('fake backend: the window has not called app_watch');
      backend.watching.onmessage(change);
    },
    addBackup(statements, reason = 'daily') {
      const made = backup(reason, statements.map((s, i) => statement(s.title ?? `S${i}`, s)));
      backend.backups.unshift(made);
      return made.info;
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

  const findOrg = (id: string) =>
    backend.organizations.find((o) => o.id === id) ?? refuse('not_found', `no organization with id ${id}; it may have been deleted or purged`);
  /** Who signs the messages, as Settings keeps it. */
  let sender = { name: '', organization: '' };
  const find = (id: string) => backend.statements.find((s) => s.id === id) ?? refuse('not_found', `no statement with id ${id}; it may have been deleted or purged`);
  const findLive = (id: string) => {
    const found = find(id);
    if (found.deletedAt) refuse('invalid', 'the statement is in the trash; restore it first to change it');
    return found;
  };
  const events = new Map<string, EndorsementEvent[]>();
  const intakes = new Map<string, { statementId: string; rows: IntakeRow[] }>();
  const findEndorsement = (id: string) =>
    backend.endorsements.find((e) => e.id === id) ?? refuse('not_found', `no endorsement with id ${id}; it may have been deleted or purged`);
  const log = (e: Endorsement, event: string, from: EndorsementStatus | null, to: EndorsementStatus | null) =>
    events.set(e.id, [...(events.get(e.id) ?? []), { id: `ev-${clock}`, event, fromStatus: from, toStatus: to, detail: {}, createdAt: stamp() }]);
  const MOVES: Record<EndorsementStatus, EndorsementStatus[]> = {
    pending: ['confirmed', 'rejected'],
    confirmed: ['withdrawn'],
    rejected: [],
    withdrawn: [],
  };
  const addEndorsement = (statementId: string, name: string, country: string, kind: 'organization' | 'individual', status: EndorsementStatus) => {
    findLive(statementId);
    const printed = cleanLine('name', name, TEXT_LIMITS.name);
    if (!printed) refuse('invalid', 'a signatory needs a name; type one and try again');
    const code = resolveCountry(country);
    const org = kind === 'organization' ? organization(printed, { country: code }) : null;
    if (org) backend.organizations.push(org);
    const at = stamp();
    const made: Endorsement = {
      id: `e-${clock}`,
      statementId,
      kind,
      organizationId: org?.id ?? null,
      personId: null,
      name: printed,
      affiliation: '',
      organization: '',
      city: '',
      country: COUNTRIES.find(([c]) => c === code)?.[1] ?? '',
      countryCode: code,
      visibility: kind === 'organization' ? 'public' : 'counted_only',
      status: 'pending',
      channel: 'other',
      receivedOn: null,
      revisionId: null,
      revisionNumber: 1,
      notes: '',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    backend.endorsements.push(made);
    log(made, 'created', null, 'pending');
    if (status === 'confirmed') {
      made.status = 'confirmed';
      log(made, 'confirmed', 'pending', 'confirmed');
    }
    return made;
  };
  const newestFirst = (key: 'updatedAt' | 'deletedAt') => (a: Statement, b: Statement) =>
    (b[key] ?? '').localeCompare(a[key] ?? '') || b.id.localeCompare(a.id);

  const handlers: Handlers = {
    app_info: () => ({ ...backend.info }),
    app_quit: () => null,
    app_ready: () => null,
    app_watch: ({ onChange }) => {
      // Each call replaces the watch before it, as the real command does.
      backend.watching = onChange;
      return null;
    },
    backup_list: () => backend.backups.map((b) => b.info),
    backup_create: () => {
      const made = backup('manual', backend.statements);
      backend.backups.unshift(made);
      return made.info;
    },
    backup_restore: ({ fileName }) => {
      const chosen = backend.backups.find((b) => b.info.fileName === fileName) ?? refuse('not_found', `no backup named ${fileName}`);
      const kept = backup('before_restore', backend.statements);
      backend.backups.unshift(kept);
      backend.statements = structuredClone(chosen.statements);
      return { restoredFrom: fileName, previousKeptAs: kept.info };
    },
    statements_list: () => backend.statements.filter((s) => !s.deletedAt).sort(newestFirst('updatedAt')).map(summary),
    statements_list_trash: () => backend.statements.filter((s) => s.deletedAt).sort(newestFirst('deletedAt')).map(summary),
    statements_get: ({ id }) => ({ ...find(id) }),
    statements_create: ({ statement: input }) => {
      const title = cleanTitle(input.title);
      const subtitle = cleanLine('subtitle', input.subtitle ?? '', TEXT_LIMITS.subtitle);
      const made = statement(title, { subtitle, language: cleanLanguage(input.language) });
      backend.statements.push(made);
      return { ...made };
    },
    statements_update: ({ id, patch }) => {
      const changes = cleanPatch(patch);
      const found = findLive(id);
      const next = { ...found, ...changes };
      if (JSON.stringify(next) !== JSON.stringify(found)) Object.assign(found, changes, { updatedAt: stamp() });
      return { ...found };
    },
    statements_delete: ({ id }) => {
      const found = findLive(id);
      found.deletedAt = found.updatedAt = stamp();
      return { ...found };
    },
    statements_restore: ({ id }) => {
      const found = find(id);
      // Restoring a live statement changes nothing.
      if (found.deletedAt) {
        found.deletedAt = null;
        found.updatedAt = stamp();
      }
      return { ...found };
    },
    statements_purge: ({ id }) => {
      const found = find(id);
      if (!found.deletedAt) refuse('invalid', 'the statement is not in the trash; move it there first, then empty it from there');
      backend.statements = backend.statements.filter((s) => s !== found);
      return null;
    },
    statements_set_status: notFaked('statements_set_status'),
    statements_save_revision: notFaked('statements_save_revision'),
    statements_revisions: notFaked('statements_revisions'),
    statements_revision: notFaked('statements_revision'),
    statements_diff: notFaked('statements_diff'),
    statements_restore_revision: notFaked('statements_restore_revision'),
    statements_translate: notFaked('statements_translate'),
    statements_translation_status: ({ id }) => {
      const translation = find(id);
      if (!translation.translationOf) refuse('invalid', `${translation.title} is not a translation`);
      const original = find(translation.translationOf);
      return {
        originalId: original.id,
        originalTitle: original.title,
        originalLanguage: original.language,
        upToDateWith: null,
        originalLatest: null,
        originalChanged: false,
        changes: null,
      };
    },
    statements_mark_translation_current: notFaked('statements_mark_translation_current'),
    statements_duplicate: notFaked('statements_duplicate'),
    statements_import_markdown: notFaked('statements_import_markdown'),
    statements_import_docx: notFaked('statements_import_docx'),
    statements_markdown: notFaked('statements_markdown'),
    contacts_list: ({ query }) => {
      const words = fold(query.text).split(' ').filter(Boolean);
      const rows = backend.organizations
        .filter((o) => (query.trash ? o.deletedAt !== null : o.deletedAt === null))
        .filter(() => !query.kind || query.kind === 'organization')
        .filter((o) => !query.country || o.country === query.country)
        .filter((o) => !query.tag || o.tags.some((t) => t.toLowerCase() === query.tag!.toLowerCase()))
        .filter((o) => !query.sector || o.sector === query.sector)
        .filter((o) => {
          const hay = fold([o.name, o.shortName, o.email, o.city, o.country ?? ''].join(' ')).split(' ');
          return words.every((w) => hay.some((h) => h.startsWith(w)));
        })
        .sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
      return {
        total: rows.length,
        offset: query.offset,
        rows: rows.slice(query.offset, query.offset + query.limit).map(contactRow),
      };
    },
    contacts_facets: () => {
      const live = backend.organizations.filter((o) => o.deletedAt === null);
      return {
        tags: [...new Set(live.flatMap((o) => o.tags))].sort(),
        countries: [...new Set(live.flatMap((o) => (o.country ? [o.country] : [])))].sort(),
        sectors: [...new Set(live.flatMap((o) => (o.sector ? [o.sector] : [])))].sort(),
        organizations: live.length,
        people: 0,
      };
    },
    contacts_countries: () => COUNTRIES.map(([code, en]) => ({ code, en, es: en, fr: en })),
    contacts_organization: ({ id }) => ({ ...findOrg(id) }),
    contacts_person: notFaked('contacts_person'),
    contacts_people_of: () => [],
    contacts_create_organization: ({ input }) => {
      const made = organization(input.name, cleanOrganization(input));
      backend.organizations.push(made);
      return { ...made };
    },
    contacts_update_organization: ({ id, input }) => {
      const found = findOrg(id);
      if (found.deletedAt) refuse('invalid', 'the organization is in the trash; restore it first to change it');
      Object.assign(found, cleanOrganization(input), { updatedAt: stamp() });
      return { ...found };
    },
    contacts_create_person: notFaked('contacts_create_person'),
    contacts_update_person: notFaked('contacts_update_person'),
    contacts_delete: ({ ids }) => {
      const at = stamp();
      let n = 0;
      for (const id of ids) {
        const o = findOrg(id);
        if (o.deletedAt === null) {
          o.deletedAt = at;
          n += 1;
        }
      }
      return n;
    },
    contacts_restore: ({ ids }) => {
      let n = 0;
      for (const id of ids) {
        const o = findOrg(id);
        if (o.deletedAt !== null) {
          o.deletedAt = null;
          n += 1;
        }
      }
      return n;
    },
    contacts_purge: ({ ids }) => {
      for (const id of ids) if (findOrg(id).deletedAt === null) refuse('invalid', 'the organization is not in the trash; move it there first, then empty it from there');
      backend.organizations = backend.organizations.filter((o) => !ids.includes(o.id));
      return ids.length;
    },
    contacts_empty_trash: () => {
      const before = backend.organizations.length;
      backend.organizations = backend.organizations.filter((o) => o.deletedAt === null);
      return before - backend.organizations.length;
    },
    contacts_duplicates: notFaked('contacts_duplicates'),
    contacts_merge: notFaked('contacts_merge'),
    contacts_not_duplicate: notFaked('contacts_not_duplicate'),
    contacts_similar: () => [],
    contacts_undo_merge: notFaked('contacts_undo_merge'),
    contacts_import_read: notFaked('contacts_import_read'),
    contacts_import_plan: notFaked('contacts_import_plan'),
    contacts_import_apply: notFaked('contacts_import_apply'),
    contacts_import_cancel: notFaked('contacts_import_cancel'),
    endorsements_list: ({ statementId, query }) => {
      const words = fold(query.text).split(' ').filter(Boolean);
      const rows = backend.endorsements
        .filter((e) => e.statementId === statementId && (query.trash ? e.deletedAt !== null : e.deletedAt === null))
        .filter((e) => !query.status || e.status === query.status)
        .filter((e) => {
          const hay = fold([e.name, e.affiliation, e.city, e.country].join(' '));
          return words.every((w) => hay.includes(w));
        })
        .sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
      const end = query.limit === 0 ? rows.length : query.offset + query.limit;
      return { total: rows.length, items: rows.slice(query.offset, end).map((e) => ({ ...e })) };
    },
    endorsements_get: ({ id }) => ({ ...findEndorsement(id) }),
    endorsements_add: ({ statementId, endorsement }) => {
      if (endorsement.contactId) refuse('internal', 'the fake backend does not add endorsements from contacts');
      return { ...addEndorsement(statementId, endorsement.name, endorsement.country, endorsement.kind ?? 'organization', endorsement.status ?? 'pending') };
    },
    endorsements_set_status: ({ ids, status }) =>
      ids.map((id) => {
        const e = findEndorsement(id);
        if (e.deletedAt) refuse('invalid', 'the endorsement is in the trash; restore it first to change it');
        if (!MOVES[e.status].includes(status)) {
          refuse('invalid', `a ${e.status} endorsement cannot become ${status}; a pending one is confirmed or rejected, and a confirmed one can be withdrawn`);
        }
        log(e, status, e.status, status);
        e.status = status;
        e.updatedAt = stamp();
        return { ...e };
      }),
    endorsements_confirm_pending: ({ statementId }) => {
      const pending = backend.endorsements.filter((e) => e.statementId === statementId && e.status === 'pending' && !e.deletedAt);
      for (const e of pending) {
        log(e, 'confirmed', 'pending', 'confirmed');
        e.status = 'confirmed';
      }
      return pending.map((e) => e.id);
    },
    endorsements_undo_confirm: ({ ids }) => {
      let undone = 0;
      for (const id of ids) {
        const e = findEndorsement(id);
        if (e.status !== 'confirmed') continue;
        log(e, 'corrected', 'confirmed', 'pending');
        e.status = 'pending';
        undone += 1;
      }
      return undone;
    },
    endorsements_name_contact: notFaked('endorsements_name_contact'),
    endorsements_correct: ({ id, patch }) => {
      const e = findEndorsement(id);
      if (patch.name !== null) e.name = cleanLine('name', patch.name, TEXT_LIMITS.name) || refuse('invalid', 'a signatory needs a name; type one and try again');
      if (patch.city !== null) e.city = cleanLine('city', patch.city, TEXT_LIMITS.city);
      if (patch.affiliation !== null) e.affiliation = patch.affiliation.trim();
      if (patch.visibility !== null) e.visibility = patch.visibility;
      log(e, 'corrected', null, null);
      return { ...e };
    },
    endorsements_events: ({ id }) => (findEndorsement(id), events.get(id) ?? []),
    endorsements_delete: ({ ids }) => {
      let n = 0;
      for (const id of ids) {
        const e = findEndorsement(id);
        if (!e.deletedAt) {
          e.deletedAt = stamp();
          log(e, 'deleted', null, null);
          n += 1;
        }
      }
      return n;
    },
    endorsements_restore: ({ ids }) => {
      let n = 0;
      for (const id of ids) {
        const e = findEndorsement(id);
        if (e.deletedAt) {
          e.deletedAt = null;
          log(e, 'restored', null, null);
          n += 1;
        }
      }
      return n;
    },
    endorsements_empty_trash: ({ statementId }) => {
      const before = backend.endorsements.length;
      backend.endorsements = backend.endorsements.filter((e) => e.statementId !== statementId || !e.deletedAt);
      return before - backend.endorsements.length;
    },
    endorsements_summary: ({ statementId }) => {
      const s = findLive(statementId);
      const live = backend.endorsements.filter((e) => e.statementId === statementId && !e.deletedAt);
      const confirmed = live.filter((e) => e.status === 'confirmed');
      const count = (st: EndorsementStatus) => live.filter((e) => e.status === st).length;
      const codes = [...new Set(confirmed.map((e) => e.countryCode ?? ''))];
      return {
        organizations: confirmed.filter((e) => e.kind === 'organization').length,
        individuals: confirmed.filter((e) => e.kind === 'individual').length,
        countries: codes.filter(Boolean).length,
        pending: count('pending'),
        confirmed: count('confirmed'),
        rejected: count('rejected'),
        withdrawn: count('withdrawn'),
        goal: s.signatoryGoal,
        deadline: s.deadline,
        outdated: 0,
        byCountry: codes.map((code) => ({
          key: code,
          label: COUNTRIES.find(([c]) => c === code)?.[1] ?? '',
          count: confirmed.filter((e) => (e.countryCode ?? '') === code).length,
        })),
        bySector: [],
        invitations: { invited: 0, reminded: 0, signed: 0, declined: 0, noAnswer: 0 },
      };
    },
    endorsements_outdated: () => [],
    endorsements_reconfirm: () => 0,
    intake_paste: ({ statementId, text, kind }) => {
      findLive(statementId);
      const rows: IntakeRow[] = text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), row: i + 1 }))
        .filter(({ line }) => line !== '')
        .map(({ line, row }) => {
          const [name, country = ''] = line.split(/\s*[,—–]\s*/);
          return {
            row,
            kind,
            name,
            acronym: '',
            affiliation: '',
            organization: '',
            organizationKnown: false,
            city: '',
            country,
            email: '',
            receivedOn: '',
            notes: '',
            heading: false,
            readNote: '',
          };
        });
      const token = `intake-${clock}`;
      intakes.set(token, { statementId, rows });
      return {
        token,
        plan: {
          rows: rows.map((input) => ({
            input,
            name: input.name,
            affiliation: '',
            organization: '',
            city: '',
            country: input.country,
            countryCode: null,
            visibility: 'public' as const,
            listed: { name: input.name, affiliation: '' },
            notes: [],
            outcome: { type: 'new' as const, candidates: [] },
          })),
          known: 0,
          new: rows.length,
          already: 0,
          duplicates: 0,
          invalid: 0,
          headings: 0,
          named: rows.length,
          byOrganization: 0,
          countedOnly: 0,
          skipped: 0,
        },
      };
    },
    intake_read: notFaked('intake_read'),
    intake_plan: notFaked('intake_plan'),
    intake_apply: ({ statementId, token, options, onProgress }) => {
      const found = intakes.get(token) ?? refuse('not_found', 'the list read for this intake is no longer open; paste it or choose the file again');
      const kept = found.rows.filter((r) => options.choices?.[r.row]?.type !== 'skip');
      for (const r of kept) addEndorsement(statementId, r.name, r.country, r.kind ?? 'organization', options.confirm ? 'confirmed' : 'pending');
      onProgress.onmessage?.({ done: kept.length, total: kept.length });
      intakes.delete(token);
      return { added: kept.length, contactsCreated: kept.length, skipped: found.rows.length - kept.length };
    },
    intake_cancel: () => null,
    invitations_create: notFaked('invitations_create'),
    invitations_list: () => [],
    invitations_set_status: notFaked('invitations_set_status'),
    invitations_template: ({ purpose }) => ({ purpose, subject: 'Invitation to sign: {{statement_title}}', body: 'Dear {{contact_name}},' }),
    invitations_set_template: ({ template }) => template,
    invitations_message: notFaked('invitations_message'),
    invitations_save_eml: ({ ids, title }) => {
      const folder = dialogAnswer(backend, title);
      return folder === null ? null : { folder, files: ids.map((id) => `${id}.eml`) };
    },
    invitations_versions: ({ statementId }) => {
      let original = find(statementId);
      while (original.translationOf) original = find(original.translationOf);
      const translations = backend.statements
        .filter((s) => s.translationOf === original.id && !s.deletedAt)
        .sort((a, b) => a.language.localeCompare(b.language));
      return [original, ...translations].map((s) => ({ statementId: s.id, language: s.language, title: s.title }));
    },
    invitations_sender: () => ({ ...sender }),
    invitations_set_sender: ({ sender: next }) => {
      sender = {
        name: cleanLine('name', next.name, TEXT_LIMITS.name),
        organization: cleanLine('name', next.organization, TEXT_LIMITS.name),
      };
      return { ...sender };
    },
    export_preview: ({ statementId, pages }) => {
      // Like core: a name no font can draw is refused, naming the signatory;
      // ten names to a page after a first page of text.
      const s = findLive(statementId);
      const names = backend.endorsements
        .filter((e) => e.statementId === statementId && !e.deletedAt && e.status === 'confirmed' && e.visibility !== 'counted_only')
        .map((e) => e.name);
      const blank = names.find((n) => /\u0378/.test(n));
      if (blank) refuse('invalid', `no installed font can print “\u0378” (U+0378) in the signatory “${blank}”`);
      const pageCount = 1 + Math.ceil(names.length / 10);
      const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const drawn = Array.from({ length: Math.min(pages, pageCount) }, (_, i) =>
        i === 0
          ? `<svg xmlns="http://www.w3.org/2000/svg"><text>${escape(s.title)}</text></svg>`
          : `<svg xmlns="http://www.w3.org/2000/svg">${names.slice((i - 1) * 10, i * 10).map((n) => `<text>${escape(n)}</text>`).join('')}</svg>`,
      );
      const languages = [s, ...backend.statements.filter((t) => t.translationOf === s.id && !t.deletedAt)].map((t) => t.language);
      return { pages: drawn, pageCount, countLine: `Signed by ${names.length}`, signatoryCount: names.length, fileStem: 'statement', languages };
    },
    export_save: ({ statementId, format, passphrase, title }) => {
      const s = findLive(statementId);
      const fileName = dialogAnswer(backend, title);
      if (fileName === null) return null;
      const signedKeyId = passphrase && backend.key ? backend.key.keyId : null;
      const record: ExportRecord = {
        id: `x${backend.exports.length + 1}`, statementId: s.id, revisionNumber: null, format, fileName,
        sha256: '0'.repeat(64), signatoryCount: 0, signedKeyId, createdAt: stamp(),
      };
      backend.exports.unshift(record);
      return record;
    },
    export_all_languages: notFaked('export_all_languages'),
    exports_list: ({ statementId }) => backend.exports.filter((r) => r.statementId === statementId),
    keys_current: () => backend.key ?? null,
    keys_create: notFaked('keys_create'),
    keys_save_public: ({ title }) => {
      if (!backend.key) refuse('invalid', 'no signing key yet; make one first');
      return dialogAnswer(backend, title);
    },
    verify_file: notFaked('verify_file'),
  };

  function answer(cmd: string, args: unknown): unknown {
    if (!Object.hasOwn(handlers, cmd)) throw new Error(`fake backend: no command ${cmd}`);
    const name = cmd as CommandName;
    const left = busy.get(name) ?? 0;
    if (left > 0) {
      busy.set(name, left - 1);
      refuse('busy', 'another program is writing to the database');
    }
    if (backend.info.readOnly && WRITES.has(name)) {
      refuse('unavailable', 'the database is read-only, so nothing can be saved in it');
    }
    return (handlers[name] as (args: unknown) => unknown)(args ?? {});
  }

  mockIPC(async (cmd, payload) => {
    backend.calls.push(cmd);
    const reply = answer(cmd, payload);
    const hold = held.get(cmd);
    if (hold) await hold;
    return reply;
  });

  return backend;
}

/** A patch cleaned field by field, as core cleans it; fields left out stay out. */
function cleanPatch(patch: StatementPatch): Partial<Statement> {
  const out: Partial<Statement> = {};
  if (patch.title !== undefined) out.title = cleanTitle(patch.title);
  if (patch.subtitle !== undefined) out.subtitle = cleanLine('subtitle', patch.subtitle, TEXT_LIMITS.subtitle);
  if (patch.occasion !== undefined) out.occasion = cleanLine('occasion', patch.occasion, TEXT_LIMITS.occasion);
  if (patch.issuedBy !== undefined) out.issuedBy = cleanLines('issuing organizations', patch.issuedBy, TEXT_LIMITS.issuedBy);
  if (patch.place !== undefined) out.place = cleanLine('place', patch.place, TEXT_LIMITS.place);
  if (patch.language !== undefined) out.language = cleanLanguage(patch.language);
  if (patch.body !== undefined) out.body = cleanBlock('text', patch.body, TEXT_LIMITS.body);
  if (patch.statementDate !== undefined) out.statementDate = cleanDate(patch.statementDate);
  if (patch.deadline !== undefined) out.deadline = cleanDate(patch.deadline);
  if (patch.signatoryGoal !== undefined) out.signatoryGoal = patch.signatoryGoal > 0 ? patch.signatoryGoal : null;
  return out;
}

// ---- Contacts, as crates/core/src/contacts.rs keeps them ---------------------

/** Case, accents and punctuation folded away, as core folds names. */
export function fold(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A few countries, enough for the tests: code and English name. */
const COUNTRIES: [string, string][] = [
  ['AT', 'Austria'], ['BR', 'Brazil'], ['DE', 'Germany'], ['FR', 'France'], ['HK', 'Hong Kong'],
  ['KE', 'Kenya'], ['MX', 'Mexico'], ['PH', 'Philippines'], ['TR', 'Türkiye'], ['US', 'United States'],
];

function resolveCountry(raw: string): string | null {
  const typed = fold(raw);
  if (!typed) return null;
  const found = COUNTRIES.find(([code, en]) => fold(code) === typed || fold(en) === typed);
  if (!found) refuse('invalid', `the country: “${raw.trim()}” is not a country we know; write its name in English, Spanish or French, or its two-letter code`);
  return found[0];
}

function cleanOrganization(input: OrganizationInput): Partial<Organization> {
  const name = cleanLine('name', input.name, TEXT_LIMITS.name);
  if (!name) refuse('invalid', 'a contact needs a name; type one and try again');
  return {
    name,
    shortName: cleanLine('acronym', input.shortName, TEXT_LIMITS.shortName),
    country: resolveCountry(input.country),
    city: cleanLine('city', input.city, TEXT_LIMITS.city),
    sector: cleanLine('sector', input.sector, TEXT_LIMITS.sector),
    website: input.website.trim(),
    email: input.email.trim(),
    phone: input.phone.trim(),
    notes: input.notes,
    tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
  };
}

/** An organization record as the commands return it, for tests to build on. */
export function organization(name: string, over: Partial<Organization> = {}): Organization {
  const at = stamp();
  return {
    id: `org-${clock}`,
    name,
    shortName: '',
    country: null,
    city: '',
    sector: '',
    website: '',
    email: '',
    phone: '',
    notes: '',
    tags: [],
    mergedInto: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...over,
  };
}

function contactRow(o: Organization): ContactRow {
  return {
    id: o.id,
    kind: 'organization',
    name: o.name,
    shortName: o.shortName,
    country: o.country,
    city: o.city,
    sector: o.sector,
    email: o.email,
    organizationName: null,
    tags: o.tags,
    deletedAt: o.deletedAt,
  };
}

/** A whole statement record as the commands return it, for tests to build on. */
export function statement(title: string, over: Partial<Statement> = {}): Statement {
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

function backup(reason: BackupReason, statements: Statement[]): { info: BackupInfo; statements: Statement[] } {
  const createdAt = stamp().replace(/\.\d+Z$/, 'Z');
  const fileName = `undersigned-${createdAt.replace(/[-:]/g, '')}-${reason.replace(/_/g, '-')}.sqlite3`;
  return {
    info: { path: `/home/organizer/.local/share/undersigned/backups/${fileName}`, fileName, createdAt, reason, sizeBytes: 250_000 },
    statements: structuredClone(statements),
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
