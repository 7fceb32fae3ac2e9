// Records for rendering tests that mock a command or two by hand: the shape
// the commands answer with, and nothing of the rules that made it. Tests of
// behaviour use real-backend.ts instead.

import type { Statement } from '../lib/api';

/** A statement record as the commands return it, for a component to render. */
export function statement(title: string, over: Partial<Statement> = {}): Statement {
  const at = '2026-11-28T09:00:00.000Z';
  return {
    id: 'statement-1',
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
