/**
 * A server that never answers (a loopback socket that accepts and stays silent, as a server
 * behind a broken network would): the app says so within its time limit instead of waiting,
 * offers to retry, and what works on the phone keeps working.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { browserForSuite, describeInBrowser, newPhone } from './phone';

jest.setTimeout(120_000);

describeInBrowser('a server that cannot be reached', () => {
  const suite = browserForSuite();
  let silent: Server;
  const sockets = new Set<Socket>();
  let api = '';

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    api = `http://127.0.0.1:${address.port}/graphql`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('a shared link says the server cannot be reached, offers Retry, and the calculator still answers', async () => {
    const phone = await newPhone(suite.browser, 'light', 'en-US', api);
    const page = await phone.newPage();
    await page.goto('/s/some-shared-link');
    await page.getByText('Opening the shared scenario…').waitFor();
    // Within the app's 10 s limit, not after minutes.
    await page
      .getByTestId('link-failed')
      .filter({ hasText: 'The belowzero server cannot be reached right now.' })
      .waitFor({ timeout: 20_000 });
    await page.getByTestId('connection').filter({ hasText: 'Server unreachable' }).waitFor();
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Opening the shared scenario…').waitFor();
    // Its requests hang on the silent server; closing the tab frees the browser's connections.
    await page.close();

    // Everything that works on the phone works: the quick check answers.
    const calculator = await phone.newPage();
    await calculator.goto('/');
    await calculator.getByTestId('liquidation-price').filter({ hasText: '25,100.40' }).waitFor();

    // A save is kept on the phone; its sync does not wait forever: the list says why it waits.
    await calculator.getByRole('button', { name: 'Save scenario' }).click();
    await calculator.goto('/scenarios');
    await calculator
      .getByTestId('sync-state')
      .filter({ hasText: 'Waiting to sync: the server cannot be reached' })
      .waitFor({ timeout: 60_000 });
    await phone.close();
  });
});
