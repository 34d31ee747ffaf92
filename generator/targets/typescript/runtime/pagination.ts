/**
 * Cursor pages: `await` a list call for its first page, or `for await` over it for every item of every page.
 */

import { APIPromise, type RawResponse } from "./core.js";
import { ClientError } from "./errors.js";

/** Where a page keeps its items, its next cursor and whether more follow (wire names). */
export interface PageFields {
  items: string;
  nextCursor: string;
  hasMore: string;
}

/** One page of a list; iterating over it yields the items of this page and of every page after it. */
export class CursorPage<Item> implements AsyncIterable<Item> {
  readonly data: Item[];
  readonly hasMore: boolean | null;
  readonly nextCursor: string | null;
  /** The page as the API sent it. */
  readonly body: Record<string, unknown>;
  readonly #fetch: (cursor: string) => PagePromise<Item>;

  constructor(body: unknown, fields: PageFields, fetch: (cursor: string) => PagePromise<Item>) {
    const record = (body !== null && typeof body === "object" ? body : {}) as Record<string, unknown>;
    this.body = record;
    const items = record[fields.items];
    this.data = Array.isArray(items) ? (items as Item[]) : [];
    const more = record[fields.hasMore];
    this.hasMore = typeof more === "boolean" ? more : null;
    const cursor = record[fields.nextCursor];
    this.nextCursor = cursor === null || cursor === undefined || cursor === "" ? null : String(cursor);
    this.#fetch = fetch;
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.hasMore !== false && this.nextCursor !== null;
  }

  /** The page after this one. */
  async getNextPage(): Promise<CursorPage<Item>> {
    if (!this.hasNextPage() || this.nextCursor === null) {
      throw new ClientError("No next page: check hasNextPage() first.");
    }
    return this.#fetch(this.nextCursor);
  }

  /** This page and every page after it. */
  async *iterPages(): AsyncGenerator<CursorPage<Item>> {
    let page: CursorPage<Item> = this;
    for (;;) {
      yield page;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/** What a list method returns: a promise of the first page that is also async-iterable over every item. */
export class PagePromise<Item> extends APIPromise<CursorPage<Item>> implements AsyncIterable<Item> {
  constructor(
    raw: Promise<RawResponse>,
    parse: (raw: RawResponse) => Promise<unknown>,
    fields: PageFields,
    fetch: (cursor: string) => PagePromise<Item>,
  ) {
    super(raw, async (r) => new CursorPage<Item>(await parse(r), fields, fetch));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const page = await this;
    yield* page;
  }
}
