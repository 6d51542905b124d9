import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import type { UpdateRequestBody } from '../../src/cloudron/api.ts';
import { CloudronClient } from '../../src/cloudron/client.ts';
import { CloudronUpdateError, updateApps } from '../../src/cloudron/deploy.ts';
import { InputError, ServiceError } from '../../src/errors.ts';
import { NEW_IMAGE, packageManifest, setup, virtualClock, type Setup } from './helpers.ts';

let current: Setup | undefined;
const servers: http.Server[] = [];

async function start(options: Parameters<typeof setup>[0] = {}): Promise<Setup> {
  current = await setup(options);
  return current;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (!current) return;
  expect(current.fake.violations).toEqual([]);
  await current.fake.close();
  current = undefined;
});

/** A server that is not Cloudron: answers every request with `status` and `body`. */
async function otherServer(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Promise<URL> {
  const server = http.createServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

const UPDATE: UpdateRequestBody = {
  manifest: { ...packageManifest('1.4.0'), dockerImage: NEW_IMAGE },
  skipBackup: false,
  force: false,
};

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('reads', () => {
  test('lists and reads apps and tasks with a bearer token, never a query token', async () => {
    const { fake, client } = await start();
    const apps = await client.listApps();
    expect(
      apps.map((app) => [app.id, app.fqdn, app.installationState, app.manifest.version]),
    ).toEqual([
      ['app-auth', 'auth.example.com', 'installed', '1.3.0'],
      ['app-sso', 'sso.example.org', 'installed', '1.3.0'],
    ]);
    const taskId = fake.startTask('app-auth');
    const app = await client.getApp('app-auth');
    expect(app).toMatchObject({
      taskId,
      installationState: 'pending_backup',
      health: 'healthy',
      runState: 'running',
    });
    expect(await client.getTask(taskId)).toMatchObject({
      id: taskId,
      active: true,
      pending: true,
      message: 'Queued',
    });
    expect(fake.requests.every((r) => r.query === '')).toBe(true);
  });

  test('a 500 is retried with backoff, and gives up after the last attempt', async () => {
    const { fake, client, clock } = await start({ maxAttempts: 4 });
    fake.faults.serverErrors(3, '/api/v1/apps');
    expect(await client.listApps()).toHaveLength(2);
    expect(clock.slept).toEqual([1000, 2000, 4000]);

    fake.faults.serverErrors(4, '/api/v1/apps');
    const error = await failure(client.listApps());
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toBe(
      `Cloudron ${fake.url.host} GET /api/v1/apps: HTTP 500 on each of 4 attempts; check that ${fake.url.host} is up and reachable, then rerun`,
    );
  });

  test('a dropped connection and an answer that never comes are retried', async () => {
    const { fake, client, logger } = await start({ requestTimeoutMs: 300 });
    fake.faults.dropNext('/api/v1/apps/app-auth');
    fake.faults.stallNext('/api/v1/apps/app-auth');
    expect((await client.getApp('app-auth')).id).toBe('app-auth');
    expect(fake.requests.map((r) => r.outcome)).toEqual(['dropped', 'stalled', 200]);
    expect(logger.lines).toEqual([
      'debug: Cloudron GET /api/v1/apps/app-auth: connection dropped (UND_ERR_SOCKET); retrying in 1s (attempt 2 of 5)',
      'debug: Cloudron GET /api/v1/apps/app-auth: no answer within 300ms; retrying in 2s (attempt 3 of 5)',
    ]);
  });

  test('refusals are not retried', async () => {
    const { fake, client } = await start();
    const error = await failure(client.getApp('app-gone'));
    expect(error.message).toContain('GET /api/v1/apps/app-gone: not found (HTTP 404)');
    expect(fake.requests).toHaveLength(1);
  });

  test('an unreachable Cloudron is named, with what happened', async () => {
    const url = await otherServer(200, '');
    const closed = servers.pop()!;
    await new Promise((resolve) => closed.close(resolve));
    const client = new CloudronClient({
      url,
      token: 't0k3n-unreachable',
      clock: virtualClock(),
      maxAttempts: 2,
    });
    const error = await failure(client.listApps());
    expect(error.message).toBe(
      `Cloudron ${url.host} GET /api/v1/apps: connection refused on each of 2 attempts; check that ${url.host} is up and reachable, then rerun`,
    );
  });

  test('a server that is not Cloudron, or redirects, is reported without following it', async () => {
    const html = await otherServer(200, '<html>login</html>', { 'Content-Type': 'text/html' });
    const client = new CloudronClient({ url: html, token: 't0k3n', clock: virtualClock() });
    expect((await failure(client.listApps())).message).toBe(
      `Cloudron ${html.host} answered GET /api/v1/apps with no \`apps\` list; check that cloudron-url is the Cloudron dashboard address`,
    );
    const moved = await otherServer(301, '', { Location: 'https://elsewhere.example/' });
    const redirected = new CloudronClient({ url: moved, token: 't0k3n', clock: virtualClock() });
    expect((await failure(redirected.listApps())).message).toContain(
      'answered with a redirect (HTTP 301)',
    );
  });
});

describe('the address', () => {
  test('plain http to a host that is not loopback is refused before any request', async () => {
    const { fake, clock, logger } = await start();
    const make = () =>
      new CloudronClient({
        url: new URL('http://cloudron.example.com/'),
        token: fake.token,
        clock,
        logger,
      });
    expect(make).toThrow(InputError);
    expect(make).toThrow("Input 'cloudron-url': uses http:// for cloudron.example.com");
    expect(fake.requests).toEqual([]);
  });
});

describe('updateApp', () => {
  test('answers the task id', async () => {
    const { fake, client } = await start();
    expect(await client.updateApp('app-auth', UPDATE)).toEqual({ taskId: '101', recovered: false });
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test.each(['drop', 'stall', '500'] as const)(
    'an answer lost after the update started (%s) is recovered from the app, not asked again',
    async (how) => {
      const { fake, client, logger } = await start({ requestTimeoutMs: 300 });
      fake.faults.loseUpdateAnswer('app-auth', how);
      expect(await client.updateApp('app-auth', UPDATE)).toEqual({
        taskId: '101',
        recovered: true,
      });
      expect(fake.updatePosts('app-auth')).toBe(1);
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(logger.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
    },
  );

  test.each([
    ['a 500', (s: Setup) => s.fake.faults.serverErrors(1, '/api/v1/apps/app-auth/update')],
    ['a dropped connection', (s: Setup) => s.fake.faults.dropNext('/api/v1/apps/app-auth/update')],
  ])(
    '%s before the update started: the app shows no task, so it is asked again once',
    async (_, inject) => {
      const setupResult = await start();
      inject(setupResult);
      const { fake, client } = setupResult;
      expect(await client.updateApp('app-auth', UPDATE)).toEqual({
        taskId: '101',
        recovered: true,
      });
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
      expect(fake.updatePosts('app-auth')).toBe(1);
    },
  );

  test('an update that finished before its lost answer could be recovered needs no task', async () => {
    const { fake, client } = await start();
    fake.faults.finishUpdatesAtOnce('app-auth');
    fake.faults.loseUpdateAnswer('app-auth');
    expect(await client.updateApp('app-auth', UPDATE)).toEqual({
      taskId: undefined,
      recovered: true,
    });
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('a lost answer, then an app about to start a task it does not name yet: nothing to follow yet', async () => {
    const { fake, client } = await start();
    fake.faults.loseUpdateAnswer('app-auth');
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => ({ ...(await getApp(id)), taskId: undefined });
    expect(await client.updateApp('app-auth', UPDATE)).toEqual({
      taskId: undefined,
      recovered: true,
    });
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('a lost answer, then 409 from the second request: the app is followed, or the refusal reported', async () => {
    const { fake, client } = await start();
    // Somebody starts a task between the lost request and the second one.
    fake.faults.dropNext('/api/v1/apps/app-auth/update');
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => {
      const app = await getApp(id);
      if (fake.app(id).taskId === undefined && fake.app(id).installationState === 'installed') {
        fake.startTask(id);
      }
      return app;
    };
    expect(await client.updateApp('app-auth', UPDATE)).toEqual({ taskId: '101', recovered: true });
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.outcome)).toEqual([
      'dropped',
      409,
    ]);

    // The same, but the app is left in an error state Cloudron will not update from.
    fake.faults.dropNext('/api/v1/apps/app-sso/update');
    client.getApp = async (id) => {
      const app = await getApp(id);
      fake.app(id).installationState = 'error';
      return app;
    };
    const error = await failure(client.updateApp('app-sso', UPDATE));
    expect((error as ServiceError).status).toBe(409);
    expect(error.message).toContain('refused (HTTP 409)');
  });

  test('a Cloudron failing every update request gives up without starting one', async () => {
    const { fake, client } = await start({ maxAttempts: 3 });
    fake.faults.serverErrors(10, '/api/v1/apps/app-auth/update');
    const error = await failure(client.updateApp('app-auth', UPDATE));
    expect(error.message).toContain(
      'POST /api/v1/apps/app-auth/update: HTTP 500 on each of 3 attempts',
    );
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test('a busy app answers 409, which is not retried', async () => {
    const { fake, client } = await start();
    fake.startTask('app-auth');
    const error = await failure(client.updateApp('app-auth', UPDATE));
    expect((error as ServiceError).status).toBe(409);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('the token', () => {
  test('appears in no log line, error or result, even when the server echoes it', async () => {
    const { fake, client, clock, logger } = await start({ requestTimeoutMs: 300 });
    const token = fake.token;
    const seen: string[] = [];
    const request = {
      apps: ['app-auth', 'app-sso'],
      manifest: packageManifest('1.4.0'),
      dockerImage: NEW_IMAGE,
      packageVersion: '1.4.0',
      skipBackup: false,
      force: false,
      timeoutMs: 60_000,
      waitHealthy: true,
    };
    fake.faults.serverErrors(1, '/api/v1/tasks/');
    fake.faults.loseUpdateAnswer('app-auth', 'stall');
    fake.faults.failNextUpdate('app-sso', `registry refused Bearer ${token}\n::add-mask::x`);
    const error = await failure(updateApps(request, { client, clock, logger }));
    expect(error).toBeInstanceOf(CloudronUpdateError);
    expect(error.message).toContain('registry refused Bearer *** ::add-mask::x');
    seen.push(
      error.message,
      String(error.stack),
      JSON.stringify((error as CloudronUpdateError).results),
    );

    for (const wrong of [`${token}-old`, fake.readOnlyToken]) {
      const other = new CloudronClient({ url: fake.url, token: wrong, clock, logger });
      const refused = await failure(updateApps(request, { client: other, clock, logger }));
      seen.push(refused.message, String(refused.stack));
      expect(refused.message).not.toContain(wrong);
    }
    seen.push(...logger.lines);
    expect(seen.filter((text) => text.includes(token))).toEqual([]);
    expect(logger.lines.every((line) => !line.includes('\n'))).toBe(true);
  });
});

describe('a logger is optional', () => {
  test('retries still happen without one', async () => {
    const { fake } = await start();
    fake.faults.serverErrors(1, '/api/v1/apps');
    const client = new CloudronClient({ url: fake.url, token: fake.token, clock: virtualClock() });
    expect(await client.listApps()).toHaveLength(2);
    expect(fake.requests.map((r) => r.outcome)).toEqual([500, 200]);
  });
});
