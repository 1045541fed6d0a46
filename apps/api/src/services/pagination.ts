/**
 * Relay cursor pagination (first/after, last/before) over keyset-ordered lists. Every
 * request names `first` or `last`, 1 to 100 (GitHub's rule); cursors are opaque.
 */
import { DomainError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What to fetch: `limit` rows past `cursor` in `direction` (forward = list order). */
export interface PageWindow {
  direction: 'forward' | 'backward';
  limit: number;
  cursor: string | undefined;
}

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export function pageWindow(args: PageArgs): PageWindow {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new DomainError('BAD_USER_INPUT', 'Give either `first` or `last`, not both.', {
      field: 'first',
    });
  }
  if (first == null && last == null) {
    throw new DomainError('BAD_USER_INPUT', `Give \`first\` or \`last\` (1 to ${MAX_PAGE_SIZE}).`, {
      field: 'first',
    });
  }
  if (first != null && after != null && before != null) {
    throw new DomainError('BAD_USER_INPUT', 'Give `after` with `first`, or `before` with `last`.', {
      field: 'before',
    });
  }
  const field = first != null ? 'first' : 'last';
  const size = (first ?? last) as number;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `\`${field}\` must be between 1 and ${MAX_PAGE_SIZE} (got ${size}).`,
      {
        field,
      },
    );
  }
  if (first != null) {
    if (before != null)
      throw new DomainError('BAD_USER_INPUT', 'Use `after` with `first`.', { field: 'before' });
    return { direction: 'forward', limit: size, cursor: after ?? undefined };
  }
  if (after != null)
    throw new DomainError('BAD_USER_INPUT', 'Use `before` with `last`.', { field: 'after' });
  return { direction: 'backward', limit: size, cursor: before ?? undefined };
}

/**
 * Assembles a page from rows fetched in the window's direction (at most limit + 1, the
 * extra one only tells whether more exist) and whether rows exist on the cursor's other side.
 */
export function assemblePage<T>(
  window: PageWindow,
  rows: T[],
  cursorOf: (row: T) => string,
  existsBeyondCursor: boolean,
): Page<T> {
  const more = rows.length > window.limit;
  const kept = rows.slice(0, window.limit);
  if (window.direction === 'backward') kept.reverse();
  const items = kept.map((node) => ({ cursor: cursorOf(node), node }));
  return window.direction === 'forward'
    ? { items, hasNextPage: more, hasPreviousPage: existsBeyondCursor }
    : { items, hasNextPage: existsBeyondCursor, hasPreviousPage: more };
}

export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `count` parts, or throws BAD_USER_INPUT. */
export function decodeCursor(cursor: string, count: number, field: string): string[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== count ||
    !parts.every((part) => typeof part === 'string')
  ) {
    throw new DomainError('BAD_USER_INPUT', `\`${field}\` is not a cursor returned by this list.`, {
      field,
    });
  }
  return parts as string[];
}

/** A page of a short list held in memory, in ascending order of a unique text key. */
export function pageOfList<T>(
  ascending: readonly T[],
  keyOf: (item: T) => string,
  args: PageArgs,
): Page<T> {
  const window = pageWindow(args);
  const forward = window.direction === 'forward';
  const key = window.cursor
    ? decodeCursor(window.cursor, 1, forward ? 'after' : 'before')[0]
    : undefined;
  const ordered = forward ? ascending : [...ascending].reverse();
  const past = (item: T) => key === undefined || (forward ? keyOf(item) > key : keyOf(item) < key);
  const candidates = ordered.filter(past);
  const beyond = key !== undefined && ordered.some((item) => !past(item));
  return assemblePage(
    window,
    candidates.slice(0, window.limit + 1),
    (item) => encodeCursor([keyOf(item)]),
    beyond,
  );
}
