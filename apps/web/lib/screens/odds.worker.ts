/// <reference lib="webworker" />
/**
 * Runs risk-core's Monte Carlo off the main thread, so the page never freezes. estimateOdds
 * yields between chunks of paths; a 'cancel' message flips the token it checks then.
 */
import { CancelledError, estimateOdds } from '@belowzero/risk-core';
import { toFieldError } from '../format/field-error';
import type { OddsReply, OddsRequest } from './odds-messages';

declare const self: DedicatedWorkerGlobalScope;

const running = new Map<number, { aborted: boolean }>();

function reply(message: OddsReply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<OddsRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    const signal = running.get(request.id);
    if (signal) signal.aborted = true;
    return;
  }
  const signal = { aborted: false };
  running.set(request.id, signal);
  const { id } = request;
  new Promise<void>((resolve) => resolve())
    .then(() =>
      estimateOdds(request.input, request.profile, request.options, {
        onProgress: (done, total) => reply({ type: 'progress', id, done, total }),
        signal,
      }),
    )
    .then(
      (result) => reply({ type: 'result', id, result }),
      (error: unknown) => {
        if (error instanceof CancelledError) return reply({ type: 'cancelled', id });
        const fieldError = toFieldError(error);
        reply({
          type: 'error',
          id,
          field: fieldError?.field ?? null,
          message: fieldError?.message ?? String(error),
        });
      },
    )
    .finally(() => running.delete(id));
};
