/**
 * Text a request may carry: well-formed Unicode without NUL. PostgreSQL refuses NUL in text
 * (a database error, not the client's answer), and a lone UTF-16 surrogate is no character at
 * all; both are refused up front, naming where in the request they are.
 */

import { type DocumentNode, GraphQLError, visit } from 'graphql';

const PATTERN =
  '\\u0000|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NUL_OR_LONE_SURROGATE = new RegExp(PATTERN);
const NUL_OR_LONE_SURROGATE_ALL = new RegExp(PATTERN, 'g');

/**
 * False only when JSON text can hold no NUL or surrogate once parsed: no raw surrogate or NUL,
 * no \u0000 and no surrogate escape. A quick look at the whole body, so the walk below runs only
 * for the rare request that might need it.
 */
export function mayHoldInvalidText(jsonText: string): boolean {
  return jsonText.includes('\u0000') || /[\uD800-\uDFFF]|\\u(00|[dD][89a-fA-F])/.test(jsonText);
}

/** True when the text holds a NUL character or a lone surrogate. */
export function isInvalidText(text: string): boolean {
  return NUL_OR_LONE_SURROGATE.test(text);
}

/**
 * The dotted path of the first string (or object key) under `value` holding invalid text,
 * `path` itself for a string at the top; null when all of it is well formed. Walks with its
 * own stack, so a deeply nested body cannot overflow the call stack.
 */
export function invalidTextPath(value: unknown, path: string): string | null {
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [current, at] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (isInvalidText(current)) return at;
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      // Reversed onto the stack, so the first entry is looked at first.
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, entry] = entries[index] as [string, unknown];
        if (isInvalidText(key)) return `${at}.${key.replace(NUL_OR_LONE_SURROGATE_ALL, '?')}`;
        pending.push([entry, `${at}.${key}`]);
      }
    }
  }
  return null;
}

const wellFormedDocuments = new WeakSet<DocumentNode>();

/**
 * Refuses a document whose string literals decode to invalid text (`"\u0000"` is a legal
 * GraphQL escape), as BAD_USER_INPUT naming `query`.
 */
export function refuseInvalidLiterals(document: DocumentNode): void {
  // Apollo keeps one DocumentNode per query text: each is looked at once.
  if (wellFormedDocuments.has(document)) return;
  visit(document, {
    StringValue(node) {
      if (!isInvalidText(node.value)) return;
      throw new GraphQLError(
        'query holds a string with a NUL character or a lone UTF-16 surrogate; send well-formed Unicode text.',
        { extensions: { code: 'BAD_USER_INPUT', field: 'query', http: { status: 400 } } },
      );
    },
  });
  wellFormedDocuments.add(document);
}
