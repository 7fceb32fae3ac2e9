// A long list as the window sees it: the query, how many match, and the
// pages fetched so far. Pages come from the database as they scroll into
// view, so 100,000 rows never sit in memory or in the page at once.

import { toCommandError } from './api';

export const PAGE_SIZE = 100;

/** One page of rows and how many match in all; `more` when counting stopped at a cap. */
export type Page<T> = { rows: T[]; total: number; more?: boolean };

export class PagedList<T, Q> {
  query: Q = $state() as Q;
  total = $state(0);
  /** More match than `total`: the search stopped counting there. */
  more = $state(false);
  loaded = $state(false);
  error = $state<string | null>(null);
  /** Fetched pages by page number; replaced whole so the list re-renders. */
  pages = $state<Map<number, T[]>>(new Map());
  /** Bumped by every new query, so answers to older ones are dropped. */
  #round = 0;
  #inFlight = new Set<number>();
  readonly #fetchPage: (query: Q, offset: number, limit: number) => Promise<Page<T>>;

  constructor(initial: Q, fetchPage: (query: Q, offset: number, limit: number) => Promise<Page<T>>) {
    this.query = initial;
    this.#fetchPage = fetchPage;
  }

  row(index: number): T | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Starts over with `query`: the first page, and the count. */
  async search(query: Q): Promise<void> {
    this.query = query;
    this.#round += 1;
    this.#inFlight.clear();
    await this.#fetch(0, this.#round, true);
  }

  /** Fetches the same query again (after a change here or elsewhere), keeping the scroll. */
  async refresh(visibleFrom = 0, visibleTo = PAGE_SIZE): Promise<void> {
    this.#round += 1;
    this.#inFlight.clear();
    const round = this.#round;
    const first = Math.floor(visibleFrom / PAGE_SIZE);
    const last = Math.floor(Math.max(visibleFrom, visibleTo - 1) / PAGE_SIZE);
    const fresh = new Map<number, T[]>();
    for (let page = first; page <= last; page++) {
      const answer = await this.#get(page);
      if (round !== this.#round || !answer) return;
      this.total = answer.total;
      this.more = answer.more ?? false;
      fresh.set(page, answer.rows);
    }
    this.loaded = true;
    this.pages = fresh;
  }

  /** Makes sure rows `from` to `to` (exclusive) are fetched. */
  ensure(from: number, to: number): void {
    if (!this.loaded) return;
    const first = Math.floor(from / PAGE_SIZE);
    const last = Math.floor(Math.max(from, to - 1) / PAGE_SIZE);
    for (let page = first; page <= last; page++) {
      if (page * PAGE_SIZE >= this.total) break;
      if (!this.pages.has(page) && !this.#inFlight.has(page)) void this.#fetch(page, this.#round, false);
    }
  }

  async #get(page: number): Promise<Page<T> | null> {
    try {
      const answer = await this.#fetchPage(this.query, page * PAGE_SIZE, PAGE_SIZE);
      this.error = null;
      return answer;
    } catch (thrown) {
      this.error = toCommandError(thrown).message;
      return null;
    }
  }

  async #fetch(page: number, round: number, fresh: boolean): Promise<void> {
    this.#inFlight.add(page);
    const answer = await this.#get(page);
    this.#inFlight.delete(page);
    if (round !== this.#round) return;
    this.loaded = true;
    if (!answer) return;
    this.total = answer.total;
    this.more = answer.more ?? false;
    const pages = fresh ? new Map<number, T[]>() : new Map(this.pages);
    pages.set(page, answer.rows);
    this.pages = pages;
  }
}
