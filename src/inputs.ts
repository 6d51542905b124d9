/**
 * The one place that reads inputs: the action's `INPUT_*` (through `@actions/core`) or the
 * CLI's flags, both through an InputSource. Every value is validated here into Settings, with
 * errors that name the input and say what to do; secrets are masked the moment they are read.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { validRange } from 'semver';
import { parseCloudronUrl } from './cloudron/url.ts';
import { InputError } from './errors.ts';
import {
  MODES,
  UPDATE_TYPES,
  type Builder,
  type PackageBump,
  type PublishState,
  type RepoRef,
  type Settings,
  type UpdateType,
  type UpgradePath,
} from './settings.ts';
import { parseVersion } from './versioning/version.ts';

/** Returns the raw value of an input, or '' when it was not given. */
export type InputSource = (name: string) => string;

/** Where secrets go as soon as they are read (`core.setSecret` in the action). */
export type SecretMasker = (secret: string) => void;

/**
 * Every input with its default, the single source of truth for the action and the CLI
 * (`action.yml` is checked against it by a test).
 */
export const INPUT_DEFAULTS = {
  mode: 'check',
  'dry-run': 'false',
  path: '.',
  dockerfile: 'Dockerfile',
  manifest: 'CloudronManifest.json',
  changelog: 'CHANGELOG.md',
  'versions-file': 'CloudronVersions.json',
  'version-arg': 'AK_VERSION',
  'upstream-repo': 'goauthentik/authentik',
  'upstream-name': '',
  'tag-pattern': '^version/(.+)$',
  'include-prereleases': 'false',
  'allowed-versions': '*',
  'update-types': 'major,minor,patch',
  'min-release-age': '0',
  'upgrade-path': 'sequential',
  version: '',
  force: 'false',
  'package-bump': 'auto',
  'changelog-template': '',
  'versions-publish-state': 'published',
  token: '',
  repository: '',
  base: '',
  'pr-branch': 'cloudron-release/{upstream-name}',
  'pr-title': 'Update {upstream-name} to {version}',
  labels: 'dependencies',
  tag: 'false',
  'max-steps': '1',
  image: '',
  'image-tags': '{package-version}\nlatest',
  builder: 'docker',
  platforms: 'linux/amd64',
  'build-args': '',
  push: 'true',
  'registry-username': '',
  'registry-password': '',
  'cloudron-url': '',
  'cloudron-token': '',
  'cloudron-apps': '',
  'cloudron-skip-backup': 'false',
  'cloudron-force': 'false',
  'cloudron-timeout': '30m',
  'cloudron-wait-healthy': 'true',
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS;
export const SECRET_INPUTS: readonly InputName[] = ['token', 'registry-password', 'cloudron-token'];

/** The environment variables this project reads (the runner's defaults). */
export interface RunnerEnvironment {
  GITHUB_API_URL?: string;
  GITHUB_SERVER_URL?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_SHA?: string;
}

export function readSettings(
  source: InputSource,
  env: RunnerEnvironment,
  mask: SecretMasker,
  cwd: string,
): Settings {
  const get = (name: InputName): string => {
    const value = source(name).trim();
    if (value !== '' && SECRET_INPUTS.includes(name)) mask(value);
    return value === '' ? INPUT_DEFAULTS[name] : value;
  };
  const optional = (name: InputName): string | undefined => get(name) || undefined;

  const upstreamRepo = parseRepo('upstream-repo', get('upstream-repo'));
  const upstreamName = get('upstream-name') || upstreamRepo.repo;
  checkName('upstream-name', upstreamName);
  const dir = resolve(cwd, get('path'));
  const cloudronUrl = optional('cloudron-url');
  const repository = optional('repository') ?? env.GITHUB_REPOSITORY;

  return {
    mode: oneOf('mode', get('mode'), MODES),
    dryRun: bool('dry-run', get('dry-run')),
    maxSteps: integer('max-steps', get('max-steps'), 1, 20),
    package: {
      workspace: cwd,
      dir,
      dockerfile: resolve(dir, get('dockerfile')),
      manifest: resolve(dir, get('manifest')),
      changelog: resolve(dir, get('changelog')),
      versionsFile: resolve(dir, get('versions-file')),
      versionArg: argName('version-arg', get('version-arg')),
      packageBump: oneOf<PackageBump>('package-bump', get('package-bump'), [
        'auto',
        ...UPDATE_TYPES,
      ]),
      changelogTemplate: optional('changelog-template'),
      versionsPublishState: oneOf<PublishState>(
        'versions-publish-state',
        get('versions-publish-state'),
        ['published', 'testing'],
      ),
    },
    upstream: {
      repo: upstreamRepo,
      name: upstreamName,
      tagPattern: tagPattern(get('tag-pattern')),
    },
    policy: {
      includePrereleases: bool('include-prereleases', get('include-prereleases')),
      allowedVersions: semverRange(get('allowed-versions')),
      updateTypes: updateTypes(get('update-types')),
      minReleaseAgeMs: duration('min-release-age', get('min-release-age')),
      upgradePath: oneOf<UpgradePath>('upgrade-path', get('upgrade-path'), [
        'sequential',
        'latest',
      ]),
      version: explicitVersion(optional('version')),
      force: bool('force', get('force')),
    },
    github: {
      token: optional('token'),
      apiUrl: httpUrl('GITHUB_API_URL', env.GITHUB_API_URL ?? 'https://api.github.com').replace(
        /\/+$/,
        '',
      ),
      serverUrl: httpUrl(
        'GITHUB_SERVER_URL',
        env.GITHUB_SERVER_URL ?? 'https://github.com',
      ).replace(/\/+$/, ''),
      repository: repository === undefined ? undefined : parseRepo('repository', repository),
      base: optional('base'),
      prBranch: get('pr-branch'),
      prTitle: get('pr-title'),
      labels: list(get('labels')),
      tag: bool('tag', get('tag')),
      sha: env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined,
    },
    image: {
      name: optional('image'),
      tags: lines(get('image-tags')),
      builder: oneOf<Builder>('builder', get('builder'), ['docker', 'buildah', 'podman']),
      platforms: list(get('platforms')),
      buildArgs: lines(get('build-args')),
      push: bool('push', get('push')),
      registryUsername: optional('registry-username'),
      registryPassword: optional('registry-password'),
    },
    cloudron: {
      url: cloudronUrl === undefined ? undefined : parseCloudronUrl(cloudronUrl),
      token: optional('cloudron-token'),
      apps: list(get('cloudron-apps')),
      skipBackup: bool('cloudron-skip-backup', get('cloudron-skip-backup')),
      force: bool('cloudron-force', get('cloudron-force')),
      timeoutMs: duration('cloudron-timeout', get('cloudron-timeout')),
      waitHealthy: bool('cloudron-wait-healthy', get('cloudron-wait-healthy')),
    },
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(
    name,
    `'${shown(value)}' is not one of ${allowed.join(', ')}`,
    'Use one of those values.',
  );
}

// The YAML 1.2 core schema's booleans, as `core.getBooleanInput` accepts them.
function bool(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `'${shown(value)}' is not a boolean`, "Use 'true' or 'false'.");
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw new InputError(
    name,
    `'${shown(value)}' is not a whole number from ${min} to ${max}`,
    'Give a number in that range.',
  );
}

const DURATION_UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `0`, or a whole number with `s`, `m`, `h` or `d`, in milliseconds. */
export function duration(name: string, value: string): number {
  if (value === '0') return 0;
  const match = /^(\d{1,6})([smhd])$/.exec(value);
  if (!match) {
    throw new InputError(
      name,
      `'${shown(value)}' is not a duration`,
      "Write a number with s, m, h or d, such as '90s', '30m', '12h', '3d', or '0'.",
    );
  }
  return Number(match[1]) * DURATION_UNITS[match[2]!]!;
}

function parseRepo(name: string, value: string): RepoRef {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value);
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new InputError(
      name,
      `'${shown(value)}' is not a repository`,
      'Expected the form owner/name, e.g. goauthentik/authentik.',
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}

function checkName(name: string, value: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) {
    throw new InputError(
      name,
      `'${shown(value)}' is not a plain name`,
      'Use letters, digits, dots, dashes and underscores.',
    );
  }
}

function argName(name: string, value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new InputError(
      name,
      `'${shown(value)}' is not a Dockerfile ARG name`,
      'Use letters, digits and underscores, e.g. AK_VERSION.',
    );
  }
  return value;
}

function tagPattern(value: string): RegExp {
  let pattern: RegExp;
  try {
    pattern = new RegExp(value);
  } catch (error) {
    throw new InputError(
      'tag-pattern',
      `'${shown(value)}' does not compile (${(error as Error).message})`,
      'Fix the regular expression.',
    );
  }
  // A pattern that can match the empty string has as many groups as `(?:)|` plus it.
  const groups = new RegExp(`${value}|`).exec('')!.length - 1;
  if (groups < 1) {
    throw new InputError(
      'tag-pattern',
      `'${shown(value)}' has no capture group`,
      "Capture the version in group 1, e.g. '^version/(.+)$'.",
    );
  }
  return pattern;
}

function semverRange(value: string): string {
  if (validRange(value) === null) {
    throw new InputError(
      'allowed-versions',
      `'${shown(value)}' is not a semver range`,
      "Write a range such as '*', '>=2025.8.0', '2025.x' or '<2026.0.0'.",
    );
  }
  return value;
}

function updateTypes(value: string): ReadonlySet<UpdateType> {
  const types = list(value);
  if (types.length === 0) {
    throw new InputError(
      'update-types',
      'no update type given',
      'List one or more of major, minor, patch.',
    );
  }
  return new Set(types.map((t) => oneOf('update-types', t, UPDATE_TYPES)));
}

function explicitVersion(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!parseVersion(value)) {
    throw new InputError(
      'version',
      `'${shown(value)}' is not a version`,
      'Give an upstream version such as 2025.10.1.',
    );
  }
  return value;
}

function httpUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value;
  } catch {
    // reported below
  }
  throw new InputError(
    name,
    `'${shown(value)}' is not an http(s) URL`,
    'Set it to the API base URL, e.g. https://api.github.com.',
  );
}

/** One item per line or comma, blanks dropped. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Inputs are the user's own text, but keep error lines single and short.
function shown(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

/** The action's settings: inputs from the runner's `INPUT_*` variables. */
export function readActionSettings(): Settings {
  return readSettings(
    (name) => core.getInput(name),
    process.env,
    (secret) => core.setSecret(secret),
    process.cwd(),
  );
}
