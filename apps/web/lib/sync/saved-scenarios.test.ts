import { defaultScenario } from '../screens/default-scenario';
import { createMayHaveArrived, draftScenario, type LocalScenario } from './local-scenarios';
import { deletedRecord } from './saved-scenarios';

const input = defaultScenario;

const at = '2026-01-02T03:04:05.000Z';

/** A save whose create went out with its key and was never answered. */
function unanswered(): LocalScenario {
  const draft = draftScenario('unanswered', input);
  return {
    ...draft,
    createSent: { title: draft.title, input: draft.input, updatedAt: draft.updatedAt },
  };
}

describe('deleting a saved scenario', () => {
  it('drops a save that was never sent: the server cannot hold it', () => {
    const draft = draftScenario('never sent', input);
    expect(createMayHaveArrived(draft)).toBe(false);
    expect(deletedRecord(draft, at)).toBeNull();
  });

  it('drops a save whose create the server refused (it stored nothing)', () => {
    const refused = { ...draftScenario('refused', input), syncError: 'title too long' };
    expect(deletedRecord(refused, at)).toBeNull();
  });

  it('keeps a tombstone for a save whose create was sent but not answered, with its key and content', () => {
    const record = unanswered();
    expect(createMayHaveArrived(record)).toBe(true);
    expect(deletedRecord(record, at)).toEqual({ ...record, pending: 'delete', updatedAt: at });
  });

  it('keeps a tombstone for a save the server confirmed, and drops its conflict', () => {
    const synced: LocalScenario = {
      ...draftScenario('synced', input),
      serverId: 'U2NlbmFyaW86MQ',
      version: 2,
      pending: null,
      conflict: { title: 'theirs', input, version: 3 },
    };
    expect(createMayHaveArrived(synced)).toBe(false);
    expect(deletedRecord(synced, at)).toEqual({
      ...synced,
      pending: 'delete',
      conflict: null,
      updatedAt: at,
    });
  });

  it('drops a save queued by an older app (no key): nothing to ask the server with', () => {
    const { clientRequestId: _key, ...older } = unanswered();
    expect(deletedRecord(older, at)).toBeNull();
  });
});
