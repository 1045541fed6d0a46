'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { apolloClient } from '../lib/api-client/apollo';
import { ServerUnreachableError } from '../lib/api-client/server-reach';
import { putLocalScenario } from '../lib/sync/local-scenarios';
import { NotFoundError, ScenarioApi } from '../lib/api-client/scenario-api';
import { fromWire, type ScenarioNodeData } from '../lib/api-client/scenario-wire';
import { scenarioHref } from '../lib/url/scenario-url';
import { fromServer } from '../lib/sync/sync';
import { IntentLink } from './IntentLink';
import { ScenarioAnswer } from './ScenarioAnswer';
import { ScenarioSummary } from './ScenarioSummary';
import { SAVED_PARAM } from './SaveBar';

type State =
  | { kind: 'loading' }
  | { kind: 'found'; node: ScenarioNodeData }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string; unreachable: boolean };

/** A scenario opened through its share link: read-only, with a Fork button to make it yours. */
export function SharedScenario({ slug }: { slug: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Bumped by Retry: opens the link again.
  const [attempt, setAttempt] = useState(0);
  const [forking, setForking] = useState(false);
  const [forkError, setForkError] = useState<string | null>(null);

  useEffect(() => {
    new ScenarioApi(apolloClient).shared(slug).then(
      (node) => setState({ kind: 'found', node }),
      (error: unknown) =>
        setState(
          error instanceof NotFoundError
            ? { kind: 'missing' }
            : {
                kind: 'failed',
                message: error instanceof Error ? error.message : String(error),
                unreachable: error instanceof ServerUnreachableError,
              },
        ),
    );
  }, [slug, attempt]);

  async function fork() {
    setForking(true);
    setForkError(null);
    try {
      const node = await new ScenarioApi(apolloClient).fork(slug);
      const record = fromServer(
        { localId: crypto.randomUUID(), updatedAt: new Date().toISOString() },
        node,
      );
      await putLocalScenario(record);
      router.push(`${scenarioHref('/', record.input)}&${SAVED_PARAM}=${record.localId}`);
    } catch (error) {
      setForkError(error instanceof Error ? error.message : String(error));
      setForking(false);
    }
  }

  if (state.kind === 'loading') return <p className="muted">Opening the shared scenario…</p>;
  if (state.kind === 'missing') {
    return (
      <>
        <h1>Link not found</h1>
        <p>This link does not exist, or its owner stopped sharing it.</p>
      </>
    );
  }
  if (state.kind === 'failed') {
    return (
      <>
        <h1>Could not open the link</h1>
        <p className="error-box" data-testid="link-failed">
          {state.message}
          {state.unreachable &&
            ' The calculator and your saved scenarios still work on this phone.'}
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setState({ kind: 'loading' });
            setAttempt((count) => count + 1);
          }}
        >
          Retry
        </button>
      </>
    );
  }
  const input = fromWire(state.node.inputs);
  return (
    <>
      <p className="badge">Shared, read-only</p>
      <h1>{state.node.title}</h1>
      <div className="row">
        <button type="button" className="primary" disabled={forking} onClick={() => void fork()}>
          Fork to my scenarios
        </button>
        <IntentLink className="secondary" href={scenarioHref('/', input)}>
          Open in the calculator
        </IntentLink>
      </div>
      {forkError && <p className="error-box">{forkError}</p>}
      <ScenarioSummary scenario={input} />
      <ScenarioAnswer scenario={input} />
    </>
  );
}
