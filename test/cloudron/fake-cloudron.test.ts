import { afterEach, describe, expect, test } from 'vitest';
import { FakeCloudron } from '../fakes/cloudron.ts';
import { NEW_IMAGE, OLD_IMAGE, packageManifest } from './helpers.ts';

let fake: FakeCloudron;

afterEach(async () => {
  await fake.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = fake.token,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, fake.url), {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function started(): Promise<FakeCloudron> {
  fake = await FakeCloudron.start();
  fake.addApp({
    id: 'app-auth',
    fqdn: 'auth.example.com',
    manifest: { ...packageManifest('1.3.0'), dockerImage: OLD_IMAGE },
  });
  return fake;
}

describe('the fake Cloudron checks itself against the published API', () => {
  test('it refuses an update body the real API would refuse (no manifest)', async () => {
    await started();
    const answer = await call('POST', '/api/v1/apps/app-auth/update', {
      skipBackup: false,
      force: false,
    });
    expect(answer.status).toBe(500);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatch(
      /^request POST \/apps\/\{appId\}\/update request body: .*must have required property 'manifest'/,
    );
    expect(fake.updatePosts('app-auth')).toBe(0);
  });

  test('it refuses a mistyped field and an operation the API does not have', async () => {
    await started();
    expect(
      (await call('POST', '/api/v1/apps/app-auth/update', { manifest: {}, skipBackup: 'no' }))
        .status,
    ).toBe(500);
    expect((await call('GET', '/api/v1/apps/app-auth/updates')).status).toBe(500);
    expect(fake.violations).toEqual([
      'request POST /apps/{appId}/update request body: data/skipBackup must be boolean',
      'request GET /apps/app-auth/updates: no such operation',
    ]);
  });

  test('a malformed path is a violation, not a crash', async () => {
    await started();
    expect((await call('GET', '/api/v1/apps/%zz')).status).toBe(500);
    expect(fake.violations).toEqual(['request GET /apps/{appId}: malformed path segment %zz']);
  });

  test('its own answers are checked too: an app state of the wrong type is caught', async () => {
    await started();
    (fake.app('app-auth') as unknown as { health: unknown }).health = 42;
    expect((await call('GET', '/api/v1/apps/app-auth')).status).toBe(500);
    expect(fake.violations).toEqual([
      'response GET /apps/{appId} → 200: data/health must be string',
    ]);
  });

  test('a valid update answers 202 with an integer task id, and a task that runs to success', async () => {
    await started();
    const answer = await call('POST', '/api/v1/apps/app-auth/update', {
      manifest: { ...packageManifest('1.4.0'), dockerImage: NEW_IMAGE },
      skipBackup: true,
      force: false,
    });
    expect(answer).toEqual({ status: 202, body: { taskId: 101 } });
    const states: unknown[] = [];
    for (let i = 0; i < 5; i++) states.push((await call('GET', '/api/v1/tasks/101')).body);
    expect(states.map((t) => (t as { percent?: number }).percent)).toEqual([
      undefined,
      40,
      70,
      90,
      100,
    ]);
    expect(states.at(-1)).toMatchObject({ active: false, success: true });
    expect(fake.violations).toEqual([]);
  });

  test('tokens: 401 for a wrong one, 403 for a read-only one on a write', async () => {
    await started();
    expect((await call('GET', '/api/v1/apps', undefined, 'wrong')).status).toBe(401);
    expect((await call('GET', '/api/v1/apps', undefined, fake.readOnlyToken)).status).toBe(200);
    const write = await call(
      'POST',
      '/api/v1/apps/app-auth/update',
      { manifest: { dockerImage: NEW_IMAGE } },
      fake.readOnlyToken,
    );
    expect(write.status).toBe(403);
    expect(fake.violations).toEqual([]);
  });

  test('an update of a busy app answers 409, the shape real servers give', async () => {
    await started();
    fake.startTask('app-auth');
    const answer = await call('POST', '/api/v1/apps/app-auth/update', {
      manifest: { ...packageManifest('1.4.0'), dockerImage: NEW_IMAGE },
    });
    expect(answer).toEqual({
      status: 409,
      body: { status: 'Conflict', message: 'Locked by task 101' },
    });
    expect(fake.violations).toEqual([]);
  });
});
