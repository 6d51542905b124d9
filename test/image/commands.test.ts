import { describe, expect, test } from 'vitest';
import {
  buildahCommands,
  buildxCommands,
  commandSequence,
  imageCommands,
  podmanCommands,
  renderCommand,
  type ImageCommand,
} from '../../src/image/commands.ts';
import type { ImageJob } from '../../src/image/plan.ts';

const job: ImageJob = {
  builder: 'docker',
  contextDir: '/pkg',
  dockerfile: '/pkg/Dockerfile',
  name: 'ghcr.io/owner/app',
  tags: ['1.4.0', 'latest'],
  platforms: ['linux/amd64'],
  buildArgs: ['AK_VERSION=2025.10.1', 'EXTRA=a b'],
  labels: [
    { name: 'org.opencontainers.image.version', value: '1.4.0' },
    { name: 'io.cloudron.upstream-version', value: '2025.10.1' },
  ],
  push: true,
  registry: 'ghcr.io',
  username: 'owner',
  password: 'the-password',
  tlsVerify: true,
  dryRun: false,
};
const outputs = { dir: '/tmp/run', listName: 'localhost/cloudron-release-build:abc' };

const common = [
  '--file',
  '/pkg/Dockerfile',
  '--platform',
  'linux/amd64',
  '--build-arg',
  'AK_VERSION=2025.10.1',
  '--build-arg',
  'EXTRA=a b',
  '--label',
  'org.opencontainers.image.version=1.4.0',
  '--label',
  'io.cloudron.upstream-version=2025.10.1',
];
const tags = ['--tag', 'ghcr.io/owner/app:1.4.0', '--tag', 'ghcr.io/owner/app:latest'];

function argvs(commands: ImageCommand[]): string[][] {
  return commands.map((c) => [c.tool, ...c.args]);
}

describe('docker buildx', () => {
  test.each([
    [
      'push',
      {},
      [
        'docker',
        'buildx',
        'build',
        ...common,
        ...tags,
        '--metadata-file',
        '/tmp/run/metadata.json',
        '--push',
        '/pkg',
      ],
    ],
    [
      'no push: --load',
      { push: false },
      [
        'docker',
        'buildx',
        'build',
        ...common,
        ...tags,
        '--metadata-file',
        '/tmp/run/metadata.json',
        '--load',
        '/pkg',
      ],
    ],
    [
      'no push, two platforms: cache only',
      { push: false, platforms: ['linux/amd64', 'linux/arm64'], tags: ['1.4.0'] },
      [
        'docker',
        'buildx',
        'build',
        ...common.slice(0, 3),
        'linux/amd64,linux/arm64',
        ...common.slice(4),
        '--tag',
        'ghcr.io/owner/app:1.4.0',
        '--metadata-file',
        '/tmp/run/metadata.json',
        '/pkg',
      ],
    ],
    [
      'no platform: the builder decides',
      { platforms: [], tags: ['1.4.0'] },
      [
        'docker',
        'buildx',
        'build',
        ...common.slice(0, 2),
        ...common.slice(4),
        '--tag',
        'ghcr.io/owner/app:1.4.0',
        '--metadata-file',
        '/tmp/run/metadata.json',
        '--push',
        '/pkg',
      ],
    ],
  ])('%s', (_name, override, build) => {
    const commands = buildxCommands({ ...job, ...override }, outputs);
    expect(argvs(commands.build)).toEqual([build]);
    expect(commands.push).toEqual([]);
    expect(commands.digest).toEqual({ format: 'buildx-metadata', file: '/tmp/run/metadata.json' });
  });

  test.each([
    [
      'ghcr.io',
      ['docker', 'login', '--username', 'owner', '--password-stdin', 'ghcr.io'],
      ['docker', 'logout', 'ghcr.io'],
    ],
    // docker keys Docker Hub logins under its own index URL: no server argument.
    [
      'docker.io',
      ['docker', 'login', '--username', 'owner', '--password-stdin'],
      ['docker', 'logout'],
    ],
  ])('login to %s by stdin', (registry, login, logout) => {
    const commands = buildxCommands({ ...job, registry }, outputs);
    expect(argvs([commands.login!])).toEqual([login]);
    expect(commands.login!.stdin).toBe('password');
    expect(argvs([commands.logout!])).toEqual([logout]);
  });

  test('no credentials: no login, no logout', () => {
    const commands = buildxCommands({ ...job, username: undefined, password: undefined }, outputs);
    expect(commands.login).toBeUndefined();
    expect(commands.logout).toBeUndefined();
  });
});

describe.each([
  ['buildah', buildahCommands, 'bud'],
  ['podman', podmanCommands, 'build'],
] as const)('%s', (tool, commandsOf, verb) => {
  test.each([
    [
      'one platform, push',
      {},
      [[tool, verb, ...common, ...tags, '/pkg']],
      [
        [
          tool,
          'push',
          '--digestfile',
          '/tmp/run/digest-0',
          'ghcr.io/owner/app:1.4.0',
          'docker://ghcr.io/owner/app:1.4.0',
        ],
        [
          tool,
          'push',
          '--digestfile',
          '/tmp/run/digest-1',
          'ghcr.io/owner/app:latest',
          'docker://ghcr.io/owner/app:latest',
        ],
      ],
      [],
    ],
    [
      'insecure registry',
      { tlsVerify: false, tags: ['1.4.0'] },
      [[tool, verb, ...common, '--tag', 'ghcr.io/owner/app:1.4.0', '/pkg']],
      [
        [
          tool,
          'push',
          '--tls-verify=false',
          '--digestfile',
          '/tmp/run/digest-0',
          'ghcr.io/owner/app:1.4.0',
          'docker://ghcr.io/owner/app:1.4.0',
        ],
      ],
      [],
    ],
    [
      'two platforms: a private manifest list, pushed whole',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      [
        [
          tool,
          verb,
          ...common.slice(0, 3),
          'linux/amd64,linux/arm64',
          ...common.slice(4),
          '--manifest',
          outputs.listName,
          '/pkg',
        ],
      ],
      [
        [
          tool,
          'manifest',
          'push',
          '--all',
          '--digestfile',
          '/tmp/run/digest-0',
          outputs.listName,
          'docker://ghcr.io/owner/app:1.4.0',
        ],
        [
          tool,
          'manifest',
          'push',
          '--all',
          '--digestfile',
          '/tmp/run/digest-1',
          outputs.listName,
          'docker://ghcr.io/owner/app:latest',
        ],
      ],
      [[tool, 'manifest', 'rm', outputs.listName]],
    ],
    [
      'no push',
      { push: false, tags: ['1.4.0'] },
      [[tool, verb, ...common, '--tag', 'ghcr.io/owner/app:1.4.0', '/pkg']],
      [],
      [],
    ],
  ])('%s', (_name, override, build, push, cleanup) => {
    const commands = commandsOf({ ...job, builder: tool, ...override }, outputs);
    expect(argvs(commands.build)).toEqual(build);
    expect(argvs(commands.push)).toEqual(push);
    expect(argvs(commands.cleanup)).toEqual(cleanup);
    expect(commands.digest).toEqual(
      push.length === 0 ? undefined : { format: 'digestfile', file: '/tmp/run/digest-0' },
    );
  });

  test.each([
    [true, [tool, 'login', '--username', 'owner', '--password-stdin', 'docker.io']],
    [
      false,
      [tool, 'login', '--tls-verify=false', '--username', 'owner', '--password-stdin', 'docker.io'],
    ],
  ])('login (tlsVerify %s) reads the password from stdin', (tlsVerify, login) => {
    const commands = commandsOf({ ...job, registry: 'docker.io', tlsVerify }, outputs);
    expect(argvs([commands.login!])).toEqual([login]);
    expect(commands.login!.stdin).toBe('password');
    expect(argvs([commands.logout!])).toEqual([[tool, 'logout', 'docker.io']]);
  });
});

test.each(['docker', 'buildah', 'podman'] as const)(
  '%s: the password is in no argument, the version build-arg always is',
  (builder) => {
    for (const platforms of [[], ['linux/amd64'], ['linux/amd64', 'linux/arm64']]) {
      for (const push of [true, false]) {
        const all = commandSequence(imageCommands({ ...job, builder, platforms, push }, outputs));
        expect(all.flatMap((c) => c.args).join('\n')).not.toContain('the-password');
        const build = all.find((c) => c.step === 'build')!;
        expect(build.args).toContain('AK_VERSION=2025.10.1');
      }
    }
  },
);

test('commandSequence runs login, build, push, cleanup, logout', () => {
  const commands = buildahCommands(
    { ...job, builder: 'buildah', platforms: ['linux/amd64', 'linux/arm64'], tags: ['1.4.0'] },
    outputs,
  );
  expect(commandSequence(commands).map((c) => c.step)).toEqual([
    'login',
    'build',
    'push',
    'cleanup',
    'logout',
  ]);
});

test.each([
  [
    { tool: 'docker', step: 'build', args: ['buildx', 'build', '--build-arg', 'A=b c', '/pkg'] },
    "docker buildx build --build-arg 'A=b c' /pkg",
  ],
  [{ tool: 'docker', step: 'build', args: ['--label', "it's"] }, "docker --label 'it'\\''s'"],
  [
    {
      tool: 'buildah',
      step: 'login',
      args: ['login', '--username', 'u', '--password-stdin', 'r.io'],
      stdin: 'password',
    },
    "buildah login --username u --password-stdin r.io <<< '***'",
  ],
] as [ImageCommand, string][])('renderCommand %#', (command, line) => {
  expect(renderCommand(command)).toBe(line);
});
