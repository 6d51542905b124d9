import { afterEach, describe, expect, test } from 'vitest';
import { CloudronClient } from '../../src/cloudron/client.ts';
import {
  CloudronUpdateError,
  updateApps,
  type UpdateAppsRequest,
} from '../../src/cloudron/deploy.ts';
import { InputError, ServiceError, UserError } from '../../src/errors.ts';
import { NEW_IMAGE, packageManifest, setup, type Setup } from './helpers.ts';

let current: Setup | undefined;

async function start(): Promise<Setup> {
  current = await setup();
  return current;
}

afterEach(async () => {
  if (!current) return;
  // Every request and answer of every test fitted Cloudron's published API.
  expect(current.fake.violations).toEqual([]);
  await current.fake.close();
  current = undefined;
});

function request(apps: string[], overrides: Partial<UpdateAppsRequest> = {}): UpdateAppsRequest {
  return {
    apps,
    manifest: packageManifest('1.4.0'),
    dockerImage: NEW_IMAGE,
    packageVersion: '1.4.0',
    skipBackup: false,
    force: false,
    timeoutMs: 30 * 60_000,
    waitHealthy: true,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('updateApps', () => {
  test('updates two apps, one named by id and one by domain, in order', async () => {
    const { fake, client, clock, logger } = await start();
    const results = await updateApps(request(['app-sso', 'https://Auth.Example.com/']), {
      client,
      clock,
      logger,
    });

    expect(results).toEqual([
      {
        app: 'app-sso',
        id: 'app-sso',
        fqdn: 'sso.example.org',
        from: '1.3.0',
        to: '1.4.0',
        taskId: '101',
        status: 'updated',
        seconds: expect.any(Number),
      },
      {
        app: 'https://Auth.Example.com/',
        id: 'app-auth',
        fqdn: 'auth.example.com',
        from: '1.3.0',
        to: '1.4.0',
        taskId: '102',
        status: 'updated',
        seconds: expect.any(Number),
      },
    ]);
    expect(results[0]!.seconds).toBeGreaterThan(0);
    // In order: the second update was asked for only after the first app was verified.
    const posts = fake.requests.filter((r) => r.method === 'POST').map((r) => r.path);
    expect(posts).toEqual(['/api/v1/apps/app-sso/update', '/api/v1/apps/app-auth/update']);
    const firstPost = fake.requests.findIndex((r) => r.path === '/api/v1/apps/app-auth/update');
    expect(fake.requests.slice(0, firstPost).some((r) => r.path === '/api/v1/tasks/101')).toBe(
      true,
    );

    for (const { body } of fake.updateBodies) {
      expect(body).toEqual({
        manifest: { ...packageManifest('1.4.0'), dockerImage: NEW_IMAGE },
        skipBackup: false,
        force: false,
      });
    }
    for (const id of ['app-auth', 'app-sso']) {
      expect(fake.updatePosts(id)).toBe(1);
      expect(fake.app(id)).toMatchObject({
        installationState: 'installed',
        runState: 'running',
        health: 'healthy',
      });
      expect(fake.app(id).manifest['version']).toBe('1.4.0');
    }
    // Progress is logged as it changes, once per change.
    const progress = logger.lines.filter((line) =>
      line.startsWith('app sso.example.org: task 101:'),
    );
    expect(progress).toEqual([
      'app sso.example.org: task 101: queued Queued',
      'app sso.example.org: task 101: 10% Backing up',
      'app sso.example.org: task 101: 40% Downloading image',
      'app sso.example.org: task 101: 70% Updating addons',
      'app sso.example.org: task 101: 90% Starting app',
      'app sso.example.org: task 101: 100% Done',
    ]);
    // Polling backs off from 1 s to 5 s.
    expect(clock.slept.slice(0, 5)).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  test('a rerun leaves an app that already runs the new image alone', async () => {
    const { fake, client, clock, logger } = await start();
    await updateApps(request(['app-auth']), { client, clock, logger });
    const results = await updateApps(request(['app-auth', 'app-sso']), { client, clock, logger });
    expect(results.map((r) => [r.id, r.status, r.from])).toEqual([
      ['app-auth', 'unchanged', '1.4.0'],
      ['app-sso', 'updated', '1.3.0'],
    ]);
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('after the update only the version is checked: Cloudron may write the image its own way', async () => {
    const { fake, client, clock, logger } = await start();
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => {
      const app = await getApp(id);
      return {
        ...app,
        manifest: { ...app.manifest, dockerImage: 'registry-1.docker.io/x/y:1.4.0' },
      };
    };
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result!.status).toBe('updated');
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('an update that succeeds yet leaves the old version is an error', async () => {
    const { fake, client, clock, logger } = await start();
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => {
      const app = await getApp(id);
      return { ...app, manifest: { ...app.manifest, version: '1.3.0' } };
    };
    const error = await failure(updateApps(request(['app-auth']), { client, clock, logger }));
    expect(error.message).toContain(
      'the update finished, yet the app runs version 1.3.0 instead of 1.4.0',
    );
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test.each([
    [{ runState: 'stopped' }, 'the app is stopped after the update; start it in the dashboard'],
    [{ installationState: 'error' }, 'after the update the app is in state error, not installed'],
  ])('an app that is not running after the update (%j) is an error', async (state, message) => {
    const { fake, client, clock, logger } = await start();
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => {
      const app = await getApp(id);
      return fake.updatePosts(id) === 0 ? app : { ...app, ...state };
    };
    const error = await failure(updateApps(request(['app-auth']), { client, clock, logger }));
    expect(error.message).toContain(message);
  });

  test('skipBackup and force reach Cloudron, and no backup step runs', async () => {
    const { fake, client, clock, logger } = await start();
    await updateApps(request(['app-auth'], { skipBackup: true, force: true }), {
      client,
      clock,
      logger,
    });
    expect(fake.updateBodies[0]!.body).toMatchObject({ skipBackup: true, force: true });
    expect(logger.lines.some((line) => line.includes('Backing up'))).toBe(false);
  });

  test("the canary's task fails: the error carries its message and the second app is not touched", async () => {
    const { fake, client, clock, logger } = await start();
    fake.faults.failNextUpdate('app-auth', 'Could not pull image: manifest unknown');
    const error = await failure(
      updateApps(request(['auth.example.com', 'app-sso']), { client, clock, logger }),
    );

    expect(error).toBeInstanceOf(CloudronUpdateError);
    expect(error.message).toContain('app auth.example.com');
    expect(error.message).toContain('Could not pull image: manifest unknown');
    expect(error.message).toContain('1 later app not updated');
    expect((error as CloudronUpdateError).results.map((r) => [r.id, r.status, r.taskId])).toEqual([
      ['app-auth', 'failed', '101'],
      ['app-sso', 'skipped', null],
    ]);
    expect(fake.updatePosts('app-sso')).toBe(0);
    expect(fake.requests.some((r) => r.path.includes('app-sso'))).toBe(false);
    expect(fake.app('app-sso').manifest['version']).toBe('1.3.0');
  });

  test('a busy app is waited for, then updated', async () => {
    const { fake, client, clock, logger } = await start();
    const backup = fake.startTask('app-auth', { state: 'pending_backup', steps: 3 });
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });

    expect(result).toMatchObject({ status: 'updated', taskId: String(Number(backup) + 1) });
    expect(fake.updatePosts('app-auth')).toBe(1);
    expect(logger.lines).toContain(
      `app auth.example.com: busy (state pending_backup, task ${backup}); waiting for it to finish`,
    );
    // Nothing was posted while the backup ran.
    const post = fake.requests.findIndex((r) => r.method === 'POST');
    const backupDone = fake.requests.findLastIndex((r) => r.path === `/api/v1/tasks/${backup}`);
    expect(backupDone).toBeLessThan(post);
  });

  test('an app that becomes busy just before the update (409) is waited for, then updated', async () => {
    const { fake, client, clock, logger } = await start();
    // The backup starts between the read of the app and the update request.
    const getApp = client.getApp.bind(client);
    let reads = 0;
    client.getApp = async (id) => {
      const app = await getApp(id);
      if (++reads === 1) fake.startTask('app-auth', { steps: 1 });
      return app;
    };
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result!.status).toBe('updated');
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.outcome)).toEqual([
      409, 202,
    ]);
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('an app in a pending state without a task yet is looked at again until it settles', async () => {
    const { fake, client, clock, logger } = await start();
    fake.app('app-auth').installationState = 'pending_start';
    let reads = 0;
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => {
      if (++reads === 3) fake.app(id).installationState = 'installed';
      return getApp(id);
    };
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result!.status).toBe('updated');
    expect(clock.slept.slice(0, 2)).toEqual([1000, 2000]);
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('an app still showing a task that has ended is looked at later, not hammered', async () => {
    const { fake, client, clock, logger } = await start();
    const stale = fake.startTask('app-auth', { steps: 0 });
    // The server keeps naming the ended task for two more reads.
    let staleReads = 0;
    const getApp = client.getApp.bind(client);
    client.getApp = async (id) => {
      const app = await getApp(id);
      if (app.taskId === undefined && staleReads < 2 && fake.updatePosts(id) === 0) {
        staleReads += 1;
        return { ...app, taskId: stale, installationState: 'pending_backup' };
      }
      return app;
    };
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result!.status).toBe('updated');
    expect(fake.requests.filter((r) => r.path === `/api/v1/tasks/${stale}`)).toHaveLength(2);
  });

  test('a pending state that never settles fails at the timeout', async () => {
    const { fake, client, clock, logger } = await start();
    fake.app('app-auth').installationState = 'pending_start';
    const error = await failure(
      updateApps(request(['app-auth'], { timeoutMs: 20_000 }), { client, clock, logger }),
    );
    expect(error.message).toContain('the app is still in state pending_start after 20s');
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test('a 500 and a dropped connection while polling are retried', async () => {
    const { fake, client, clock, logger } = await start();
    fake.faults.serverErrors(2, '/api/v1/tasks/');
    fake.faults.dropNext('/api/v1/tasks/');
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result!.status).toBe('updated');
    const taskReads = fake.requests
      .filter((r) => r.path === '/api/v1/tasks/101')
      .map((r) => r.outcome);
    expect(taskReads.slice(0, 4)).toEqual([500, 500, 'dropped', 200]);
    expect(fake.updatePosts('app-auth')).toBe(1);
  });

  test('an update whose answer is lost does not start a second update', async () => {
    const { fake, client, clock, logger } = await start();
    fake.faults.loseUpdateAnswer('app-auth', 'drop');
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result).toMatchObject({ status: 'updated', taskId: '101' });
    expect(fake.updatePosts('app-auth')).toBe(1);
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.outcome)).toEqual([
      'dropped',
    ]);
    expect(fake.app('app-auth').manifest['version']).toBe('1.4.0');
  });

  test('an app that never turns healthy fails at the timeout', async () => {
    const { fake, client, clock, logger } = await start();
    fake.faults.healthyAfter('app-auth', 'never');
    const began = clock.now();
    const error = await failure(
      updateApps(request(['app-auth', 'app-sso'], { timeoutMs: 60_000 }), {
        client,
        clock,
        logger,
      }),
    );
    expect(error).toBeInstanceOf(CloudronUpdateError);
    expect(error.message).toMatch(
      /^app auth\.example\.com on 127\.0\.0\.1:\d+: the app is still unhealthy after 60s; .*cloudron-timeout \(1 later app not updated\)$/,
    );
    expect(clock.now() - began).toBeGreaterThanOrEqual(60_000);
    expect(clock.now() - began).toBeLessThan(70_000);
    expect(fake.updatePosts('app-sso')).toBe(0);
  });

  test('without wait-healthy an unhealthy app passes', async () => {
    const { fake, client, clock, logger } = await start();
    fake.faults.healthyAfter('app-auth', 'never');
    const [result] = await updateApps(request(['app-auth'], { waitHealthy: false }), {
      client,
      clock,
      logger,
    });
    expect(result!.status).toBe('updated');
  });

  test('a task still running at the timeout fails with the task named', async () => {
    const { fake, client, clock, logger } = await start();
    fake.startTask('app-auth', { steps: 50 });
    const error = await failure(
      updateApps(request(['app-auth'], { timeoutMs: 20_000 }), { client, clock, logger }),
    );
    expect(error.message).toMatch(/the app's task 101 is still running after 20s/);
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test('an app of another package is refused unless forced', async () => {
    const { fake, client, clock, logger } = await start();
    const manifest = packageManifest('1.4.0', { id: 'io.example.other' });
    const error = await failure(
      updateApps(request(['app-auth'], { manifest }), { client, clock, logger }),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('runs package io.goauthentik.cloudronapp');
    expect(error.message).toContain('cloudron-force: true');
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test('an app in an error state that Cloudron will not update says so', async () => {
    const { fake, client, clock, logger } = await start();
    fake.app('app-auth').installationState = 'error';
    const error = await failure(updateApps(request(['app-auth']), { client, clock, logger }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toContain(
      'Cloudron refused the update (HTTP 409) while the app is in state error',
    );
    expect(error.message).toContain('repair the app in the dashboard');
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test('an app whose last update failed is updated again', async () => {
    const { fake, client, clock, logger } = await start();
    fake.faults.failNextUpdate('app-auth', 'Out of disk space');
    await failure(updateApps(request(['app-auth']), { client, clock, logger }));
    expect(fake.app('app-auth').installationState).toBe('error');
    const [result] = await updateApps(request(['app-auth']), { client, clock, logger });
    expect(result!.status).toBe('updated');
    expect(fake.updatePosts('app-auth')).toBe(2);
  });

  test('an unknown app lists the fqdns that exist, before anything is updated', async () => {
    const { fake, client, clock, logger } = await start();
    const error = await failure(
      updateApps(request(['app-auth', 'wiki.example.com']), { client, clock, logger }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "Input 'cloudron-apps': no app 'wiki.example.com' on " +
        `${fake.url.host}; its apps are auth.example.com, sso.example.org. Name each app by its id or its domain`,
    );
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test.each([
    [401, 'token', 'the API token was rejected (HTTP 401)'],
    [403, 'readOnlyToken', 'the API token may not do this (HTTP 403)'],
  ] as const)('%i names the token that is needed', async (status, which, phrase) => {
    const { fake, clock, logger } = await start();
    const token = which === 'token' ? 'not-the-token' : fake.readOnlyToken;
    const client = new CloudronClient({ url: fake.url, token, clock, logger });
    const error = await failure(updateApps(request(['app-auth']), { client, clock, logger }));
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(status);
    expect(error.message).toContain(phrase);
    expect(error.message).toContain('"Read and Write" access');
    expect(error.message).toContain('`cloudron-token`');
    expect(error.message).not.toContain(token);
    // Refusals are final: never retried.
    expect(fake.requests.filter((r) => r.outcome === status)).toHaveLength(1);
  });
});
