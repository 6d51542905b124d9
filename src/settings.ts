/**
 * The validated settings of one run: what `src/inputs.ts` makes of the action's inputs or the
 * CLI's flags. Every stage takes the slice it needs; none reads inputs or the environment itself.
 */

export const MODES = ['check', 'bump', 'pr', 'release', 'deploy'] as const;
export type Mode = (typeof MODES)[number];

export const UPDATE_TYPES = ['major', 'minor', 'patch'] as const;
export type UpdateType = (typeof UPDATE_TYPES)[number];

export type UpgradePath = 'sequential' | 'latest';
export type PackageBump = 'auto' | UpdateType;
export type Builder = 'docker' | 'buildah' | 'podman';
export type PublishState = 'published' | 'testing';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The Cloudron package folder and the names of its files (absolute paths). */
export interface PackageSettings {
  /** The folder the run's relative paths start from; file names in messages are shown from it. */
  workspace: string;
  dir: string;
  dockerfile: string;
  manifest: string;
  changelog: string;
  versionsFile: string;
  /** The Dockerfile `ARG` that holds the upstream version, e.g. `AK_VERSION`. */
  versionArg: string;
  packageBump: PackageBump;
  /** Bullet lines of a changelog entry, with `{placeholders}`; undefined: the default entry. */
  changelogTemplate: string | undefined;
  versionsPublishState: PublishState;
}

export interface UpstreamSettings {
  repo: RepoRef;
  /** Used in titles, branch names and the changelog; defaults to the repo's name. */
  name: string;
  /** Capture group 1 is the version. */
  tagPattern: RegExp;
}

/** Which upstream release to move to. */
export interface PolicySettings {
  includePrereleases: boolean;
  /** A semver range; `*` allows all. */
  allowedVersions: string;
  updateTypes: ReadonlySet<UpdateType>;
  minReleaseAgeMs: number;
  upgradePath: UpgradePath;
  /** An explicit target (manual releases). */
  version: string | undefined;
  force: boolean;
}

export interface GitHubSettings {
  token: string | undefined;
  apiUrl: string;
  serverUrl: string;
  /** The package's own repository (for `pr`, `release`, `deploy`). */
  repository: RepoRef | undefined;
  /** Undefined: the repository's default branch. */
  base: string | undefined;
  prBranch: string;
  prTitle: string;
  labels: string[];
  tag: boolean;
  /** The commit the run was started for, if any (an OCI label). */
  sha: string | undefined;
}

export interface ImageSettings {
  /** e.g. `docker.io/stalecontext/authentik-cloudron`; undefined when not set. */
  name: string | undefined;
  /** Tag templates, one per entry, placeholders allowed. */
  tags: string[];
  builder: Builder;
  platforms: string[];
  /** `KEY=value` pairs, in order. */
  buildArgs: string[];
  push: boolean;
  registryUsername: string | undefined;
  registryPassword: string | undefined;
}

export interface CloudronSettings {
  /** Undefined: no Cloudron updates. */
  url: URL | undefined;
  token: string | undefined;
  apps: string[];
  skipBackup: boolean;
  force: boolean;
  timeoutMs: number;
  waitHealthy: boolean;
}

export interface Settings {
  mode: Mode;
  dryRun: boolean;
  maxSteps: number;
  package: PackageSettings;
  upstream: UpstreamSettings;
  policy: PolicySettings;
  github: GitHubSettings;
  image: ImageSettings;
  cloudron: CloudronSettings;
}
