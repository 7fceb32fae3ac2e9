// The one place that talks to the Rust side. Components import `api`, never
// `invoke`, so every call is typed and every failure arrives as CommandError.
// Command names and argument keys come from the generated `Commands` table,
// so a renamed command or argument fails the type check, not the user.
// No call carries a path: the shell opens the file dialogs itself and answers
// with file names, or null when the organizer cancelled.

import { Channel, invoke } from '@tauri-apps/api/core';
import { openUrl } from '@tauri-apps/plugin-opener';
import type {
  ApiError,
  CommandName,
  Audience,
  ContactKind,
  ContactQuery,
  EndorsementKind,
  EndorsementPatch,
  EndorsementQuery,
  EndorsementStatus,
  ExportFormat,
  ExportOptions,
  ExportProgress,
  ColumnField,
  IntakeOptions,
  InvitationStatus,
  NewEndorsement,
  Purpose,
  Sender,
  Template,
  ImportProgress,
  MergeFields,
  OrganizationInput,
  PersonInput,
  Commands,
  DatabaseChange,
  ErrorCode,
  NewStatement,
  StatementPatch,
  StatementStatus,
  Keep,
} from './bindings';

import { m } from '../messages';

export type * from './bindings';
export { TEXT_LIMITS } from './bindings';

/**
 * A command that failed; `code` says what kind of failure, `message` is for
 * people, in the window's language where its catalog words `key`.
 */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly key: string | null;
  readonly params: Record<string, string>;

  constructor(code: ErrorCode, message: string, key: string | null = null, params: Record<string, string> = {}) {
    super(wordError(key, params) ?? message);
    this.name = 'CommandError';
    this.code = code;
    this.key = key;
    this.params = params;
  }
}

/** A failure in the window's words, or null when its catalog has none for `key`. */
export function wordError(key: string | null | undefined, params: Record<string, string>): string | null {
  const words = m.errors as Record<string, (p: Record<string, string>) => string> | undefined;
  if (!key || !words || !Object.hasOwn(words, key)) return null;
  return words[key](params);
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
  if (isApiError(thrown)) return new CommandError(thrown.code, thrown.message, thrown.key ?? null, thrown.params ?? {});
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new CommandError('internal', message);
}

/** How often, and after how long, a call is tried again while another program writes. */
export const BUSY_RETRIES = 3;
export const BUSY_PAUSE_MS = 600;

type BusyListener = (retrying: boolean) => void;
const busyListeners = new Set<BusyListener>();

/**
 * Tells `listener` when calls start and stop waiting for another program
 * that is writing to the database, so the window can say so: `true` when the
 * first call starts waiting, `false` when the last one waiting is done.
 * Returns the function that stops listening.
 */
export function onBusy(listener: BusyListener): () => void {
  busyListeners.add(listener);
  return () => busyListeners.delete(listener);
}

/** How many calls are waiting to be tried again right now. */
let waiting = 0;

function startWaiting(): void {
  waiting += 1;
  if (waiting === 1) for (const listener of busyListeners) listener(true);
}

function stopWaiting(): void {
  waiting -= 1;
  if (waiting === 0) for (const listener of busyListeners) listener(false);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Args<C extends CommandName> = Commands[C]['args'];
type Answer<C extends CommandName> = Commands[C]['returns'];

async function call<C extends CommandName>(
  command: C,
  ...rest: keyof Args<C> extends never ? [] : [Args<C>]
): Promise<Answer<C>> {
  const args = rest[0] as Record<string, unknown> | undefined;
  return retrying(() => invoke<Answer<C>>(command, args));
}

/** The commands that take a file the page hands over (`bytes` and its `fileName`). */
type FileCommand = { [C in CommandName]: Args<C> extends { bytes: Uint8Array; fileName: string } ? C : never }[CommandName];

/** The header that carries the file's name beside the raw bytes (src-tauri/src/file_body.rs). */
export const FILE_NAME_HEADER = 'file-name';

/**
 * Hands a file to the shell as the raw body of the call, not as a JSON array
 * of numbers; its name, percent-encoded (headers are ASCII), in a header.
 */
async function callWithFile<C extends FileCommand>(command: C, file: Args<C>): Promise<Answer<C>> {
  const { bytes, fileName } = file as { bytes: Uint8Array; fileName: string };
  return retrying(() =>
    invoke<Answer<C>>(command, bytes, { headers: { [FILE_NAME_HEADER]: encodeURIComponent(fileName) } }),
  );
}

/** The bytes of a file chosen in the page's file field. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

async function retrying<T>(attemptCall: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await attemptCall();
      if (attempt > 0) stopWaiting();
      return answer;
    } catch (thrown) {
      const error = toCommandError(thrown);
      // Another program held the write lock past the wait: it usually
      // finishes soon, so try again a few times and say so meanwhile.
      if (error.code === 'busy' && attempt < BUSY_RETRIES) {
        if (attempt === 0) startWaiting();
        await sleep(BUSY_PAUSE_MS);
        continue;
      }
      if (attempt > 0) stopWaiting();
      throw error;
    }
  }
}

export const api = {
  appInfo: () => call('app_info'),
  /** Opens the encrypted database the window started on; a wrong passphrase is refused. */
  unlock: (passphrase: string) => call('app_unlock', { passphrase }),
  /** Encrypts the open database and its backups with `passphrase`. */
  encrypt: (passphrase: string) => call('app_encrypt', { passphrase }),
  /** The window language chosen in Settings, if any, and the system's preferred languages, most preferred first ("es-MX", "ar"). */
  languages: () => call('app_languages'),
  /** Keeps the window's language on this computer (`null`: follow the system). */
  chooseLanguage: (language: string | null) => call('app_choose_language', { language }),
  quit: () => call('app_quit'),
  /** Tells the shell the first screen shows (timed by `make bench`). */
  ready: () => call('app_ready'),
  /**
   * Calls `onChange` whenever another program (the command line, another
   * window, a newer Undersigned) changes the database.
   */
  watch: (onChange: (change: DatabaseChange) => void) => {
    const channel = new Channel<DatabaseChange>();
    channel.onmessage = onChange;
    return call('app_watch', { onChange: channel });
  },
  sharing: {
    /** Where this database's share stands (`status` null: not shared), and the background sync's last failure. */
    status: () => call('share_status'),
    /** Starts a share: the shell asks for the shared folder, then where to save the invitation. `null`: cancelled. */
    create: (name: string, whereTitle: string, invitationTitle: string) =>
      call('share_create', { name, whereTitle, invitationTitle }),
    /** Joins a share: the shell asks for the invitation file, then this computer's copy of the shared folder. */
    join: (name: string, invitationTitle: string, whereTitle: string) =>
      call('share_join', { name, invitationTitle, whereTitle }),
    sync: () => call('share_sync'),
    conflicts: () => call('share_conflicts'),
    resolve: (id: string, keep: Keep) => call('share_resolve', { id, keep }),
    leave: () => call('share_leave'),
  },
  backups: {
    list: () => call('backup_list'),
    create: () => call('backup_create'),
    restore: (fileName: string) => call('backup_restore', { fileName }),
  },
  statements: {
    list: () => call('statements_list'),
    listTrash: () => call('statements_list_trash'),
    get: (id: string) => call('statements_get', { id }),
    create: (statement: NewStatement) => call('statements_create', { statement }),
    update: (id: string, patch: StatementPatch) => call('statements_update', { id, patch }),
    delete: (id: string) => call('statements_delete', { id }),
    restore: (id: string) => call('statements_restore', { id }),
    setStatus: (id: string, status: StatementStatus, confirmed = false) =>
      call('statements_set_status', { id, status, confirmed }),
    saveRevision: (id: string, label = '', pause = false) =>
      call('statements_save_revision', { id, label, pause }),
    revisions: (id: string) => call('statements_revisions', { id }),
    revision: (id: string, number: number) => call('statements_revision', { id, number }),
    /** Word diff from revision `from` to revision `to`, or to the current text when `to` is null. */
    diff: (id: string, from: number, to: number | null) => call('statements_diff', { id, from, to }),
    restoreRevision: (id: string, number: number) =>
      call('statements_restore_revision', { id, number }),
    translate: (id: string, language: string) => call('statements_translate', { id, language }),
    translationStatus: (id: string) => call('statements_translation_status', { id }),
    markTranslationCurrent: (id: string) => call('statements_mark_translation_current', { id }),
    duplicate: (id: string) => call('statements_duplicate', { id }),
    importMarkdown: (text: string, fileName: string) =>
      call('statements_import_markdown', { text, fileName }),
    importDocx: (bytes: Uint8Array, fileName: string) => callWithFile('statements_import_docx', { bytes, fileName }),
    markdown: (id: string) => call('statements_markdown', { id }),
  },
  contacts: {
    list: (query: ContactQuery) => call('contacts_list', { query }),
    facets: () => call('contacts_facets'),
    countries: () => call('contacts_countries'),
    organization: (id: string) => call('contacts_organization', { id }),
    person: (id: string) => call('contacts_person', { id }),
    peopleOf: (id: string) => call('contacts_people_of', { id }),
    createOrganization: (input: OrganizationInput) => call('contacts_create_organization', { input }),
    updateOrganization: (id: string, input: OrganizationInput) =>
      call('contacts_update_organization', { id, input }),
    createPerson: (input: PersonInput) => call('contacts_create_person', { input }),
    updatePerson: (id: string, input: PersonInput) => call('contacts_update_person', { id, input }),
    delete: (ids: string[]) => call('contacts_delete', { ids }),
    restore: (ids: string[]) => call('contacts_restore', { ids }),
    purge: (ids: string[]) => call('contacts_purge', { ids }),
    emptyTrash: () => call('contacts_empty_trash'),
    duplicates: (limit = 200) => call('contacts_duplicates', { limit }),
    merge: (keep: string, others: string[], fields: MergeFields | null = null) =>
      call('contacts_merge', { keep, others, fields }),
    undoMerge: (mergeId: string) => call('contacts_undo_merge', { mergeId }),
    /** The pair is not one contact: the finder stops offering it (`undo` offers it again). */
    notDuplicate: (first: string, second: string, undo = false) =>
      call('contacts_not_duplicate', { first, second, undo }),
    /** Stored contacts a name typed for a new one may already be. */
    similar: (kind: ContactKind, name: string) => call('contacts_similar', { kind, name }),
    /** Reads a picked file for import; answers with its columns, a guessed mapping and the first rows. */
    importRead: (bytes: Uint8Array, fileName: string) => callWithFile('contacts_import_read', { bytes, fileName }),
    /** The dry run: what each row would become. */
    importPlan: (token: string, mapping: ColumnField[]) => call('contacts_import_plan', { token, mapping }),
    importApply: (token: string, mapping: ColumnField[], onProgress: (p: ImportProgress) => void) => {
      const channel = new Channel<ImportProgress>();
      channel.onmessage = onProgress;
      return call('contacts_import_apply', { token, mapping, onProgress: channel });
    },
    importCancel: (token: string) => call('contacts_import_cancel', { token }),
  },
  endorsements: {
    list: (statementId: string, query: EndorsementQuery) => call('endorsements_list', { statementId, query }),
    get: (id: string) => call('endorsements_get', { id }),
    add: (statementId: string, endorsement: NewEndorsement) => call('endorsements_add', { statementId, endorsement }),
    setStatus: (ids: string[], status: EndorsementStatus) => call('endorsements_set_status', { ids, status }),
    correct: (id: string, patch: EndorsementPatch) => call('endorsements_correct', { id, patch }),
    /** The linked contact takes the name the sign-on prints. */
    nameContact: (id: string) => call('endorsements_name_contact', { id }),
    /** Confirms every pending sign-on; answers their ids for Undo. */
    confirmPending: (statementId: string) => call('endorsements_confirm_pending', { statementId }),
    undoConfirm: (ids: string[]) => call('endorsements_undo_confirm', { ids }),
    events: (id: string) => call('endorsements_events', { id }),
    delete: (ids: string[]) => call('endorsements_delete', { ids }),
    restore: (ids: string[]) => call('endorsements_restore', { ids }),
    emptyTrash: (statementId: string) => call('endorsements_empty_trash', { statementId }),
    summary: (statementId: string) => call('endorsements_summary', { statementId }),
    outdated: (statementId: string) => call('endorsements_outdated', { statementId }),
    reconfirm: (ids: string[]) => call('endorsements_reconfirm', { ids }),
  },
  intake: {
    /** Reads a pasted list and answers with its review; nothing is written. */
    paste: (statementId: string, text: string, kind: EndorsementKind, options: IntakeOptions) =>
      call('intake_paste', { statementId, text, kind, options }),
    /** Reads a picked spreadsheet: its columns, what each was guessed to hold and why, the first rows. */
    read: (bytes: Uint8Array, fileName: string) => callWithFile('intake_read', { bytes, fileName }),
    /** The review again: through a new column mapping (a file), or with new options. */
    plan: (statementId: string, token: string, mapping: ColumnField[] | null, options: IntakeOptions) =>
      call('intake_plan', { statementId, token, mapping, options }),
    apply: (statementId: string, token: string, options: IntakeOptions, onProgress: (p: ImportProgress) => void) => {
      const channel = new Channel<ImportProgress>();
      channel.onmessage = onProgress;
      return call('intake_apply', { statementId, token, options, onProgress: channel });
    },
    cancel: (token: string) => call('intake_cancel', { token }),
  },
  invitations: {
    create: (statementId: string, audience: Audience) => call('invitations_create', { statementId, audience }),
    list: (statementId: string, status: InvitationStatus | null = null, reminderAfterDays: number | null = null) =>
      call('invitations_list', { statementId, status, reminderAfterDays }),
    setStatus: (ids: string[], status: InvitationStatus) => call('invitations_set_status', { ids, status }),
    template: (statementId: string, purpose: Purpose) => call('invitations_template', { statementId, purpose }),
    setTemplate: (statementId: string, template: Template) =>
      call('invitations_set_template', { statementId, template }),
    /** One invitation's message; `language` sends that version, null the one for the contact's country. */
    message: (id: string, purpose: Purpose, language: string | null = null) =>
      call('invitations_message', { id, purpose, language }),
    /** Asks for a folder (a dialog titled `title`) and writes one .eml per invitation; null when cancelled. */
    saveEml: (ids: string[], purpose: Purpose, title: string, language: string | null = null) =>
      call('invitations_save_eml', { ids, purpose, language, title }),
    /** The language versions a message can go out in, the original first. */
    versions: (statementId: string) => call('invitations_versions', { statementId }),
    /** Who signs the messages (Settings). */
    sender: () => call('invitations_sender'),
    setSender: (sender: Sender) => call('invitations_set_sender', { sender }),
  },
  export: {
    /** Typesets the statement and draws its first `pages` pages as the PDF prints them. */
    preview: (statementId: string, options: ExportOptions, pages: number) =>
      call('export_preview', { statementId, options, pages }),
    /** Asks where to save (a dialog titled `title`), writes the export there, signed when a passphrase is given; null when cancelled. */
    save: (statementId: string, format: ExportFormat, options: ExportOptions, passphrase: string | null, title: string) =>
      call('export_save', { statementId, format, options, passphrase, title }),
    /** Asks for a folder and writes every language version into it; answers the files written, null when cancelled. */
    allLanguages: (
      statementId: string,
      format: ExportFormat,
      options: ExportOptions,
      passphrase: string | null,
      title: string,
      onProgress: (p: ExportProgress) => void,
    ) => {
      const channel = new Channel<ExportProgress>();
      channel.onmessage = onProgress;
      return call('export_all_languages', { statementId, format, options, passphrase, title, onProgress: channel });
    },
    list: (statementId: string) => call('exports_list', { statementId }),
  },
  keys: {
    current: () => call('keys_current'),
    create: (passphrase: string, label: string) => call('keys_create', { passphrase, label }),
    /** Asks where to save the public key (a dialog titled `title`); answers the file's name, null when cancelled. */
    savePublic: (title: string) => call('keys_save_public', { title }),
    /**
     * Asks for a file (its .minisig beside it) and checks it against the
     * organization's own key, or, when `keyTitle` is given, a .pub file asked
     * for next; null when either dialog was cancelled.
     */
    verify: (title: string, keyTitle: string | null) => call('verify_file', { title, keyTitle }),
  },
  /** Opens a mailto: link in the organizer's mail app (the only kind of link the app may open). */
  openMailto: (link: string) => {
    if (!link.startsWith('mailto:')) throw new CommandError('invalid', 'only mailto: links can be opened');
    return openUrl(link);
  },
};
