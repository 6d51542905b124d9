import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import {
  assertValidJob,
  imageLabels,
  planImageJob,
  resolveImageTags,
  type ImageFacts,
} from '../../src/image/plan.ts';
import type { ImageSettings } from '../../src/settings.ts';

const facts: ImageFacts = {
  contextDir: '/pkg',
  dockerfile: '/pkg/Dockerfile',
  versionArg: 'AK_VERSION',
  title: 'authentik',
  packageVersion: '1.4.0',
  upstreamVersion: '2025.10.1',
  upstreamName: 'authentik',
  sourceUrl: 'https://github.com/stalecontext/authentik-cloudron',
  revision: '0123456789abcdef0123456789abcdef01234567',
};

const settings: ImageSettings = {
  name: 'docker.io/stalecontext/authentik-cloudron',
  tags: [],
  builder: 'buildah',
  platforms: ['linux/amd64'],
  buildArgs: [],
  push: true,
  registryUsername: 'stalecontext',
  registryPassword: 'hunter2',
};

const clock = () => new Date('2026-01-30T12:34:56Z');

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('planImageJob', () => {
  test('the default job for the authentik package', () => {
    expect(planImageJob(settings, facts, clock)).toEqual({
      builder: 'buildah',
      contextDir: '/pkg',
      dockerfile: '/pkg/Dockerfile',
      name: 'docker.io/stalecontext/authentik-cloudron',
      tags: ['1.4.0', 'latest'],
      platforms: ['linux/amd64'],
      buildArgs: ['AK_VERSION=2025.10.1'],
      labels: [
        { name: 'org.opencontainers.image.title', value: 'authentik' },
        { name: 'org.opencontainers.image.version', value: '1.4.0' },
        {
          name: 'org.opencontainers.image.source',
          value: 'https://github.com/stalecontext/authentik-cloudron',
        },
        {
          name: 'org.opencontainers.image.revision',
          value: '0123456789abcdef0123456789abcdef01234567',
        },
        { name: 'org.opencontainers.image.created', value: '2026-01-30T12:34:56.000Z' },
        { name: 'io.cloudron.upstream-version', value: '2025.10.1' },
      ],
      push: true,
      registry: 'docker.io',
      username: 'stalecontext',
      password: 'hunter2',
      tlsVerify: true,
      dryRun: false,
    });
  });

  test.each([
    ['127.0.0.1:5000/authentik-cloudron', false],
    ['localhost:5000/authentik-cloudron', false],
    ['[::1]:5000/authentik-cloudron', false],
    ['registry.example.com:5000/authentik-cloudron', true],
    ['docker.io/stalecontext/authentik-cloudron', true],
  ])('%s is spoken to with TLS verification %s by default', (name, tlsVerify) => {
    expect(planImageJob({ ...settings, name }, facts, clock).tlsVerify).toBe(tlsVerify);
  });

  test('options, user build args and a registry with a port', () => {
    const job = planImageJob(
      {
        ...settings,
        name: '127.0.0.1:5000/team/app',
        buildArgs: ['NODE_ENV=production', '', 'EMPTY='],
        platforms: ['linux/amd64', ' linux/arm64/v8 ', 'linux/amd64'],
        registryUsername: '',
        registryPassword: '',
      },
      facts,
      clock,
      { dryRun: true, tlsVerify: false },
    );
    expect(job).toMatchObject({
      registry: '127.0.0.1:5000',
      buildArgs: ['AK_VERSION=2025.10.1', 'NODE_ENV=production', 'EMPTY='],
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      username: undefined,
      password: undefined,
      tlsVerify: false,
      dryRun: true,
    });
  });

  test.each([
    [{ name: undefined }, 'image', 'is not set'],
    [{ name: 'Docker.io/Owner/App' }, 'image', 'uppercase'],
    [{ name: 'https://ghcr.io/owner/app' }, 'image', 'URL scheme'],
    [{ name: 'ghcr.io/owner/app:' }, 'image', "ends with ':'"],
    [{ name: 'ghcr.io/owner/my app' }, 'image', 'whitespace'],
    [{ tags: ['latest'] }, 'image-tags', 'no tag is the package version 1.4.0'],
    [{ tags: ['{package-version}', '{nope}'] }, 'image-tags', 'unknown placeholder "{nope}"'],
    [{ tags: ['{package-version}', 'v {version}'] }, 'image-tags', 'is not a valid image tag'],
    [{ tags: ['{package-version}', '.{version}'] }, 'image-tags', 'is not a valid image tag'],
    [{ buildArgs: ['AK_VERSION=1'] }, 'build-args', 'always the upstream version'],
    [{ buildArgs: ['NO_EQUALS'] }, 'build-args', 'is not KEY=value'],
    [{ buildArgs: ['1BAD=x'] }, 'build-args', 'is not KEY=value'],
    [{ platforms: ['amd64'] }, 'platforms', 'is not os/arch'],
    [{ platforms: ['linux/amd64;rm'] }, 'platforms', 'is not os/arch'],
    [{ registryPassword: undefined }, 'registry-password', 'is not set'],
    [{ registryUsername: '' }, 'registry-username', 'is not set'],
  ] as [Partial<ImageSettings>, string, string][])(
    '%j is an InputError on %s',
    (override, input, problem) => {
      const error = inputError(() => planImageJob({ ...settings, ...override }, facts, clock));
      expect(error.input).toBe(input);
      expect(error.message).toContain(problem);
      expect(error.message).not.toContain('\n');
      expect(error.message).not.toContain('hunter2');
    },
  );

  test('a version arg that is not a name is rejected', () => {
    const error = inputError(() =>
      planImageJob(settings, { ...facts, versionArg: 'AK VERSION' }, clock),
    );
    expect(error.input).toBe('version-arg');
  });
});

describe('resolveImageTags', () => {
  test.each([
    [[], []],
    [
      ['{package-version}', 'latest'],
      ['1.4.0', 'latest'],
    ],
    [
      ['latest', '{package-version}'],
      ['1.4.0', 'latest'],
    ],
    [
      ['{package-version}', '{version}', '{upstream-name}-{version}', 'sha-{sha}'],
      ['1.4.0', '2025.10.1', 'authentik-2025.10.1', 'sha-0123456'],
    ],
    [
      ['{package-version}', ' {package-version} ', '', 'latest', 'latest'],
      ['1.4.0', 'latest'],
    ],
  ])('%j -> %j', (templates, tags) => {
    if (tags.length === 0) {
      expect(() => resolveImageTags(templates, facts)).toThrow(InputError);
    } else {
      expect(resolveImageTags(templates, facts)).toEqual(tags);
    }
  });

  test('{sha} without a known commit is an InputError', () => {
    expect(() =>
      resolveImageTags(['{package-version}', '{sha}'], { ...facts, revision: undefined }),
    ).toThrow(/commit is not known/);
  });
});

test('labels leave out what is not known', () => {
  const labels = imageLabels({ ...facts, sourceUrl: undefined, revision: undefined }, clock());
  expect(labels.map((l) => l.name)).toEqual([
    'org.opencontainers.image.title',
    'org.opencontainers.image.version',
    'org.opencontainers.image.created',
    'io.cloudron.upstream-version',
  ]);
});

describe('assertValidJob', () => {
  const job = planImageJob(settings, facts, clock);
  test.each([
    [{ name: 'UPPER/case' }, 'image'],
    [{ tags: ['1.4.0', 'bad tag'] }, 'image-tags'],
    [{ tags: [] }, 'image-tags'],
    [{ username: undefined }, 'registry-username'],
  ] as [object, string][])('%j is rejected', (override, input) => {
    expect(inputError(() => assertValidJob({ ...job, ...override })).input).toBe(input);
  });
});
