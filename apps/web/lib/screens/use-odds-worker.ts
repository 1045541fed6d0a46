'use client';
import type {
  OddsOptions,
  OddsResult,
  SafeguardProfile,
  ScenarioInput,
} from '@belowzero/risk-core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OddsReply, OddsRequest } from './odds-messages';

export type OddsState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: OddsResult }
  | { status: 'cancelled' }
  | { status: 'failed'; field: string | null; message: string };

/** Drives the odds worker: start, progress, cancel, result. One run at a time. */
export function useOddsWorker(): {
  state: OddsState;
  start: (input: ScenarioInput, profile: SafeguardProfile, options: OddsOptions) => void;
  cancel: () => void;
} {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const [state, setState] = useState<OddsState>({ status: 'idle' });

  useEffect(() => {
    const instance = new Worker(new URL('./odds.worker.ts', import.meta.url));
    instance.onmessage = (event: MessageEvent<OddsReply>) => {
      const message = event.data;
      if (message.id !== current.current) return; // a cancelled run's late message
      if (message.type === 'progress')
        setState({ status: 'running', done: message.done, total: message.total });
      else if (message.type === 'result') setState({ status: 'done', result: message.result });
      else if (message.type === 'cancelled') setState({ status: 'cancelled' });
      else setState({ status: 'failed', field: message.field, message: message.message });
    };
    worker.current = instance;
    return () => instance.terminate();
  }, []);

  const start = useCallback(
    (input: ScenarioInput, profile: SafeguardProfile, options: OddsOptions) => {
      current.current += 1;
      setState({ status: 'running', done: 0, total: 0 });
      const request: OddsRequest = { type: 'run', id: current.current, input, profile, options };
      worker.current?.postMessage(request);
    },
    [],
  );

  const cancel = useCallback(() => {
    const request: OddsRequest = { type: 'cancel', id: current.current };
    worker.current?.postMessage(request);
  }, []);

  return { state, start, cancel };
}
