// A statement's signatory list: a paged list over `endorsements_list`, and
// the words the window shows for kinds, statuses and places.

import { api, type Endorsement, type EndorsementQuery } from '../../lib/api';
import { PagedList } from '../../lib/paged.svelte';
import { m } from '../../lib/messages';

export type SignatoryQuery = Omit<EndorsementQuery, 'offset' | 'limit'>;

export const emptyQuery = (): SignatoryQuery => ({ text: '', trash: false, status: null, kind: null });

export class SignatoryList extends PagedList<Endorsement, SignatoryQuery> {
  constructor(statementId: string) {
    super(emptyQuery(), async (query, offset, limit) => {
      const page = await api.endorsements.list(statementId, { ...query, offset, limit });
      return { rows: page.items, total: page.total };
    });
  }
}

/** "Lima, Peru", or whichever of the two is known. */
export function place(e: { city: string; country: string }): string {
  return [e.city, e.country].filter((part) => part.trim() !== '').join(m.common.comma);
}

/** What a signatory looks like in the published list, in a few words. */
export function visibilityLabel(e: Endorsement): string {
  return m.signatories.visibilities[e.visibility];
}
