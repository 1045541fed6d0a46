/**
 * Devices and saved scenarios over real HTTP against a real API process and database:
 * every scenario query and mutation, ownership, sharing, forking, optimistic concurrency,
 * idempotent creates and pagination.
 */
import { randomUUID } from 'node:crypto';
import { type ApiClient, errorCodes as codes, mainApi } from './support/client';
import { btcLong, CREATE_SCENARIO, SCENARIO_FIELDS, UPDATE_SCENARIO } from './support/fixtures';

const api: ApiClient = mainApi();
let alice: string;
let bob: string;

async function newDevice(): Promise<string> {
  const { status, body } = await api.graphql({
    query: 'mutation { createDevice { token device { id createdAt } userErrors { code } } }',
  });
  expect(status).toBe(200);
  expect(body.data.createDevice.userErrors).toEqual([]);
  return body.data.createDevice.token as string;
}

async function create(token: string, title: string, inputs: unknown = btcLong) {
  const { body } = await api.graphql(
    { query: CREATE_SCENARIO, variables: { input: { title, inputs } } },
    { token },
  );
  return body.data.createScenario;
}

beforeAll(async () => {
  alice = await newDevice();
  bob = await newDevice();
});

describe('devices', () => {
  test('a token is shown once, is unguessable and authenticates the device', async () => {
    expect(alice).toMatch(/^bzd_[A-Za-z0-9_-]{43}$/);
    expect(alice).not.toBe(bob);
    const { body } = await api.graphql({ query: '{ viewer { device { id } } }' }, { token: alice });
    expect(body.data.viewer.device.id).toEqual(expect.any(String));
  });

  test('viewer without a token is UNAUTHENTICATED; a wrong token is refused with 401', async () => {
    const anonymous = await api.graphql({ query: '{ viewer { device { id } } }' });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const wrong = await api.graphql(
      { query: '{ viewer { device { id } } }' },
      { token: 'bzd_' + 'x'.repeat(43) },
    );
    expect(wrong.status).toBe(401);
    expect(codes(wrong.body)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
  });

  test('saving needs a device', async () => {
    const { body } = await api.graphql({
      query: CREATE_SCENARIO,
      variables: { input: { title: 't', inputs: btcLong } },
    });
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('saving and reading', () => {
  test('createScenario stores the validated inputs exactly and starts at version 1', async () => {
    const payload = await create(alice, '  BTC 10x long  ');
    expect(payload.userErrors).toEqual([]);
    const s = payload.scenario;
    expect(s).toMatchObject({
      title: 'BTC 10x long',
      version: 1,
      schemaVersion: 1,
      viewerIsOwner: true,
      isFork: false,
      share: null,
    });
    expect(s.inputs.account.positions[0]).toEqual({
      asset: 'BTC',
      instrument: 'LINEAR',
      side: 'LONG',
      entryPrice: '60000',
      size: '0.1',
      leverage: '10',
      marginMode: 'ISOLATED',
      stopLoss: null,
    });
    const read = await api.graphql(
      {
        query: `query($id: ID!) { scenario(id: $id) { ...S } } ${SCENARIO_FIELDS}`,
        variables: { id: s.id },
      },
      { token: alice },
    );
    expect(read.body.data.scenario).toEqual(s);
    const node = await api.graphql(
      {
        query: `query($id: ID!) { node(id: $id) { id ... on Scenario { title } } }`,
        variables: { id: s.id },
      },
      { token: alice },
    );
    expect(node.body.data.node).toEqual({ id: s.id, title: 'BTC 10x long' });
  });

  test('invalid inputs come back as userErrors naming the field, and nothing is stored', async () => {
    const before = await api.graphql(
      { query: '{ viewer { scenarios(first: 100) { edges { cursor } } } }' },
      { token: bob },
    );
    const badPrice = structuredClone(btcLong);
    badPrice.account.positions[0]!.entryPrice = '-5';
    const negative = await create(bob, 'bad', badPrice);
    expect(negative.scenario).toBeNull();
    expect(negative.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'inputs', 'account', 'positions', '0', 'entryPrice'],
        code: 'POSITIVE',
      }),
    ]);

    const unknownExchange = await create(bob, 'bad', { ...btcLong, exchange: 'no-such-exchange' });
    expect(unknownExchange.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'inputs', 'exchange'], code: 'UNKNOWN_EXCHANGE' }),
    ]);

    const tooMuchLeverage = structuredClone(btcLong);
    tooMuchLeverage.account.positions[0]!.leverage = '500';
    const leverage = await create(bob, 'bad', tooMuchLeverage);
    expect(leverage.userErrors[0].field).toEqual([
      'input',
      'inputs',
      'account',
      'positions',
      '0',
      'leverage',
    ]);

    const emptyTitle = await create(bob, '   ');
    expect(emptyTitle.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'NON_EMPTY' }),
    ]);
    const longTitle = await create(bob, 'x'.repeat(201));
    expect(longTitle.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'TOO_LONG' }),
    ]);

    const after = await api.graphql(
      { query: '{ viewer { scenarios(first: 100) { edges { cursor } } } }' },
      { token: bob },
    );
    expect(after.body.data.viewer.scenarios.edges).toEqual(before.body.data.viewer.scenarios.edges);
  });
});

describe('idempotent creates (clientRequestId)', () => {
  const createWithKey = async (token: string, input: Record<string, unknown>) =>
    (await api.graphql({ query: CREATE_SCENARIO, variables: { input } }, { token })).body.data
      .createScenario;
  const titles = async (token: string): Promise<string[]> =>
    (
      await api.graphql(
        { query: '{ viewer { scenarios(first: 100) { edges { node { title } } } } }' },
        { token },
      )
    ).body.data.viewer.scenarios.edges.map((e: { node: { title: string } }) => e.node.title);

  /** The answer refusing a clientRequestId, naming the field. */
  const keyRefused = (code: string, message: string) => ({
    scenario: null,
    userErrors: [
      { field: ['input', 'clientRequestId'], code, message: expect.stringContaining(message) },
    ],
  });

  test('a repeat with the same key returns the scenario the first call saved, as it is now; one row', async () => {
    const token = await newDevice();
    const clientRequestId = randomUUID();
    const first = await createWithKey(token, { title: 'once', inputs: btcLong, clientRequestId });
    expect(first.userErrors).toEqual([]);
    const again = await createWithKey(token, { title: 'once', inputs: btcLong, clientRequestId });
    expect(again).toEqual(first);
    expect(await titles(token)).toEqual(['once']);

    // Edited since: the repeat still names the original request and gets the current row.
    await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: first.scenario.id, version: 1, title: 'renamed' } },
      },
      { token },
    );
    const late = await createWithKey(token, { title: ' once ', inputs: btcLong, clientRequestId });
    expect(late.userErrors).toEqual([]);
    expect(late.scenario).toMatchObject({ id: first.scenario.id, title: 'renamed', version: 2 });
    expect(await titles(token)).toEqual(['renamed']);

    // Without a key every call saves a new scenario, as before.
    await createWithKey(token, { title: 'no key', inputs: btcLong });
    await createWithKey(token, { title: 'no key', inputs: btcLong });
    expect((await titles(token)).sort()).toEqual(['no key', 'no key', 'renamed']);
  });

  test('the same key with another title or other inputs is IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    const token = await newDevice();
    const clientRequestId = randomUUID();
    const first = await createWithKey(token, {
      title: 'original',
      inputs: btcLong,
      clientRequestId,
    });
    const otherInputs = structuredClone(btcLong);
    otherInputs.account.positions[0]!.leverage = '20';
    for (const input of [
      { title: 'other title', inputs: btcLong, clientRequestId },
      { title: 'original', inputs: otherInputs, clientRequestId },
    ]) {
      const reused = await createWithKey(token, input);
      expect(reused).toEqual(keyRefused('IDEMPOTENCY_KEY_REUSED', 'clientRequestId'));
    }
    expect(await titles(token)).toEqual(['original']);
    const stored = await api.graphql(
      {
        query: `query($id: ID!) { scenario(id: $id) { ...S } } ${SCENARIO_FIELDS}`,
        variables: { id: first.scenario.id },
      },
      { token },
    );
    expect(stored.body.data.scenario).toEqual(first.scenario);
  });

  test("keys are per device: another device's same key saves its own scenario and sees nothing of the first", async () => {
    const [one, two] = [await newDevice(), await newDevice()];
    const clientRequestId = randomUUID();
    const mine = await createWithKey(one, {
      title: 'shared key',
      inputs: btcLong,
      clientRequestId,
    });
    const theirs = await createWithKey(two, {
      title: 'other content',
      inputs: btcLong,
      clientRequestId,
    });
    expect(theirs.userErrors).toEqual([]);
    expect(theirs.scenario.id).not.toBe(mine.scenario.id);
    expect(theirs.scenario).toMatchObject({ title: 'other content', viewerIsOwner: true });
    expect(await titles(one)).toEqual(['shared key']);
    expect(await titles(two)).toEqual(['other content']);
  });

  test('8 concurrent requests with one key store exactly one scenario and all answer with it', async () => {
    const token = await newDevice();
    const clientRequestId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        createWithKey(token, { title: 'raced', inputs: btcLong, clientRequestId }),
      ),
    );
    for (const answer of answers) expect(answer.userErrors).toEqual([]);
    expect(new Set(answers.map((answer) => answer.scenario.id)).size).toBe(1);
    expect(await titles(token)).toEqual(['raced']);
  });

  test.each([
    ['too short', 'abc123'],
    ['15 characters', 'a'.repeat(15)],
    ['65 characters', 'a'.repeat(65)],
    ['a space', 'abcdefgh ijklmnop'],
    ['a dot', 'abcdefgh.ijklmnop'],
    ['empty', ''],
  ])(
    'a key that is %s is IDEMPOTENCY_KEY_FORMAT naming input.clientRequestId; nothing saved',
    async (_, clientRequestId) => {
      const token = await newDevice();
      const answer = await createWithKey(token, {
        title: 'bad key',
        inputs: btcLong,
        clientRequestId,
      });
      expect(answer).toEqual(keyRefused('IDEMPOTENCY_KEY_FORMAT', '16 to 64'));
      expect(await titles(token)).toEqual([]);
    },
  );

  test('keys of 16 and 64 characters of [A-Za-z0-9_-] are accepted', async () => {
    const token = await newDevice();
    for (const clientRequestId of ['aB3_-'.padEnd(16, 'x'), 'Z9'.padEnd(64, '-')]) {
      const answer = await createWithKey(token, {
        title: clientRequestId,
        inputs: btcLong,
        clientRequestId,
      });
      expect(answer.userErrors).toEqual([]);
    }
  });
});

describe('ownership', () => {
  test('another device cannot read, change, delete, share or list a private scenario', async () => {
    const { scenario } = await create(alice, 'private');
    const id = scenario.id as string;
    const read = await api.graphql(
      { query: 'query($id: ID!) { scenario(id: $id) { title } }', variables: { id } },
      { token: bob },
    );
    expect(codes(read.body)).toEqual(['FORBIDDEN']);
    expect(read.body.data).toBeNull();
    const viaNode = await api.graphql(
      { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } },
      { token: bob },
    );
    expect(codes(viaNode.body)).toEqual(['FORBIDDEN']);
    const update = await api.graphql(
      { query: UPDATE_SCENARIO, variables: { input: { id, version: 1, title: 'mine now' } } },
      { token: bob },
    );
    expect(codes(update.body)).toEqual(['FORBIDDEN']);
    // A blank title changes nothing: whose the scenario is is still decided first.
    const blank = await api.graphql(
      { query: UPDATE_SCENARIO, variables: { input: { id, version: 1, title: ' ' } } },
      { token: bob },
    );
    expect(codes(blank.body)).toEqual(['FORBIDDEN']);
    for (const mutation of ['deleteScenario', 'shareScenario', 'revokeShare']) {
      const result = await api.graphql(
        {
          query: `mutation($id: ID!) { ${mutation}(input: { id: $id }) { userErrors { code } } }`,
          variables: { id },
        },
        { token: bob },
      );
      expect(codes(result.body)).toEqual(['FORBIDDEN']);
    }
    const list = await api.graphql(
      { query: '{ viewer { scenarios(first: 100) { edges { node { id } } } } }' },
      { token: bob },
    );
    expect(
      list.body.data.viewer.scenarios.edges.map((e: { node: { id: string } }) => e.node.id),
    ).not.toContain(id);
    // ... and the scenario is untouched.
    const mine = await api.graphql(
      {
        query: 'query($id: ID!) { scenario(id: $id) { title version share { slug } } }',
        variables: { id },
      },
      { token: alice },
    );
    expect(mine.body.data.scenario).toEqual({ title: 'private', version: 1, share: null });
  });

  test('unknown and malformed ids are NOT_FOUND', async () => {
    for (const id of [
      'nonsense',
      Buffer.from('Scenario:00000000-0000-0000-0000-000000000000').toString('base64url'),
      Buffer.from('Planet:1').toString('base64url'),
    ]) {
      const { body } = await api.graphql(
        { query: 'query($id: ID!) { scenario(id: $id) { id } }', variables: { id } },
        { token: alice },
      );
      expect(codes(body)).toEqual(['NOT_FOUND']);
    }
    const node = await api.graphql({ query: '{ node(id: "bm9wZQ") { id } }' }, { token: alice });
    expect(codes(node.body)).toEqual(['NOT_FOUND']);
  });
});

describe('titles', () => {
  test('count characters as a reader does, and a title of nothing visible is empty', async () => {
    // A family emoji is one character on screen and 8 UTF-16 code units.
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(family.length).toBe(8);
    const fits = await create(alice, family.repeat(200));
    expect(fits.userErrors).toEqual([]);
    expect(fits.scenario.title).toBe(family.repeat(200));
    const tooLong = await create(alice, family.repeat(201));
    expect(tooLong.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'TOO_LONG' }),
    ]);
    // Zero-width space, zero-width joiner, word joiner and a no-break space: nothing to read.
    const invisible = await create(alice, '\u200B\u200D\u2060\u00A0');
    expect(invisible.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'NON_EMPTY' }),
    ]);
  });
});

describe('updates', () => {
  test('an edit that changes nothing keeps the version', async () => {
    const { scenario } = await create(alice, 'same');
    const same = await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: scenario.id, version: 1, title: 'same', inputs: btcLong } },
      },
      { token: alice },
    );
    expect(same.body.data.updateScenario.scenario).toMatchObject({ title: 'same', version: 1 });
    const renamed = await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: scenario.id, version: 1, title: 'new' } },
      },
      { token: alice },
    );
    expect(renamed.body.data.updateScenario.scenario).toMatchObject({ title: 'new', version: 2 });
  });

  test('an update from the current version applies and bumps the version; a stale one is a CONFLICT', async () => {
    const { scenario } = await create(alice, 'v1');
    const first = await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: scenario.id, version: 1, title: 'v2' } },
      },
      { token: alice },
    );
    expect(first.body.data.updateScenario.scenario).toMatchObject({ title: 'v2', version: 2 });
    const stale = await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: scenario.id, version: 1, title: 'lost?' } },
      },
      { token: alice },
    );
    expect(codes(stale.body)).toEqual(['CONFLICT']);
    expect(stale.body.errors[0].extensions.currentVersion).toBe(2);

    const changed = structuredClone(btcLong);
    changed.account.positions[0]!.leverage = '20';
    const inputs = await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: scenario.id, version: 2, inputs: changed } },
      },
      { token: alice },
    );
    expect(inputs.body.data.updateScenario.scenario.version).toBe(3);
    expect(inputs.body.data.updateScenario.scenario.inputs.account.positions[0].leverage).toBe(
      '20',
    );
    expect(inputs.body.data.updateScenario.scenario.title).toBe('v2');

    const invalid = structuredClone(btcLong);
    invalid.account.positions[0]!.size = '-3';
    const rejected = await api.graphql(
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: scenario.id, version: 3, inputs: invalid } },
      },
      { token: alice },
    );
    expect(rejected.body.data.updateScenario.userErrors[0]).toMatchObject({
      field: ['input', 'inputs', 'account', 'positions', '0', 'size'],
    });
    const now = await api.graphql(
      {
        query: 'query($id: ID!) { scenario(id: $id) { version } }',
        variables: { id: scenario.id },
      },
      { token: alice },
    );
    expect(now.body.data.scenario.version).toBe(3);
  });

  test('concurrent updates from the same version: exactly one wins, the others get CONFLICT, nothing is lost', async () => {
    const { scenario } = await create(alice, 'race');
    const titles = ['a', 'b', 'c', 'd', 'e', 'f'];
    const results = await Promise.all(
      titles.map((title) =>
        api.graphql(
          { query: UPDATE_SCENARIO, variables: { input: { id: scenario.id, version: 1, title } } },
          { token: alice },
        ),
      ),
    );
    const winners = results.filter((r) => r.body.data?.updateScenario?.scenario);
    const conflicts = results.filter((r) => codes(r.body).includes('CONFLICT'));
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(titles.length - 1);
    const won = winners[0]!.body.data.updateScenario.scenario;
    expect(won.version).toBe(2);
    const stored = await api.graphql(
      {
        query: 'query($id: ID!) { scenario(id: $id) { title version } }',
        variables: { id: scenario.id },
      },
      { token: alice },
    );
    expect(stored.body.data.scenario).toEqual({ title: won.title, version: 2 });
  });

  test('deleteScenario removes it; deleting again is NOT_FOUND', async () => {
    const { scenario } = await create(alice, 'doomed');
    const del = `mutation($id: ID!) { deleteScenario(input: { id: $id }) { deletedScenarioId userErrors { code } } }`;
    const first = await api.graphql(
      { query: del, variables: { id: scenario.id } },
      { token: alice },
    );
    expect(first.body.data.deleteScenario).toEqual({
      deletedScenarioId: scenario.id,
      userErrors: [],
    });
    const again = await api.graphql(
      { query: del, variables: { id: scenario.id } },
      { token: alice },
    );
    expect(codes(again.body)).toEqual(['NOT_FOUND']);
  });
});

describe('sharing', () => {
  const share = `mutation($id: ID!) { shareScenario(input: { id: $id }) { scenario { share { slug active revokedAt } version } userErrors { code } } }`;
  const revoke = `mutation($id: ID!) { revokeShare(input: { id: $id }) { scenario { share { slug active revokedAt } } userErrors { code } } }`;
  const shared = `query($slug: String!) { sharedScenario(slug: $slug) { ...S } } ${SCENARIO_FIELDS}`;

  test('a share slug gives anyone read-only access until it is revoked, for good', async () => {
    const { scenario } = await create(alice, 'shared');
    const shared1 = await api.graphql(
      { query: share, variables: { id: scenario.id } },
      { token: alice },
    );
    const link = shared1.body.data.shareScenario.scenario.share;
    // 144 random bits in base64url; sharing does not bump the edit version.
    expect(link).toEqual({
      slug: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      active: true,
      revokedAt: null,
    });
    expect(shared1.body.data.shareScenario.scenario.version).toBe(1);
    const again = await api.graphql(
      { query: share, variables: { id: scenario.id } },
      { token: alice },
    );
    expect(again.body.data.shareScenario.scenario.share.slug).toBe(link.slug);

    for (const token of [undefined, bob]) {
      const view = await api.graphql({ query: shared, variables: { slug: link.slug } }, { token });
      expect(view.body.data.sharedScenario).toMatchObject({
        title: 'shared',
        viewerIsOwner: false,
        share: null,
      });
    }
    // Read-only: the slug does not let Bob edit it.
    const edit = await api.graphql(
      { query: UPDATE_SCENARIO, variables: { input: { id: scenario.id, version: 1, title: 'x' } } },
      { token: bob },
    );
    expect(codes(edit.body)).toEqual(['FORBIDDEN']);

    const revoked = await api.graphql(
      { query: revoke, variables: { id: scenario.id } },
      { token: alice },
    );
    expect(revoked.body.data.revokeShare.scenario.share).toMatchObject({
      slug: link.slug,
      active: false,
      revokedAt: expect.any(String),
    });
    const gone = await api.graphql({ query: shared, variables: { slug: link.slug } });
    expect(codes(gone.body)).toEqual(['NOT_FOUND']);

    // Sharing again makes a new slug; the revoked one stays dead.
    const reshared = await api.graphql(
      { query: share, variables: { id: scenario.id } },
      { token: alice },
    );
    const newSlug = reshared.body.data.shareScenario.scenario.share.slug;
    expect(newSlug).not.toBe(link.slug);
    expect(
      codes((await api.graphql({ query: shared, variables: { slug: link.slug } })).body),
    ).toEqual(['NOT_FOUND']);
    expect(
      (await api.graphql({ query: shared, variables: { slug: newSlug } })).body.data.sharedScenario
        .title,
    ).toBe('shared');
  });

  test("forkScenario copies a shared scenario into the forker's own; revoked or unknown slugs are NOT_FOUND", async () => {
    const { scenario } = await create(alice, 'original');
    const slug = (
      await api.graphql({ query: share, variables: { id: scenario.id } }, { token: alice })
    ).body.data.shareScenario.scenario.share.slug;
    const fork = `mutation($slug: String!) { forkScenario(input: { slug: $slug }) { scenario { ...S } userErrors { code } } } ${SCENARIO_FIELDS}`;
    const forked = await api.graphql({ query: fork, variables: { slug } }, { token: bob });
    const copy = forked.body.data.forkScenario.scenario;
    expect(copy).toMatchObject({
      title: 'original',
      version: 1,
      viewerIsOwner: true,
      isFork: true,
      share: null,
    });
    expect(copy.id).not.toBe(scenario.id);
    expect(copy.inputs).toEqual(scenario.inputs);
    const edited = await api.graphql(
      { query: UPDATE_SCENARIO, variables: { input: { id: copy.id, version: 1, title: "bob's" } } },
      { token: bob },
    );
    expect(edited.body.data.updateScenario.scenario.title).toBe("bob's");
    const original = await api.graphql(
      { query: 'query($id: ID!) { scenario(id: $id) { title } }', variables: { id: scenario.id } },
      { token: alice },
    );
    expect(original.body.data.scenario.title).toBe('original');

    await api.graphql({ query: revoke, variables: { id: scenario.id } }, { token: alice });
    expect(
      codes((await api.graphql({ query: fork, variables: { slug } }, { token: bob })).body),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        (await api.graphql({ query: fork, variables: { slug: 'A'.repeat(24) } }, { token: bob }))
          .body,
      ),
    ).toEqual(['NOT_FOUND']);
    expect(codes((await api.graphql({ query: fork, variables: { slug } })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('pagination of viewer.scenarios (newest first)', () => {
  let token: string;
  let titles: string[];
  const page = `query($first: Int, $after: String, $last: Int, $before: String) {
    viewer { scenarios(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
  const get = async (variables: Record<string, unknown>) =>
    (await api.graphql({ query: page, variables }, { token })).body;

  beforeAll(async () => {
    token = await newDevice();
    titles = [];
    for (let i = 1; i <= 5; i += 1) {
      await create(token, `s${i}`);
      titles.unshift(`s${i}`);
    }
  });

  test('first/after walks the list newest first and ends exactly', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const flags: [boolean, boolean][] = [];
    for (;;) {
      const body = await get({ first: 2, after });
      const connection = body.data.viewer.scenarios;
      seen.push(...connection.edges.map((e: { node: { title: string } }) => e.node.title));
      flags.push([connection.pageInfo.hasPreviousPage, connection.pageInfo.hasNextPage]);
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0].cursor);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(titles);
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  test('last/before walks backwards; a page of everything has no neighbours', async () => {
    const last2 = (await get({ last: 2 })).data.viewer.scenarios;
    expect(last2.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['s2', 's1']);
    expect(last2.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await get({ last: 2, before: last2.pageInfo.startCursor })).data.viewer
      .scenarios;
    expect(before.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      's4',
      's3',
    ]);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const all = (await get({ first: 100 })).data.viewer.scenarios;
    expect(all.edges).toHaveLength(5);
    expect(all.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
    const past = (await get({ first: 3, after: all.pageInfo.endCursor })).data.viewer.scenarios;
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  test.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ last: -1 }, 'last'],
    [{}, 'first'],
    [{ first: 1, last: 1 }, 'first'],
    [{ first: 1, after: 'not-a-cursor' }, 'after'],
    [{ last: 1, after: 'x' }, 'after'],
  ])('page arguments %j are BAD_USER_INPUT naming %s', async (variables, field) => {
    const body = await get(variables);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors[0].extensions.field).toBe(field);
  });
});
