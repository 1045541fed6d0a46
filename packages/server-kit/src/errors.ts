/**
 * A refusal of work for lack of capacity (a full queue, a time limit): each service reports it
 * in its own protocol (the API as a SERVICE_UNAVAILABLE GraphQL error, the MCP server as a tool
 * error), with how long to wait.
 */
export class ServiceUnavailableError extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';

  constructor(
    message: string,
    /** Seconds the client should wait before asking again; absent when retrying will not help. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}
