/**
 * What to build and push: the image settings and the package's facts turned into one validated
 * `ImageJob`. Pure: the clock is injected, nothing is read from the environment.
 */
import { InputError } from '../errors.ts';
import { isLoopbackHost } from '../loopback.ts';
import type { Builder, ImageSettings } from '../settings.ts';
import {
  imageNameProblem,
  isValidTag,
  parseImageName,
  quoteForMessage,
  registryHost,
} from './reference.ts';

/** One OCI label. */
export interface Label {
  name: string;
  value: string;
}

/** One build of the package's image and its push, every field validated. */
export interface ImageJob {
  builder: Builder;
  /** The build context, the package folder (absolute). */
  contextDir: string;
  /** The Dockerfile (absolute). */
  dockerfile: string;
  /** The repository, without tag, e.g. `docker.io/stalecontext/authentik-cloudron`. */
  name: string;
  /** Resolved tags, unique; the first is the package version (the one Cloudron pulls). */
  tags: string[];
  /** e.g. `linux/amd64`; empty: the builder's own platform. */
  platforms: string[];
  /** `KEY=value`, the version arg first. */
  buildArgs: string[];
  labels: Label[];
  push: boolean;
  /** The host to log in to, from the name (`docker.io` for a name without a domain). */
  registry: string;
  username: string | undefined;
  password: string | undefined;
  /**
   * buildah and podman only: false lets them talk plain HTTP to the registry (a local test
   * registry). docker decides that in its daemon's own configuration.
   */
  tlsVerify: boolean;
  dryRun: boolean;
}

/** What the image stage needs to know about the package and the run. */
export interface ImageFacts {
  contextDir: string;
  dockerfile: string;
  /** The Dockerfile `ARG` that holds the upstream version, e.g. `AK_VERSION`. */
  versionArg: string;
  /** The manifest's `title`. */
  title: string;
  /** The manifest's `version`. */
  packageVersion: string;
  /** The manifest's `upstreamVersion`. */
  upstreamVersion: string;
  upstreamName: string;
  /** The package's repository, e.g. `https://github.com/owner/repo`, when known. */
  sourceUrl: string | undefined;
  /** The git commit the image is built from, when known. */
  revision: string | undefined;
}

export interface ImagePlanOptions {
  dryRun?: boolean;
  /** See `ImageJob.tlsVerify`; default: false for a registry on a loopback host, else true. */
  tlsVerify?: boolean;
}

export const DEFAULT_IMAGE_TAGS = ['{package-version}', 'latest'];
const TAG_PLACEHOLDERS = ['package-version', 'version', 'upstream-name', 'sha'] as const;
type TagPlaceholder = (typeof TAG_PLACEHOLDERS)[number];
const TAG_RULE =
  'A tag is up to 128 letters, digits, _, . and -, and starts with a letter, digit or _';
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** `{sha}` is the short commit, as git abbreviates it and as tags usually carry it. */
const SHORT_SHA_LENGTH = 7;

/** The OCI labels every image carries; `created` comes from the injected clock. */
export function imageLabels(facts: ImageFacts, created: Date): Label[] {
  const labels: Label[] = [
    { name: 'org.opencontainers.image.title', value: facts.title },
    { name: 'org.opencontainers.image.version', value: facts.packageVersion },
  ];
  if (facts.sourceUrl !== undefined) {
    labels.push({ name: 'org.opencontainers.image.source', value: facts.sourceUrl });
  }
  if (facts.revision !== undefined) {
    labels.push({ name: 'org.opencontainers.image.revision', value: facts.revision });
  }
  labels.push(
    { name: 'org.opencontainers.image.created', value: created.toISOString() },
    { name: 'io.cloudron.upstream-version', value: facts.upstreamVersion },
  );
  return labels;
}

/**
 * The tags from the `image-tags` templates, in order, without blanks and duplicates. The
 * package-version tag moves first: it is the tag Cloudron pulls, and it must be there.
 */
export function resolveImageTags(templates: string[], facts: ImageFacts): string[] {
  const values: Record<TagPlaceholder, string | undefined> = {
    'package-version': facts.packageVersion,
    version: facts.upstreamVersion,
    'upstream-name': facts.upstreamName,
    sha: facts.revision?.slice(0, SHORT_SHA_LENGTH),
  };
  const tags: string[] = [];
  for (const template of templates.map((line) => line.trim()).filter((line) => line !== '')) {
    const tag = template.replace(/\{([^{}]*)\}/g, (_match, key: string) => {
      if (!(TAG_PLACEHOLDERS as readonly string[]).includes(key)) {
        throw new InputError(
          'image-tags',
          `unknown placeholder ${quoteForMessage(`{${key}}`)}`,
          `Use ${TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        );
      }
      const value = values[key as TagPlaceholder];
      if (value === undefined) {
        throw new InputError(
          'image-tags',
          `{${key}} is used but the commit is not known in this run`,
          'Remove {sha} from image-tags or run on a commit',
        );
      }
      return value;
    });
    if (!isValidTag(tag)) {
      throw new InputError(
        'image-tags',
        `${quoteForMessage(tag)} (from ${quoteForMessage(template)}) is not a valid image tag`,
        TAG_RULE,
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  const primary = tags.indexOf(facts.packageVersion);
  if (primary === -1) {
    throw new InputError(
      'image-tags',
      `no tag is the package version ${facts.packageVersion}, the tag Cloudron pulls`,
      'Add {package-version} to image-tags',
    );
  }
  return [facts.packageVersion, ...tags.filter((tag) => tag !== facts.packageVersion)];
}

function validateBuildArgs(buildArgs: string[], versionArg: string): string[] {
  return buildArgs
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const equals = line.indexOf('=');
      const name = equals === -1 ? line : line.slice(0, equals);
      if (equals === -1 || !BUILD_ARG_NAME.test(name)) {
        throw new InputError(
          'build-args',
          `${quoteForMessage(name)} is not KEY=value`,
          'Give one KEY=value per line; KEY is letters, digits and _',
        );
      }
      if (name === versionArg) {
        throw new InputError(
          'build-args',
          `${name} is set, but it is always the upstream version`,
          `Remove ${name} from build-args`,
        );
      }
      return line;
    });
}

function validatePlatforms(platforms: string[]): string[] {
  const cleaned = platforms.map((p) => p.trim()).filter((p) => p !== '');
  for (const platform of cleaned) {
    if (!PLATFORM.test(platform)) {
      throw new InputError(
        'platforms',
        `${quoteForMessage(platform)} is not os/arch[/variant]`,
        'Use platforms such as linux/amd64 or linux/arm64/v8',
      );
    }
  }
  return [...new Set(cleaned)];
}

/** Throws an InputError unless `name` is a valid image repository name. */
export function assertImageName(name: string): void {
  const problem = imageNameProblem(name);
  if (problem !== undefined) {
    throw new InputError(
      'image',
      `${quoteForMessage(name)} is not a valid image name: it ${problem}`,
      'Give the repository without tag, e.g. docker.io/you/app or ghcr.io/you/app',
    );
  }
}

/**
 * Checks what a hand-made job could get wrong before any command runs: the name, every tag,
 * and that credentials come in pairs.
 */
export function assertValidJob(job: ImageJob): void {
  assertImageName(job.name);
  for (const tag of job.tags) {
    if (!isValidTag(tag)) {
      throw new InputError(
        'image-tags',
        `${quoteForMessage(tag)} is not a valid image tag`,
        TAG_RULE,
      );
    }
  }
  if (job.tags.length === 0) {
    throw new InputError('image-tags', 'no tags', 'Give at least {package-version}');
  }
  if ((job.username === undefined) !== (job.password === undefined)) {
    const missing = job.username === undefined ? 'registry-username' : 'registry-password';
    throw new InputError(
      missing,
      'is not set while the other registry credential is',
      'Set both registry-username and registry-password, or neither',
    );
  }
}

/** The job for one build: validates everything, so a bad input fails before any command. */
export function planImageJob(
  settings: ImageSettings,
  facts: ImageFacts,
  clock: () => Date,
  options: ImagePlanOptions = {},
): ImageJob {
  if (settings.name === undefined || settings.name === '') {
    throw new InputError(
      'image',
      'is not set',
      'Set image to the repository to push to, e.g. docker.io/you/app',
    );
  }
  assertImageName(settings.name);
  if (!BUILD_ARG_NAME.test(facts.versionArg)) {
    throw new InputError(
      'version-arg',
      `${quoteForMessage(facts.versionArg)} is not a build-arg name`,
      'Use letters, digits and _, e.g. AK_VERSION',
    );
  }
  const name = settings.name;
  const parsed = parseImageName(name);
  if (parsed === undefined) throw new Error('unreachable: the name was validated');
  const templates = settings.tags.length === 0 ? DEFAULT_IMAGE_TAGS : settings.tags;
  const job: ImageJob = {
    builder: settings.builder,
    contextDir: facts.contextDir,
    dockerfile: facts.dockerfile,
    name,
    tags: resolveImageTags(templates, facts),
    platforms: validatePlatforms(settings.platforms),
    buildArgs: [
      `${facts.versionArg}=${facts.upstreamVersion}`,
      ...validateBuildArgs(settings.buildArgs, facts.versionArg),
    ],
    labels: imageLabels(facts, clock()),
    push: settings.push,
    registry: registryHost(parsed),
    username: emptyToUndefined(settings.registryUsername),
    password: emptyToUndefined(settings.registryPassword),
    // Like Docker's own default, a registry on this machine is spoken to over plain HTTP.
    tlsVerify: options.tlsVerify ?? !isLoopbackHost(registryHost(parsed).replace(/:\d+$/, '')),
    dryRun: options.dryRun ?? false,
  };
  assertValidJob(job);
  return job;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
