// The contact list: a paged list over `contacts_list`.

import { api, type ContactQuery, type ContactRow } from '../../lib/api';
import { PagedList } from '../../lib/paged.svelte';

export { PAGE_SIZE } from '../../lib/paged.svelte';

export type ListQuery = Omit<ContactQuery, 'offset' | 'limit'>;

export const emptyQuery = (): ListQuery => ({ text: '', trash: false });

export class ContactList extends PagedList<ContactRow, ListQuery> {
  constructor() {
    super(emptyQuery(), (query, offset, limit) => api.contacts.list({ ...query, offset, limit }));
  }
}
