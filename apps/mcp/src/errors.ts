/**
 * Errors as MCP tool errors: risk-core's ValidationError keeps its message, which names the
 * field; a refusal for lack of capacity says when to retry; anything else is "internal error"
 * (logged on stderr, never sent: no stack traces or internal messages to clients).
 */
import { ValidationError } from '@belowzero/risk-core';
import { ServiceUnavailableError } from '@belowzero/server-kit';

export interface ToolError {
  [key: string]: unknown;
  isError: true;
  content: { type: 'text'; text: string }[];
  structuredContent?: undefined;
}

/** A refused call the client can act on: over its budget, or asking for too much work. */
export class ToolRefusal extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ToolRefusal';
  }
}

export function toolError(error: unknown): ToolError {
  // risk-core's message starts with the field's path: "account.positions.0.leverage: ...".
  if (error instanceof ValidationError) return refusal(`Invalid input: ${error.message}`);
  if (error instanceof ToolRefusal)
    return refusal(
      error.field === null ? error.message : `${error.message} (field: ${error.field})`,
    );
  if (error instanceof ServiceUnavailableError) {
    const wait = error.retryAfterSeconds;
    return refusal(wait === undefined ? error.message : `${error.message} Retry in ${wait} s.`);
  }
  process.stderr.write(
    `belowzero-mcp: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return refusal('Internal error: the tool could not answer. Try again, or report it.');
}

function refusal(text: string): ToolError {
  return { isError: true, content: [{ type: 'text', text }] };
}
