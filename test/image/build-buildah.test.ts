/**
 * End to end, with real parts: buildah builds a variant of the authentik fixture package (its
 * base is `scratch`, so nothing is pulled), logs in through stdin and pushes to a real
 * registry with htpasswd auth on 127.0.0.1; the registry's HTTP API then shows what arrived.
 * Each file gets its own buildah storage and auth file, so parallel runs do not collide.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ServiceError } from '../../src/errors.ts';
import { buildImage } from '../../src/image/build.ts';
import { planImageJob, type ImageFacts, type ImageJob } from '../../src/image/plan.ts';
import type { ImageSettings } from '../../src/settings.ts';
import {
  imageConfig,
  indexPlatforms,
  listTags,
  manifestDigest,
  startRegistry,
  type TestRegistry,
} from '../support/registry.ts';
import { privateBuildahEnv } from '../support/buildah.ts';
import { capture } from './capture.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'authentik');
const SLOW = 300_000;

let registry: TestRegistry;
let work: string;
let env: Record<string, string>;

/** The fixture package with a Dockerfile whose base needs no network. */
async function writePackage(dir: string, dockerfile: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of ['CloudronManifest.json', 'start.sh', 'CHANGELOG.md']) {
    await copyFile(join(FIXTURE, file), join(dir, file));
  }
  await writeFile(join(dir, 'Dockerfile'), dockerfile);
}

const DOCKERFILE = [
  'FROM scratch',
  'ARG AK_VERSION=2025.8.3',
  'ENV AUTHENTIK_VERSION=${AK_VERSION}',
  'COPY CloudronManifest.json start.sh /app/code/',
  'CMD [ "/app/code/start.sh" ]',
  '',
].join('\n');

function facts(dir: string): ImageFacts {
  return {
    contextDir: dir,
    dockerfile: join(dir, 'Dockerfile'),
    versionArg: 'AK_VERSION',
    title: 'authentik',
    packageVersion: '1.4.0',
    upstreamVersion: '2025.10.1',
    upstreamName: 'authentik',
    sourceUrl: 'https://github.com/stalecontext/authentik-cloudron',
    revision: '0123456789abcdef0123456789abcdef01234567',
  };
}

function settings(overrides: Partial<ImageSettings> = {}): ImageSettings {
  return {
    name: `${registry.host}/cloudron/authentik`,
    tags: ['{package-version}', 'latest', '{version}'],
    builder: 'buildah',
    platforms: ['linux/amd64'],
    buildArgs: [],
    push: true,
    registryUsername: registry.username,
    registryPassword: registry.password,
    ...overrides,
  };
}

const clock = () => new Date('2026-01-30T12:00:00Z');

function plan(dir: string, overrides: Partial<ImageSettings> = {}): ImageJob {
  return planImageJob(settings(overrides), facts(dir), clock, { tlsVerify: false });
}

function run(job: ImageJob) {
  return capture((logger) => buildImage(job, { logger, tempDir: work, env }));
}

beforeAll(async () => {
  registry = await startRegistry();
  work = await mkdtemp(join(tmpdir(), 'cloudron-release-buildah-'));
  env = await privateBuildahEnv(work);
  await writePackage(join(work, 'package'), DOCKERFILE);
});

afterAll(async () => {
  await registry?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('buildah and a real registry', () => {
  test(
    'build, push every tag, digest and labels as the registry sees them',
    async () => {
      const { result, error, text } = await run(plan(join(work, 'package')));
      expect(error).toBeUndefined();
      const repository = 'cloudron/authentik';
      expect(result?.image).toBe(`${registry.host}/cloudron/authentik:1.4.0`);
      expect(result?.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(await listTags(registry, repository)).toEqual(['1.4.0', '2025.10.1', 'latest']);
      for (const tag of ['1.4.0', '2025.10.1', 'latest']) {
        expect(await manifestDigest(registry, repository, tag)).toBe(result?.digest);
      }
      const image = await imageConfig(registry, repository, '1.4.0');
      // buildah adds its own io.buildah.version.
      expect(image.config.Labels).toMatchObject({
        'org.opencontainers.image.title': 'authentik',
        'org.opencontainers.image.version': '1.4.0',
        'org.opencontainers.image.source': 'https://github.com/stalecontext/authentik-cloudron',
        'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
        'org.opencontainers.image.created': '2026-01-30T12:00:00.000Z',
        'io.cloudron.upstream-version': '2025.10.1',
      });
      // The version build-arg reached the Dockerfile.
      expect(JSON.stringify(image.config)).toContain('AUTHENTIK_VERSION=2025.10.1');
      expect(text).not.toContain(registry.password);
      // Logged out again: the auth file keeps no credentials for the registry.
      const auth = await readFile(env.REGISTRY_AUTH_FILE!, 'utf8').catch(() => '{}');
      expect(auth).not.toContain(registry.host);
    },
    SLOW,
  );

  test(
    'two platforms: one index with both, its digest the one returned',
    async () => {
      const job = plan(join(work, 'package'), {
        name: `${registry.host}/cloudron/multi`,
        tags: ['{package-version}', 'latest'],
        platforms: ['linux/amd64', 'linux/arm64'],
      });
      const first = await run(job);
      expect(first.error).toBeUndefined();
      // Again: a list left by the first run must not gain entries.
      const { result, error } = await run(job);
      expect(error).toBeUndefined();
      expect(await indexPlatforms(registry, 'cloudron/multi', '1.4.0')).toEqual([
        'linux/amd64',
        'linux/arm64',
      ]);
      expect(await manifestDigest(registry, 'cloudron/multi', 'latest')).toBe(result?.digest);
      const arm = await imageConfig(registry, 'cloudron/multi', '1.4.0', 'linux/arm64');
      expect(arm.architecture).toBe('arm64');
      expect(arm.config.Labels?.['io.cloudron.upstream-version']).toBe('2025.10.1');
    },
    SLOW,
  );
});

describe('faults against the real registry', () => {
  test(
    'a wrong password: the login fails, nothing is pushed, the password is never shown',
    async () => {
      const job = plan(join(work, 'package'), {
        name: `${registry.host}/cloudron/wrong-password`,
        registryPassword: `${registry.password}-wrong`,
      });
      const { error, text } = await run(job);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as Error).message).toMatch(/^Registry login to 127\.0\.0\.1:\d+ failed: /);
      expect((error as Error).message).toMatch(/invalid username\/password|unauthorized/i);
      await expect(listTags(registry, 'cloudron/wrong-password')).rejects.toThrow(/HTTP 404/);
      expect(text).not.toContain(registry.password);
    },
    SLOW,
  );

  test(
    'a registry that is down: the login, or without credentials the push, says so',
    async () => {
      const down = await startRegistry();
      await down.stop();
      const name = `${down.host}/cloudron/authentik`;
      const withLogin = await run(
        planImageJob(
          settings({ name, registryUsername: down.username, registryPassword: down.password }),
          facts(join(work, 'package')),
          clock,
          { tlsVerify: false },
        ),
      );
      expect(withLogin.error).toBeInstanceOf(ServiceError);
      expect((withLogin.error as Error).message).toMatch(/^Registry login to .* failed: /);
      expect((withLogin.error as Error).message).toContain('connection refused');
      expect(withLogin.text).not.toContain(down.password);

      const withoutLogin = await run(
        plan(join(work, 'package'), {
          name,
          registryUsername: undefined,
          registryPassword: undefined,
        }),
      );
      expect(withoutLogin.error).toBeInstanceOf(ServiceError);
      expect((withoutLogin.error as Error).message).toMatch(/^Image push to .* failed: /);
      expect((withoutLogin.error as Error).message).toContain('connection refused');
    },
    SLOW,
  );

  test(
    'a build that fails: its last lines in the error, the password in none of the output',
    async () => {
      const dir = join(work, 'broken');
      await writePackage(dir, `${DOCKERFILE}COPY missing-file.txt /app/code/\n`);
      const { error, text } = await run(plan(dir, { name: `${registry.host}/cloudron/broken` }));
      expect(error).toBeInstanceOf(ServiceError);
      const message = (error as Error).message;
      expect(message.split('\n')[0]).toMatch(
        /^Image build of .* failed: see the builder's output below \('buildah bud' exited with code \d+\)\. Last \d+ lines of its output:$/,
      );
      expect(message).toContain('missing-file.txt');
      expect(message.split('\n').length).toBeLessThanOrEqual(21);
      expect(text).not.toContain(registry.password);
      await expect(listTags(registry, 'cloudron/broken')).rejects.toThrow(/HTTP 404/);
    },
    SLOW,
  );
});
