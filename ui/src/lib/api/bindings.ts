// Generated from the Rust types by `make types`; do not edit by hand.

import type { Channel } from '@tauri-apps/api/core';

export type StatementStatus = "draft" | "open" | "closed" | "published";

export type Statement = { id: string, title: string, 
/**
 * The line(s) under the title: a rallying line.
 */
subtitle: string, 
/**
 * What it is issued for ("International Migrants Day").
 */
occasion: string, 
/**
 * The issuing organization(s) as printed, one per line.
 */
issuedBy: string, 
/**
 * The date printed on the statement, `YYYY-MM-DD`.
 */
statementDate: string | null, place: string, 
/**
 * BCP 47 language tag of this text.
 */
language: string, 
/**
 * The statement this one is a translation of.
 */
translationOf: string | null, 
/**
 * For a translation: the original's revision it is up to date with.
 */
translatedFromRevisionId: string | null, status: StatementStatus, 
/**
 * Last day to sign on, `YYYY-MM-DD`.
 */
deadline: string | null, signatoryGoal: number | null, 
/**
 * The current text, Markdown.
 */
body: string, 
/**
 * The revision put out for sign-on, and the one published.
 */
openRevisionId: string | null, publishedRevisionId: string | null, createdAt: string, updatedAt: string, 
/**
 * Set while the statement is in the trash.
 */
deletedAt: string | null, };

export type StatementSummary = { id: string, title: string, subtitle: string, language: string, translationOf: string | null, status: StatementStatus, deadline: string | null, signatoryGoal: number | null, createdAt: string, updatedAt: string, deletedAt: string | null, };

export type NewStatement = { title: string, subtitle?: string, language?: string, };

export type ImportedStatement = { statement: Statement, 
/**
 * "raw HTML was left out (lines 3–5)", for the organizer to check.
 */
warnings: Array<string>, };

export type StatementPatch = { title?: string, subtitle?: string, occasion?: string, issuedBy?: string, statementDate?: string, place?: string, language?: string, deadline?: string, signatoryGoal?: number, 
/**
 * The text, Markdown.
 */
body?: string, };

export type AppInfo = { version: string, 
/**
 * The database file in use.
 */
databasePath: string, schemaVersion: number, 
/**
 * The file's permissions allow no writing: the UI says so and offers
 * no changes.
 */
readOnly: boolean, 
/**
 * Why the day's automatic backup failed, if it did.
 */
backupProblem: string | null, 
/**
 * The file is encrypted at rest (it was opened with its passphrase).
 */
encrypted: boolean, };

export type Area = "statements" | "revisions" | "signatories" | "invitations" | "exports" | "contacts" | "settings" | "backups";

export type DatabaseChange = { "kind": "changed", areas: Array<Area>, } | { "kind": "newer_schema", found: number, supported: number, };

export type BackupReason = "manual" | "daily" | "before_migration" | "before_change" | "before_restore";

export type BackupInfo = { path: string, fileName: string, 
/**
 * UTC, `2026-11-28T17:05:09Z`, from the file name.
 */
createdAt: string, reason: BackupReason, sizeBytes: number, };

export type RestoreReport = { 
/**
 * The backup whose contents are now the database.
 */
restoredFrom: string, 
/**
 * The database as it was just before, kept as a backup of its own.
 */
previousKeptAs: BackupInfo, };

export type Converted = { path: string, 
/**
 * Whether the file is encrypted now.
 */
encrypted: boolean, 
/**
 * How many of its backups were converted with it.
 */
backups: number, };

export type WindowLanguages = { 
/**
 * The tag chosen in Settings, if one was.
 */
chosen: string | null, 
/**
 * The system's preferred languages, most preferred first.
 */
system: Array<string>, };

export type RevisionKind = "explicit" | "pause" | "restore" | "import" | "status";

export type Revision = { id: string, statementId: string, 
/**
 * 1 for the first revision of the statement, counted in order of writing.
 */
number: number, label: string, kind: RevisionKind, title: string, subtitle: string, statementDate: string | null, place: string, language: string, body: string, 
/**
 * SHA-256 (hex) of the canonical text, see [`canonical_text`].
 */
contentHash: string, hashVersion: number, createdAt: string, };

export type RevisionSummary = { id: string, number: number, label: string, kind: RevisionKind, createdAt: string, contentHash: string, 
/**
 * Words added plus words removed since the revision before it.
 */
wordsChanged: number, };

export type SavedRevision = { revision: Revision, 
/**
 * False when the text was the same as the last revision's: nothing new was written.
 */
created: boolean, };

export type DiffChange = "same" | "added" | "removed";

export type DiffPart = { change: DiffChange, text: string, };

export type TextDiffReport = { parts: Array<DiffPart>, wordsAdded: number, wordsRemoved: number, };

export type TranslationStatus = { originalId: string, originalTitle: string, originalLanguage: string, 
/**
 * The original's revision the translation is up to date with.
 */
upToDateWith: number | null, 
/**
 * The original's newest revision (its current text counts as one when unsaved).
 */
originalLatest: number | null, 
/**
 * True when the original's text changed since: the translation needs a look.
 */
originalChanged: boolean, 
/**
 * What changed in the original since, word by word.
 */
changes: TextDiffReport | null, };

export type TextLimits = { 
/**
 * A statement's title: printed as a heading.
 */
title: number, 
/**
 * The line(s) under the title: rallying line, occasion.
 */
subtitle: number, 
/**
 * The place printed with the date.
 */
place: number, 
/**
 * The occasion it is issued for.
 */
occasion: number, 
/**
 * The issuing organization(s), one per line.
 */
issuedBy: number, 
/**
 * A revision's label ("sent to members for comment").
 */
label: number, 
/**
 * A BCP 47 language tag (the longest registered ones are about 35).
 */
language: number, 
/**
 * The statement's text, Markdown.
 */
body: number, 
/**
 * A contact's name: an organization's or a person's.
 */
name: number, 
/**
 * An organization's acronym or short name.
 */
shortName: number, city: number, sector: number, website: number, email: number, phone: number, 
/**
 * A person's role in their organization.
 */
role: number, 
/**
 * Notes about a contact.
 */
notes: number, 
/**
 * One tag.
 */
tag: number, };

export type ContactKind = "organization" | "person";

export type Organization = { id: string, name: string, 
/**
 * Acronym or short name ("MFMW").
 */
shortName: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string | null, city: string, sector: string, website: string, email: string, phone: string, notes: string, tags: Array<string>, 
/**
 * Set when this record was merged into another one.
 */
mergedInto: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, };

export type Person = { id: string, fullName: string, organizationId: string | null, 
/**
 * The organization's name, for showing.
 */
organizationName: string | null, role: string, email: string, phone: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string | null, notes: string, tags: Array<string>, 
/**
 * May be contacted.
 */
consentContact: boolean, 
/**
 * May be listed by name in a published statement.
 */
consentPublish: boolean, 
/**
 * When either consent was last recorded.
 */
consentRecordedAt: string | null, mergedInto: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, };

export type OrganizationInput = { name: string, shortName: string, country: string, city: string, sector: string, website: string, email: string, phone: string, notes: string, tags: Array<string>, };

export type PersonInput = { fullName: string, organizationId?: string, role: string, email: string, phone: string, country: string, notes: string, tags: Array<string>, consentContact: boolean, consentPublish: boolean, };

export type ContactRow = { id: string, kind: ContactKind, name: string, shortName: string, country: string | null, city: string, sector: string, email: string, 
/**
 * A person's organization.
 */
organizationName: string | null, tags: Array<string>, deletedAt: string | null, };

export type ContactQuery = { text: string, kind?: ContactKind, tag?: string, 
/**
 * ISO 3166-1 alpha-2, or a country name.
 */
country?: string, sector?: string, offset: number, limit: number, 
/**
 * The trash instead of the live contacts.
 */
trash: boolean, };

export type ContactPage = { 
/**
 * How many contacts match, over all pages; a search stops counting
 * at `MATCH_CAP`.
 */
total: number, 
/**
 * More contacts match than `total`: the search stopped at `MATCH_CAP`.
 */
more: boolean, offset: number, rows: Array<ContactRow>, };

export type ContactFacets = { tags: Array<string>, countries: Array<string>, sectors: Array<string>, organizations: number, people: number, };

export type Country = { code: string, en: string, es: string, fr: string, };

export type Evidence = { "kind": "same_name" } | { "kind": "acronym", acronym: string, } | { "kind": "same_email", email: string, } | { "kind": "same_domain", domain: string, } | { "kind": "similar_name", score: number, };

export type DuplicatePair = { a: ContactRow, b: ContactRow, 
/**
 * From 0 to 1: the strongest evidence, raised a little by each further one.
 */
score: number, evidence: Array<Evidence>, };

export type MergeFields = { "kind": "organization" } & OrganizationInput | { "kind": "person" } & PersonInput;

export type MergeRecord = { id: string, kind: ContactKind, keptId: string, mergedIds: Array<string>, 
/**
 * Endorsements, invitations and people moved onto the kept record.
 */
movedLinks: number, 
/**
 * Endorsements of a statement that the kept record had signed too: one
 * endorsement is kept (the kept record's), the merged record's is
 * moved to the trash and logged as merged into it; undo brings it back.
 */
mergedEndorsements: number, 
/**
 * Links left on a merged record because the kept one already had the
 * same (an invitation to the same statement): they stay with it in the
 * trash and come back on undo.
 */
keptApart: number, createdAt: string, undoneAt: string | null, };

export type Format = "csv" | "xlsx" | "xls" | "ods" | "vcard";

export type Row = { 
/**
 * The row number a spreadsheet app shows (the line a record starts on
 * in a text file; the line of `BEGIN:VCARD` for a vCard).
 */
number: number, 
/**
 * One cell per header.
 */
cells: Array<string>, };

export type ColumnField = "ignore" | "kind" | "organization" | "acronym" | "person" | "role" | "affiliation" | "email" | "phone" | "city" | "country" | "sector" | "website" | "received" | "notes" | "tags" | "consent_contact" | "visibility";

export type ColumnGuess = { field: ColumnField, 
/**
 * "the header says “country”; 15 of 16 values are countries".
 */
reason: string, };

export type RowOutcome = { "kind": "new" } | { "kind": "matched", id: string, name: string, reason: string, } | { "kind": "duplicate", first_row: number, } | { "kind": "invalid", reason: string, };

export type PlannedRow = { 
/**
 * The row number the organizer sees in their spreadsheet.
 */
row: number, 
/**
 * The name shown for the row.
 */
name: string, outcome: RowOutcome, };

export type ImportPlan = { rowsRead: number, newRows: number, matched: number, duplicates: number, invalid: number, organizationsToAdd: number, peopleToAdd: number, 
/**
 * Every row that is not new, then the first new ones, up to `REPORT_ROWS`.
 */
report: Array<PlannedRow>, };

export type ImportOutcome = { organizationsAdded: number, peopleAdded: number, matched: number, skipped: number, };

export type ImportPreview = { token: string, fileName: string, format: Format, encoding: string | null, delimiter: string | null, headers: Array<string>, 
/**
 * The guessed field of each column, and why.
 */
columns: Array<ColumnGuess>, 
/**
 * The fields a column may be given.
 */
fields: Array<ColumnField>, 
/**
 * The first rows, as read.
 */
sample: Array<Row>, rows: number, 
/**
 * What may not read as the file shows it (formula cells without a
 * saved value), to show before anything is imported.
 */
warnings: Array<string>, };

export type ImportProgress = { done: number, total: number, };

export type EndorsementKind = "organization" | "individual";

export type EndorsementStatus = "pending" | "confirmed" | "rejected" | "withdrawn";

export type Visibility = "public" | "organization_only" | "counted_only";

export type SignOnChannel = "email" | "form" | "phone" | "in_person" | "paper" | "import" | "other";

export type Endorsement = { id: string, statementId: string, kind: EndorsementKind, organizationId: string | null, personId: string | null, 
/**
 * The name exactly as it will be printed.
 */
name: string, 
/**
 * An individual's organization or role, as printed.
 */
affiliation: string, 
/**
 * The organization an individual is listed by when they are listed by
 * organization only: the organization part of their affiliation, never
 * their role. Empty: such a person is counted, not listed.
 */
organization: string, city: string, 
/**
 * The country as printed ("Côte d’Ivoire").
 */
country: string, 
/**
 * ISO 3166-1 alpha-2, for grouping and counting.
 */
countryCode: string | null, visibility: Visibility, status: EndorsementStatus, channel: SignOnChannel, 
/**
 * `YYYY-MM-DD`.
 */
receivedOn: string | null, revisionId: string | null, 
/**
 * The number of the revision endorsed (1 for the first).
 */
revisionNumber: number | null, notes: string, createdAt: string, updatedAt: string, deletedAt: string | null, };

export type NewEndorsement = { kind: EndorsementKind | null, contactId: string | null, name: string, affiliation: string, city: string, 
/**
 * As typed: a name in a supported language, or a code.
 */
country: string, 
/**
 * Left out: public, except for a person without consent to be named.
 */
visibility: Visibility | null, status: EndorsementStatus | null, channel: SignOnChannel | null, receivedOn: string, notes: string, };

export type EndorsementPatch = { name: string | null, affiliation: string | null, city: string | null, country: string | null, visibility: Visibility | null, channel: SignOnChannel | null, receivedOn: string | null, notes: string | null, };

export type EndorsementEvent = { id: string, event: string, fromStatus: EndorsementStatus | null, toStatus: EndorsementStatus | null, 
/**
 * Field by field: `{"name": {"from": "…", "to": "…"}}`.
 */
detail: Record<string, unknown>, createdAt: string, };

export type EndorsementQuery = { status: EndorsementStatus | null, kind: EndorsementKind | null, 
/**
 * Words the printed name, affiliation, city or country contains.
 */
text: string, 
/**
 * The trash instead of the live endorsements.
 */
trash: boolean, offset: number, 
/**
 * 0: all.
 */
limit: number, };

export type EndorsementPage = { items: Array<Endorsement>, 
/**
 * How many match in all.
 */
total: number, };

export type Tally = { key: string, label: string, count: number, };

export type Summary = { 
/**
 * Confirmed endorsements by organizations.
 */
organizations: number, 
/**
 * Confirmed endorsements by individuals.
 */
individuals: number, 
/**
 * Countries among the confirmed.
 */
countries: number, pending: number, confirmed: number, rejected: number, withdrawn: number, goal: number | null, deadline: string | null, 
/**
 * Confirmed endorsements of an earlier text than the current one.
 */
outdated: number, byCountry: Array<Tally>, bySector: Array<Tally>, invitations: InvitationCounts, };

export type Signatory = { endorsementId: string, kind: EndorsementKind, 
/**
 * The name printed: the organization's for an `organization_only` person.
 */
name: string, affiliation: string, city: string, country: string, countryCode: string | null, sector: string, };

export type Signatories = { listed: Array<Signatory>, organizations: number, individuals: number, countries: number, };

export type Outdated = { endorsement: Endorsement, 
/**
 * The number of the revision they endorsed.
 */
revisionNumber: number, };

export type IntakeRow = { 
/**
 * The line or the spreadsheet row it came from.
 */
row: number, kind: EndorsementKind | null, 
/**
 * The name as sent; printed as it is.
 */
name: string, acronym: string, 
/**
 * An individual's affiliation as sent: their role, their organization,
 * or both.
 */
affiliation: string, 
/**
 * An individual's organization, when a column gives it apart.
 */
organization: string, 
/**
 * `organization` is all there is to list them by, even when empty
 * (a position column beside no organization column).
 */
organizationKnown: boolean, city: string, country: string, email: string, 
/**
 * `YYYY-MM-DD`, when the row says.
 */
receivedOn: string, notes: string, 
/**
 * What the row itself says about being named (a consent column).
 */
visibility?: Visibility, 
/**
 * A line of a pasted list that names no signatory: a heading
 * ("National organizations:"), a comment, a footnote (`read_note` says
 * which). Left out unless put back.
 */
heading: boolean, 
/**
 * How the row was read, when that needs saying.
 */
readNote: string, };

export type Listed = { name: string, affiliation: string, };

export type Candidate = { contactId: string, name: string, country: string | null, 
/**
 * Why: "same e-mail", "same name", "acronym MFMW", "similar name".
 */
evidence: string, };

export type IntakeOutcome = { "type": "known", candidate: Candidate, } | { "type": "new", candidates: Array<Candidate>, } | { "type": "already_endorsed", endorsement_id: string, } | { "type": "duplicate", first_row: number, } | { "type": "invalid", reason: string, } | { "type": "heading" };

export type PlannedIntake = { 
/**
 * The row as read, with what its duplicates added.
 */
input: IntakeRow, 
/**
 * The fields as they will be stored and printed.
 */
name: string, affiliation: string, organization: string, city: string, country: string, countryCode: string | null, visibility: Visibility, 
/**
 * What the signatory list will print, or nothing: counted only.
 */
listed: Listed | null, 
/**
 * What the organizer should know: a country read from a misspelling,
 * a likely duplicate, why someone is counted and not listed…
 */
notes: Array<string>, outcome: IntakeOutcome, };

export type IntakePlan = { rows: Array<PlannedIntake>, known: number, new: number, already: number, duplicates: number, invalid: number, headings: number, 
/**
 * Among the rows to add: listed by name, by organization only, counted.
 */
named: number, byOrganization: number, countedOnly: number, 
/**
 * Rows the organizer chose to leave out.
 */
skipped: number, 
/**
 * Why nothing would be added, when nothing would: the CLI fails with
 * it and the window shows it.
 */
nothingToAdd?: string, };

export type Choice = { "type": "link", contact_id: string, } | { "type": "link_as_contact", contact_id: string, } | { "type": "skip" } | { "type": "new" };

export type IntakeOptions = { 
/**
 * `confirmed` for a list the organizer already trusts; else pending.
 */
confirm: boolean, 
/**
 * How the list arrived; a list taken in is `import` unless said.
 */
channel?: SignOnChannel, 
/**
 * How individuals who said nothing about being named are listed:
 * `organization_only` unless chosen (the person is not named).
 */
visibility?: Visibility, 
/**
 * Heading rows put back, by row number.
 */
include: Array<number>, 
/**
 * By row number.
 */
choices: { [key in number]: Choice }, };

export type IntakeResult = { added: number, contactsCreated: number, skipped: number, };

export type IntakeFile = { token: string, fileName: string, headers: Array<string>, columns: Array<ColumnGuess>, 
/**
 * The fields a column may be given.
 */
fields: Array<ColumnField>, sample: Array<Row>, rows: number, 
/**
 * What may not read as the file shows it (formula cells without a
 * saved value), to show before anything is imported.
 */
warnings: Array<string>, };

export type IntakeReview = { token: string, plan: IntakePlan, };

export type InvitationStatus = "invited" | "reminded" | "signed" | "declined" | "no_answer";

export type Purpose = "invitation" | "reminder";

export type Invitation = { id: string, statementId: string, organizationId: string | null, personId: string | null, 
/**
 * The organization's or the person's name.
 */
name: string, email: string, country: string | null, status: InvitationStatus, invitedOn: string | null, 
/**
 * The last reminder's date.
 */
remindedOn: string | null, answeredOn: string | null, endorsementId: string | null, };

export type Audience = { tags: Array<string>, 
/**
 * As typed: names or codes.
 */
countries: Array<string>, sectors: Array<string>, 
/**
 * Everyone with a confirmed endorsement of this statement.
 */
signedStatement: string | null, contactIds: Array<string>, };

export type Created = { added: number, 
/**
 * Already invited to this statement.
 */
already: number, };

export type InvitationCounts = { invited: number, reminded: number, signed: number, declined: number, noAnswer: number, };

export type Template = { purpose: Purpose, subject: string, body: string, };

export type Message = { invitationId: string, toName: string, to: string, subject: string, 
/**
 * Plain text: the template's and the statement's Markdown written out.
 */
body: string, 
/**
 * The same message as an HTML document.
 */
html: string, 
/**
 * The language version sent (BCP 47 tag).
 */
language: string, 
/**
 * `mailto:` with the address, subject and body.
 */
mailto: string, };

export type LanguageVersion = { statementId: string, 
/**
 * BCP 47 tag.
 */
language: string, title: string, };

export type Sender = { 
/**
 * The organizer's name.
 */
name: string, 
/**
 * The organization they write for.
 */
organization: string, };

export type ExportFormat = "pdf" | "docx" | "html" | "html_fragment" | "markdown" | "text" | "csv";

export type GroupBy = "country" | "sector" | "kind" | "none";

export type Paper = "a4" | "letter";

export type ExportOptions = { groupBy: GroupBy, 
/**
 * PDF and DOCX only.
 */
paper: Paper, 
/**
 * PDF only: PDF/A-2b, for archiving.
 */
archival: boolean, };

export type ExportProgress = { done: number, total: number, };

export type Group = { 
/**
 * Empty when the list is not grouped.
 */
heading: string, signatories: Array<Signatory>, };

export type Document = { title: string, subtitle: string, occasion: string, date: string | null, place: string, 
/**
 * "Issued by A, B and C", in the statement's language; empty when no
 * organization is named.
 */
issuedBy: string, language: string, 
/**
 * `rtl` for Arabic, Hebrew and the other right-to-left languages.
 */
direction: string, 
/**
 * Markdown.
 */
body: string, 
/**
 * "Signed by 212 organizations and 48 individuals from 31 countries".
 */
countLine: string, groups: Array<Group>, 
/**
 * Confirmed signatories, listed or only counted.
 */
signatoryCount: number, 
/**
 * When it was laid out (UTC, as the database's clock gives it): the
 * PDF's and the Word document's creation date.
 */
laidOutAt: string, 
/**
 * The issuing organization(s), one per line: the Word document's author.
 */
issuers: string, };

export type ExportRecord = { id: string, statementId: string, revisionNumber: number | null, format: string, fileName: string, sha256: string, signatoryCount: number, signedKeyId: string | null, 
/**
 * The database it was made from was encrypted at rest.
 */
sourceEncrypted: boolean, createdAt: string, };

export type ExportPreview = { pages: Array<string>, pageCount: number, countLine: string, signatoryCount: number, fileStem: string, 
/**
 * Other language versions of this statement, for "all languages".
 */
languages: Array<string>, 
/**
 * The statement's language has no country names in the CLDR data the
 * app carries, so countries print in English.
 */
countriesInEnglish: boolean, 
/**
 * The count line, the group headings and "Issued by" print in
 * English: there are no words for them in the statement's language.
 */
wordsInEnglish: boolean, };

export type StoredKey = { keyId: string, 
/**
 * The text of the `.pub` file to share.
 */
publicKey: string, 
/**
 * Who signs: the organization's name, in every signature's trusted comment.
 */
label: string, };

export type Verdict = { authentic: boolean, 
/**
 * Who signed it, what and when (minisign's trusted comment); only
 * given for an authentic file.
 */
signedBy: string | null, keyId: string, 
/**
 * In plain words.
 */
message: string, };

export type CheckedFile = { fileName: string, verdict: Verdict, };

export type SavedFiles = { 
/**
 * The name of the folder the files went into (its last part).
 */
folder: string, 
/**
 * The names of the files written, in order.
 */
files: Array<string>, };

export type ErrorCode = "invalid" | "not_found" | "needs_confirmation" | "busy" | "unavailable" | "stale" | "internal";

export type ApiError = { code: ErrorCode, 
/**
 * In English; what the window shows when it has no words for `key`.
 */
message: string, 
/**
 * Which failure exactly ("statement.not_found"), for the window to word in its language.
 */
key: string | null, 
/**
 * The failure's details, by name, as text.
 */
params: { [key in string]: string }, };

export type ErrorReport = { code: ErrorCode, message: string, key: string | null, params: { [key in string]: string }, };

export type SyncReport = { 
/**
 * This device's changes written to the folder, and the file's number.
 */
written: number, writtenFile: number | null, 
/**
 * Other devices' files and changes applied here.
 */
appliedFiles: number, appliedChanges: number, 
/**
 * Files in the folder that wait for earlier ones still on their way,
 * or were written by a newer version of Undersigned.
 */
waitingFiles: number, 
/**
 * Conflicts this sync found (see `conflicts`).
 */
newConflicts: number, 
/**
 * Files that could not be read or applied (each holds back the files
 * after it from the same computer; `status` says why).
 */
refusedFiles: number, };

export type Started = { folder: string, device: string, name: string, 
/**
 * The invitation file written (`create`), by its name.
 */
invitation: string | null, 
/**
 * Rows already in this file, written to the folder for the others.
 */
rows: number, sync: SyncReport, };

export type DeviceStatus = { device: string, name: string, 
/**
 * This computer.
 */
this: boolean, 
/**
 * Its files applied here (for this device: written).
 */
applied: number, 
/**
 * Its files in the folder now.
 */
inFolder: number, 
/**
 * When its last applied file was written, by its own clock.
 */
writtenAt: string | null, 
/**
 * Why its next file could not be read or applied, if it could not.
 */
problem: ErrorReport | null, };

export type ShareStatus = { folder: string, device: string, name: string, devices: Array<DeviceStatus>, lastSync: string | null, 
/**
 * Changes made here since the last sync, not yet in the folder.
 */
pendingChanges: number, 
/**
 * Other devices' files in the folder not applied here yet.
 */
pendingFiles: number, openConflicts: number, 
/**
 * Whether the folder can be read and is this share's.
 */
folderOk: boolean, };

export type ConflictKind = "concurrent" | "duplicate";

export type Conflict = { id: string, kind: ConflictKind, table: string, rowId: string, column: string, 
/**
 * What the row holds now (concurrent), or the id of the row kept.
 */
kept: string, 
/**
 * What was not kept (concurrent), or the id of the row set aside.
 */
other: string, 
/**
 * Names of the devices that wrote each.
 */
keptBy: string, otherBy: string, 
/**
 * Whether this computer wrote each.
 */
keptHere: boolean, otherHere: boolean, 
/**
 * What the row is, for people: a statement's title, a tag's name.
 */
about: string, foundAt: string, };

export type Keep = "kept" | "other";

export type SharingInfo = { status: ShareStatus | null, problem: ApiError | null, 
/**
 * The name this computer goes by unless another is typed: its host name.
 */
defaultName: string, };

/** Every command the window may call: its argument keys and types, and its answer. */
export type Commands = {
  app_info: { args: Record<never, never>; returns: AppInfo };
  app_ready: { args: Record<never, never>; returns: null };
  app_languages: { args: Record<never, never>; returns: WindowLanguages };
  app_choose_language: { args: { language: string | null }; returns: null };
  app_unlock: { args: { passphrase: string }; returns: null };
  app_encrypt: { args: { passphrase: string }; returns: Converted };
  app_quit: { args: Record<never, never>; returns: null };
  app_watch: { args: { onChange: Channel<DatabaseChange> }; returns: null };
  backup_list: { args: Record<never, never>; returns: BackupInfo[] };
  backup_create: { args: Record<never, never>; returns: BackupInfo };
  backup_restore: { args: { fileName: string }; returns: RestoreReport };
  share_status: { args: Record<never, never>; returns: SharingInfo };
  share_create: { args: { name: string, whereTitle: string, invitationTitle: string }; returns: Started | null };
  share_join: { args: { name: string, invitationTitle: string, whereTitle: string }; returns: Started | null };
  share_sync: { args: Record<never, never>; returns: SyncReport };
  share_conflicts: { args: Record<never, never>; returns: Conflict[] };
  share_resolve: { args: { id: string, keep: Keep }; returns: null };
  share_leave: { args: Record<never, never>; returns: null };
  statements_list: { args: Record<never, never>; returns: StatementSummary[] };
  statements_list_trash: { args: Record<never, never>; returns: StatementSummary[] };
  statements_get: { args: { id: string }; returns: Statement };
  statements_create: { args: { statement: NewStatement }; returns: Statement };
  statements_update: { args: { id: string, patch: StatementPatch }; returns: Statement };
  statements_delete: { args: { id: string }; returns: Statement };
  statements_restore: { args: { id: string }; returns: Statement };
  statements_set_status: { args: { id: string, status: StatementStatus, confirmed: boolean }; returns: Statement };
  statements_save_revision: { args: { id: string, label: string, pause: boolean }; returns: SavedRevision };
  statements_revisions: { args: { id: string }; returns: RevisionSummary[] };
  statements_revision: { args: { id: string, number: number }; returns: Revision };
  statements_diff: { args: { id: string, from: number, to: number | null }; returns: TextDiffReport };
  statements_restore_revision: { args: { id: string, number: number }; returns: SavedRevision };
  statements_translate: { args: { id: string, language: string }; returns: Statement };
  statements_translation_status: { args: { id: string }; returns: TranslationStatus };
  statements_mark_translation_current: { args: { id: string }; returns: TranslationStatus };
  statements_duplicate: { args: { id: string }; returns: Statement };
  statements_import_markdown: { args: { text: string, fileName: string }; returns: ImportedStatement };
  statements_import_docx: { args: { bytes: Uint8Array, fileName: string }; returns: ImportedStatement };
  statements_markdown: { args: { id: string }; returns: string };
  statements_purge: { args: { id: string }; returns: null };
  contacts_list: { args: { query: ContactQuery }; returns: ContactPage };
  contacts_facets: { args: Record<never, never>; returns: ContactFacets };
  contacts_countries: { args: Record<never, never>; returns: Country[] };
  contacts_organization: { args: { id: string }; returns: Organization };
  contacts_person: { args: { id: string }; returns: Person };
  contacts_people_of: { args: { id: string }; returns: Person[] };
  contacts_create_organization: { args: { input: OrganizationInput }; returns: Organization };
  contacts_update_organization: { args: { id: string, input: OrganizationInput }; returns: Organization };
  contacts_create_person: { args: { input: PersonInput }; returns: Person };
  contacts_update_person: { args: { id: string, input: PersonInput }; returns: Person };
  contacts_delete: { args: { ids: string[] }; returns: number };
  contacts_restore: { args: { ids: string[] }; returns: number };
  contacts_purge: { args: { ids: string[] }; returns: number };
  contacts_empty_trash: { args: Record<never, never>; returns: number };
  contacts_duplicates: { args: { limit: number }; returns: DuplicatePair[] };
  contacts_not_duplicate: { args: { first: string, second: string, undo: boolean }; returns: null };
  contacts_similar: { args: { kind: ContactKind, name: string }; returns: ContactRow[] };
  contacts_merge: { args: { keep: string, others: string[], fields: MergeFields | null }; returns: MergeRecord };
  contacts_undo_merge: { args: { mergeId: string }; returns: MergeRecord };
  contacts_import_read: { args: { bytes: Uint8Array, fileName: string }; returns: ImportPreview };
  contacts_import_plan: { args: { token: string, mapping: ColumnField[] }; returns: ImportPlan };
  contacts_import_apply: { args: { token: string, mapping: ColumnField[], onProgress: Channel<ImportProgress> }; returns: ImportOutcome };
  contacts_import_cancel: { args: { token: string }; returns: null };
  endorsements_list: { args: { statementId: string, query: EndorsementQuery }; returns: EndorsementPage };
  endorsements_get: { args: { id: string }; returns: Endorsement };
  endorsements_add: { args: { statementId: string, endorsement: NewEndorsement }; returns: Endorsement };
  endorsements_set_status: { args: { ids: string[], status: EndorsementStatus }; returns: Endorsement[] };
  endorsements_correct: { args: { id: string, patch: EndorsementPatch }; returns: Endorsement };
  endorsements_confirm_pending: { args: { statementId: string }; returns: string[] };
  endorsements_undo_confirm: { args: { ids: string[] }; returns: number };
  endorsements_name_contact: { args: { id: string }; returns: string };
  endorsements_events: { args: { id: string }; returns: EndorsementEvent[] };
  endorsements_delete: { args: { ids: string[] }; returns: number };
  endorsements_restore: { args: { ids: string[] }; returns: number };
  endorsements_empty_trash: { args: { statementId: string }; returns: number };
  endorsements_summary: { args: { statementId: string }; returns: Summary };
  endorsements_outdated: { args: { statementId: string }; returns: Outdated[] };
  endorsements_reconfirm: { args: { ids: string[] }; returns: number };
  intake_paste: { args: { statementId: string, text: string, kind: EndorsementKind, options: IntakeOptions }; returns: IntakeReview };
  intake_read: { args: { bytes: Uint8Array, fileName: string }; returns: IntakeFile };
  intake_plan: { args: { statementId: string, token: string, mapping: ColumnField[] | null, options: IntakeOptions }; returns: IntakeReview };
  intake_apply: { args: { statementId: string, token: string, options: IntakeOptions, onProgress: Channel<ImportProgress> }; returns: IntakeResult };
  intake_cancel: { args: { token: string }; returns: null };
  invitations_create: { args: { statementId: string, audience: Audience }; returns: Created };
  invitations_list: { args: { statementId: string, status: InvitationStatus | null, reminderAfterDays: number | null }; returns: Invitation[] };
  invitations_set_status: { args: { ids: string[], status: InvitationStatus }; returns: Invitation[] };
  invitations_template: { args: { statementId: string, purpose: Purpose }; returns: Template };
  invitations_set_template: { args: { statementId: string, template: Template }; returns: Template };
  invitations_message: { args: { id: string, purpose: Purpose, language: string | null }; returns: Message };
  invitations_save_eml: { args: { ids: string[], purpose: Purpose, language: string | null, title: string }; returns: SavedFiles | null };
  invitations_versions: { args: { statementId: string }; returns: LanguageVersion[] };
  invitations_sender: { args: Record<never, never>; returns: Sender };
  invitations_set_sender: { args: { sender: Sender }; returns: Sender };
  export_preview: { args: { statementId: string, options: ExportOptions, pages: number }; returns: ExportPreview };
  export_all_languages: { args: { statementId: string, format: ExportFormat, options: ExportOptions, passphrase: string | null, title: string, onProgress: Channel<ExportProgress> }; returns: SavedFiles | null };
  export_save: { args: { statementId: string, format: ExportFormat, options: ExportOptions, passphrase: string | null, title: string }; returns: ExportRecord | null };
  exports_list: { args: { statementId: string }; returns: ExportRecord[] };
  keys_current: { args: Record<never, never>; returns: StoredKey | null };
  keys_create: { args: { passphrase: string, label: string }; returns: StoredKey };
  keys_save_public: { args: { title: string }; returns: string | null };
  verify_file: { args: { title: string, keyTitle: string | null }; returns: CheckedFile | null };
};

export type CommandName = keyof Commands;

export const COMMAND_NAMES: readonly CommandName[] = [
  'app_info',
  'app_ready',
  'app_languages',
  'app_choose_language',
  'app_unlock',
  'app_encrypt',
  'app_quit',
  'app_watch',
  'backup_list',
  'backup_create',
  'backup_restore',
  'share_status',
  'share_create',
  'share_join',
  'share_sync',
  'share_conflicts',
  'share_resolve',
  'share_leave',
  'statements_list',
  'statements_list_trash',
  'statements_get',
  'statements_create',
  'statements_update',
  'statements_delete',
  'statements_restore',
  'statements_set_status',
  'statements_save_revision',
  'statements_revisions',
  'statements_revision',
  'statements_diff',
  'statements_restore_revision',
  'statements_translate',
  'statements_translation_status',
  'statements_mark_translation_current',
  'statements_duplicate',
  'statements_import_markdown',
  'statements_import_docx',
  'statements_markdown',
  'statements_purge',
  'contacts_list',
  'contacts_facets',
  'contacts_countries',
  'contacts_organization',
  'contacts_person',
  'contacts_people_of',
  'contacts_create_organization',
  'contacts_update_organization',
  'contacts_create_person',
  'contacts_update_person',
  'contacts_delete',
  'contacts_restore',
  'contacts_purge',
  'contacts_empty_trash',
  'contacts_duplicates',
  'contacts_not_duplicate',
  'contacts_similar',
  'contacts_merge',
  'contacts_undo_merge',
  'contacts_import_read',
  'contacts_import_plan',
  'contacts_import_apply',
  'contacts_import_cancel',
  'endorsements_list',
  'endorsements_get',
  'endorsements_add',
  'endorsements_set_status',
  'endorsements_correct',
  'endorsements_confirm_pending',
  'endorsements_undo_confirm',
  'endorsements_name_contact',
  'endorsements_events',
  'endorsements_delete',
  'endorsements_restore',
  'endorsements_empty_trash',
  'endorsements_summary',
  'endorsements_outdated',
  'endorsements_reconfirm',
  'intake_paste',
  'intake_read',
  'intake_plan',
  'intake_apply',
  'intake_cancel',
  'invitations_create',
  'invitations_list',
  'invitations_set_status',
  'invitations_template',
  'invitations_set_template',
  'invitations_message',
  'invitations_save_eml',
  'invitations_versions',
  'invitations_sender',
  'invitations_set_sender',
  'export_preview',
  'export_all_languages',
  'export_save',
  'exports_list',
  'keys_current',
  'keys_create',
  'keys_save_public',
  'verify_file',
];

/** Length limits of text fields, in characters (Unicode code points), as core enforces them. */
export const TEXT_LIMITS: TextLimits = {"title":300,"subtitle":500,"place":200,"occasion":300,"issuedBy":2000,"label":200,"language":35,"body":200000,"name":300,"shortName":60,"city":200,"sector":200,"website":500,"email":320,"phone":60,"role":200,"notes":10000,"tag":80};
