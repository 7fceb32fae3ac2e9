/** The tabs of a statement's page, in their order. */
export const STATEMENT_TABS = ['text', 'signatories', 'outreach', 'overview', 'export'] as const;
export type StatementTab = (typeof STATEMENT_TABS)[number];
