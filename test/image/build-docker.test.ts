/**
 * The docker (buildx) path, through the stand-in `docker` of test/fakes/docker: what really
 * reaches the executable (argv and stdin), the digest read back from the metadata file it
 * wrote, and the faults.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { InputError, ServiceError } from '../../src/errors.ts';
import { buildImage } from '../../src/image/build.ts';
import type { ImageJob } from '../../src/image/plan.ts';
import { installFakeDocker, type FakeDocker } from '../fakes/docker/index.ts';
import { capture } from './capture.ts';

const PASSWORD = `s3cret 'pass' "word" $HOME`;

let fake: FakeDocker;
let tempDir: string;

const job: ImageJob = {
  builder: 'docker',
  contextDir: '/pkg',
  dockerfile: '/pkg/Dockerfile',
  name: 'ghcr.io/owner/app',
  tags: ['1.4.0', 'latest'],
  platforms: ['linux/amd64', 'linux/arm64'],
  buildArgs: ['AK_VERSION=2025.10.1'],
  labels: [{ name: 'io.cloudron.upstream-version', value: '2025.10.1' }],
  push: true,
  registry: 'ghcr.io',
  username: 'owner',
  password: PASSWORD,
  tlsVerify: true,
  dryRun: false,
};

beforeAll(async () => {
  fake = await installFakeDocker();
  tempDir = await mkdtemp(join(tmpdir(), 'cloudron-release-image-test-'));
});
afterAll(async () => {
  await fake.remove();
  await rm(tempDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await fake.reset();
});

function run(overrides: Partial<ImageJob> = {}, env: { password?: string; fail?: string } = {}) {
  return capture((logger) =>
    buildImage(
      { ...job, ...overrides },
      { logger, tempDir, env: fake.env({ password: PASSWORD, ...env }) },
    ),
  );
}

test('login by stdin, buildx build --push, digest from the metadata file, logout', async () => {
  const { result, text } = await run();
  const calls = await fake.calls();
  expect(calls.map((c) => c.argv.slice(0, 2))).toEqual([
    ['login', '--username'],
    ['buildx', 'build'],
    ['logout', 'ghcr.io'],
  ]);
  expect(calls[0]).toEqual({
    argv: ['login', '--username', 'owner', '--password-stdin', 'ghcr.io'],
    stdin: PASSWORD,
  });
  const build = calls[1]!.argv;
  expect(build).toContain('--push');
  expect(build.join(' ')).toContain('--platform linux/amd64,linux/arm64');
  expect(build.join(' ')).toContain('--tag ghcr.io/owner/app:1.4.0 --tag ghcr.io/owner/app:latest');
  expect(build[build.indexOf('--metadata-file') + 1]).toMatch(/^\/.+\/metadata\.json$/);

  const written = await fake.metadataDigests();
  expect(written).toHaveLength(1);
  expect(result).toEqual({
    image: 'ghcr.io/owner/app:1.4.0',
    digest: written[0],
    commands: [
      "docker login --username owner --password-stdin ghcr.io <<< '***'",
      expect.stringMatching(/^docker buildx build --file \/pkg\/Dockerfile .* --push \/pkg$/),
      'docker logout ghcr.io',
    ],
  });
  expect(text).not.toContain(PASSWORD);
  // The run's private folder is gone.
  expect((await readdir(tempDir)).length).toBe(0);
});

test('push: false loads a single-platform build and reports the digest buildx wrote', async () => {
  const { result } = await run({ push: false, platforms: ['linux/amd64'] });
  const build = (await fake.calls())[1]!.argv;
  expect(build).toContain('--load');
  expect(build).not.toContain('--push');
  expect(result?.digest).toBe((await fake.metadataDigests())[0]);
});

test('without credentials there is no login and no logout', async () => {
  await run({ username: undefined, password: undefined });
  expect((await fake.calls()).map((c) => c.argv[0])).toEqual(['buildx']);
});

test('dry run: the commands, the password masked, nothing run', async () => {
  const { result, logLines, text } = await run({ dryRun: true });
  expect(await fake.calls()).toEqual([]);
  expect(result?.digest).toBeUndefined();
  expect(result?.commands).toHaveLength(3);
  expect(logLines[0]).toBe(
    "would run: docker login --username owner --password-stdin ghcr.io <<< '***'",
  );
  expect(text).not.toContain(PASSWORD);
});

describe('faults', () => {
  test('an invalid image name is rejected before any command', async () => {
    for (const name of [
      'GHCR.io/Owner/App',
      'https://ghcr.io/owner/app',
      'ghcr.io/owner/app:',
      'ghcr.io/my app',
    ]) {
      const { error, text } = await run({ name });
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe('image');
      expect(text).not.toContain(PASSWORD);
    }
    expect(await fake.calls()).toEqual([]);
  });

  test('a wrong password fails the login, builds nothing and never shows the password', async () => {
    const { error, text } = await run({}, { password: 'the right one' });
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/^Registry login to ghcr.io failed: /);
    expect((error as Error).message).toContain('unauthorized');
    expect((await fake.calls()).map((c) => c.argv[0])).toEqual(['login']);
    expect(text).not.toContain(PASSWORD);
  });

  test('a failing build: its last 20 lines in the error, scrubbed; logout still runs', async () => {
    const { error, text } = await run({}, { fail: 'build' });
    expect(error).toBeInstanceOf(ServiceError);
    const message = (error as Error).message;
    expect(message.split('\n')[0]).toBe(
      "Image build of ghcr.io/owner/app failed: see the builder's output below ('docker buildx' exited with code 1). Last 20 lines of its output:",
    );
    expect(message).toContain('  | #11 step 11 of the build');
    expect(message).not.toContain('#10 step 10');
    // The stand-in printed the password; only its mask is left.
    expect(message).toContain('(auth ***)');
    expect((await fake.calls()).map((c) => c.argv[0])).toEqual(['login', 'buildx', 'logout']);
    expect(text).not.toContain(PASSWORD);
  });

  test('a registry that is down fails the push with the reason', async () => {
    const { error, text } = await run({}, { fail: 'push' });
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('connection refused');
    expect((error as Error).message).toContain('pushing layers with ***');
    expect(text).not.toContain(PASSWORD);
  });

  test('a push without a digest in the metadata is an error, never a guess', async () => {
    const { error } = await run({}, { fail: 'no-digest' });
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('reported no sha256 digest in metadata.json');
  });

  test('a builder that is not installed is an InputError naming it', async () => {
    const { error } = await capture((logger) =>
      buildImage({ ...job, builder: 'podman' }, { logger, tempDir, env: { PATH: fake.binDir } }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('builder');
    expect((error as Error).message).toContain("'podman' is not installed");
  });
});
