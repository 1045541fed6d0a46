/**
 * The PWA's safelist: the persisted documents GraphQL Code Generator writes when it types the
 * PWA's operations (apps/web/lib/gql/persisted-documents.json: "sha256:<hash>" -> text). A
 * request from the PWA's origin must be one of them, sent as text (compared in canonical
 * form) or as a registered hash alone. Third parties may run any operation, and may call a
 * listed one by hash too. Automatic persisted queries (APQ) for everyone are Apollo's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { canonicalOperation, sha256 } from './operation-text.js';

/** The persisted documents file: "sha256:<hex of the text>" -> the operation's text. */
export type PersistedDocuments = Record<string, string>;

const HASH_PREFIX = 'sha256:';

export interface GraphQLRequestFields {
  query?: unknown;
  extensions?: unknown;
}

export type SafelistDecision =
  | { kind: 'run'; query: string | undefined }
  | { kind: 'refuse'; message: string }
  /** A PWA hash not on the list: the client should send the text, which is then checked. */
  | { kind: 'unknown_hash' };

export class OperationManifest {
  private readonly canonical: ReadonlySet<string>;

  private constructor(private readonly bodies: ReadonlyMap<string, string>) {
    this.canonical = new Set([...bodies.values()].map((body) => sha256(canonicalOperation(body))));
  }

  static of(documents: PersistedDocuments): OperationManifest {
    const bodies = new Map<string, string>();
    for (const [id, body] of Object.entries(documents)) {
      const hash = id.startsWith(HASH_PREFIX) ? id.slice(HASH_PREFIX.length) : id;
      if (typeof body !== 'string' || sha256(body) !== hash)
        throw new Error(`persisted document ${id} does not match its hash`);
      bodies.set(hash, body);
    }
    return new OperationManifest(bodies);
  }

  /** Loads the persisted documents; a missing file is an empty list (no safelist enforced). */
  static load(path: string): OperationManifest {
    if (!existsSync(path)) return new OperationManifest(new Map());
    const file: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (file === null || typeof file !== 'object' || Array.isArray(file))
      throw new Error(`${path} is not a persisted documents file`);
    return OperationManifest.of(file as PersistedDocuments);
  }

  /** The safelist applies once the PWA has registered operations. */
  get enforced(): boolean {
    return this.bodies.size > 0;
  }

  decide(request: GraphQLRequestFields, fromPwa: boolean): SafelistDecision {
    const text = typeof request.query === 'string' ? request.query : undefined;
    const hash = persistedHash(request.extensions);
    const strict = fromPwa && this.enforced;
    if (text !== undefined) {
      if (!strict || this.isListed(text)) return { kind: 'run', query: text };
      return {
        kind: 'refuse',
        message: "This operation is not in the PWA's persisted query safelist.",
      };
    }
    const listed = hash === undefined ? undefined : this.bodies.get(hash);
    if (listed !== undefined) return { kind: 'run', query: listed };
    return strict && hash !== undefined
      ? { kind: 'unknown_hash' }
      : { kind: 'run', query: undefined };
  }

  private isListed(text: string): boolean {
    try {
      return this.canonical.has(sha256(canonicalOperation(text)));
    } catch {
      return false; // unparsable text is never on the list
    }
  }
}

function persistedHash(extensions: unknown): string | undefined {
  if (extensions === null || typeof extensions !== 'object') return undefined;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}
