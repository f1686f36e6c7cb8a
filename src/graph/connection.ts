import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * Relay cursor connections over the upstream's page numbers. A cursor is the opaque position of an item
 * in the full list (`base64("pos:<n>")`), so `after` maps to an upstream page and an offset within it.
 */
@ObjectType({ description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'How many items to return: 1 to the server maximum (100 unless configured); 20 when omitted.',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (`pageInfo.endCursor` of the previous page).',
  })
  after?: string;
}

interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, noun: string) {
  @ObjectType(`${name}Edge`, { description: `One ${noun} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this item; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, {
      nullable: true,
      description: `The ${noun}; null when it could not be read (an error names its path).`,
    })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${noun}s.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${noun}s of this page, in order.` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${noun}s the whole list holds.` })
    totalCount!: number;
  }
  return ConnectionType;
}

function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`, 'utf8').toString('base64');
}

/** The position after which a page starts: -1 for no cursor. */
function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return -1;
  const match = /^pos:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match)
    throw new GraphQLError('`after` is not a cursor this API issued', { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]);
}

/** `first` checked and capped; a clear error beats a silently shortened page. */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const size = first ?? Math.min(fallback, max);
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new GraphQLError(`\`first\` must be between 1 and ${max}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return size;
}

/** A connection over a list already in memory. */
export function sliceConnection<T>(all: readonly T[], first: number, after: string | null | undefined): Connection<T> {
  const start = decodeCursor(after) + 1;
  return toConnection(all.slice(start, start + first), start, all.length);
}

/** Builds a connection from a slice of the whole list that starts at `start`. */
function toConnection<T>(items: readonly T[], start: number, totalCount: number): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(start + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: start + items.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A connection over an upstream that pages by number: reads the one or two upstream pages the window
 * `[start, start + first)` touches, with the upstream page size fixed so positions stay stable.
 */
export async function pagedConnection<T>(
  first: number,
  after: string | null | undefined,
  upstreamPageSize: number,
  fetchPage: (page: number, size: number) => Promise<{ items: T[]; totalCount: number }>,
): Promise<Connection<T>> {
  const start = decodeCursor(after) + 1;
  const firstPage = Math.floor(start / upstreamPageSize) + 1;
  const lastPage = Math.floor((start + first - 1) / upstreamPageSize) + 1;
  const pages = await Promise.all(
    Array.from({ length: lastPage - firstPage + 1 }, (_, index) => fetchPage(firstPage + index, upstreamPageSize)),
  );
  const items = pages.flatMap((page) => page.items);
  const offset = start - (firstPage - 1) * upstreamPageSize;
  return toConnection(items.slice(offset, offset + first), start, pages[0].totalCount);
}

/** A list filtered in the gateway (to a caller's SIMs) is read whole first; past this size it is refused, not read. */
const MAX_FILTERED_LIST = 5_000;

/**
 * Every item of an upstream list paged by number, for a view filtered here: the filtered list's positions,
 * `totalCount` and cursors then agree. Refused with LIMIT_EXCEEDED when the list holds over `MAX_FILTERED_LIST`.
 */
export async function wholeList<T>(
  upstreamPageSize: number,
  fetchPage: (page: number, size: number) => Promise<{ items: T[]; totalCount: number }>,
): Promise<T[]> {
  const first = await fetchPage(1, upstreamPageSize);
  if (first.totalCount > MAX_FILTERED_LIST) {
    throw new GraphQLError(
      `this list holds over ${MAX_FILTERED_LIST} items to filter to your SIMs; narrow it (e.g. by iccid)`,
      { extensions: { code: 'LIMIT_EXCEEDED' } },
    );
  }
  const pages = Math.ceil(first.totalCount / upstreamPageSize);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, index) => fetchPage(index + 2, upstreamPageSize)),
  );
  return [first, ...rest].flatMap((page) => page.items);
}
