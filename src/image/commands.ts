/**
 * The command lines of one image job, one pure builder per tool: `docker buildx`, `buildah`
 * and `podman`. Every command is an argument array; the registry password is never in it, only
 * marked as the login's standard input.
 */
import type { Builder } from '../settings.ts';
import { DOCKER_HUB } from './reference.ts';
import type { ImageJob } from './plan.ts';

export type ImageStep = 'login' | 'build' | 'push' | 'cleanup' | 'logout';

export interface ImageCommand {
  tool: Builder;
  args: string[];
  step: ImageStep;
  /** `password`: the registry password goes to the command's standard input. */
  stdin?: 'password';
}

/** Where the builder writes what the runner reads back; made fresh for each run. */
export interface BuildOutputs {
  /** A private, empty directory. */
  dir: string;
  /** A local name no other run uses, for the manifest list of a multi-platform build. */
  listName: string;
}

/** Where the pushed digest is read from after the commands ran. */
export type DigestSource =
  { format: 'buildx-metadata'; file: string } | { format: 'digestfile'; file: string };

/** The commands of one job, in the order they run. */
export interface ImageCommands {
  login: ImageCommand | undefined;
  build: ImageCommand[];
  push: ImageCommand[];
  /** Run after the build whatever happened; their failures are only warnings. */
  cleanup: ImageCommand[];
  logout: ImageCommand | undefined;
  /** Undefined when nothing reports a digest (a build that is not pushed). */
  digest: DigestSource | undefined;
}

export function metadataFile(outputs: BuildOutputs): string {
  return `${outputs.dir}/metadata.json`;
}

export function digestFile(outputs: BuildOutputs, index: number): string {
  return `${outputs.dir}/digest-${index}`;
}

function reference(job: ImageJob, tag: string): string {
  return `${job.name}:${tag}`;
}

function commonBuildArgs(job: ImageJob): string[] {
  const args = ['--file', job.dockerfile];
  if (job.platforms.length > 0) args.push('--platform', job.platforms.join(','));
  for (const buildArg of job.buildArgs) args.push('--build-arg', buildArg);
  for (const label of job.labels) args.push('--label', `${label.name}=${label.value}`);
  return args;
}

function credentials(job: ImageJob): job is ImageJob & { username: string; password: string } {
  return job.username !== undefined && job.password !== undefined;
}

/** `docker buildx build`: one command builds, tags and pushes; the digest is in its metadata. */
export function buildxCommands(job: ImageJob, outputs: BuildOutputs): ImageCommands {
  // `docker login docker.io` stores the login under a key the pushes do not look up; without a
  // server argument docker uses Docker Hub's own key.
  const server = job.registry === DOCKER_HUB ? [] : [job.registry];
  const build = ['buildx', 'build', ...commonBuildArgs(job)];
  for (const tag of job.tags) build.push('--tag', reference(job, tag));
  build.push('--metadata-file', metadataFile(outputs));
  // --load cannot hold a multi-platform image in the classic image store: such a build
  // without push only fills the build cache.
  if (job.push) build.push('--push');
  else if (job.platforms.length <= 1) build.push('--load');
  build.push(job.contextDir);
  return {
    login: credentials(job)
      ? {
          tool: 'docker',
          step: 'login',
          args: ['login', '--username', job.username, '--password-stdin', ...server],
          stdin: 'password',
        }
      : undefined,
    build: [{ tool: 'docker', step: 'build', args: build }],
    push: [],
    cleanup: [],
    logout: credentials(job)
      ? { tool: 'docker', step: 'logout', args: ['logout', ...server] }
      : undefined,
    digest: { format: 'buildx-metadata', file: metadataFile(outputs) },
  };
}

/**
 * buildah and podman share their command lines: build into local storage, then push each tag
 * with `--digestfile`. Several platforms make a manifest list under a private local name (an
 * existing list of the same name would gain duplicate entries), pushed with all its images.
 */
function containersCommands(
  tool: 'buildah' | 'podman',
  buildVerb: string,
  job: ImageJob,
  outputs: BuildOutputs,
): ImageCommands {
  const tls = job.tlsVerify ? [] : ['--tls-verify=false'];
  const multiPlatform = job.platforms.length > 1;
  const build = [buildVerb, ...commonBuildArgs(job)];
  if (multiPlatform) build.push('--manifest', outputs.listName);
  else for (const tag of job.tags) build.push('--tag', reference(job, tag));
  build.push(job.contextDir);
  const pushArgs = (tag: string, index: number): string[] => {
    const destination = `docker://${reference(job, tag)}`;
    const file = ['--digestfile', digestFile(outputs, index)];
    return multiPlatform
      ? ['manifest', 'push', '--all', ...tls, ...file, outputs.listName, destination]
      : ['push', ...tls, ...file, reference(job, tag), destination];
  };
  const push: ImageCommand[] = job.push
    ? job.tags.map((tag, index) => ({ tool, step: 'push', args: pushArgs(tag, index) }))
    : [];
  return {
    login: credentials(job)
      ? {
          tool,
          step: 'login',
          args: ['login', ...tls, '--username', job.username, '--password-stdin', job.registry],
          stdin: 'password',
        }
      : undefined,
    build: [{ tool, step: 'build', args: build }],
    push,
    cleanup: multiPlatform
      ? [{ tool, step: 'cleanup', args: ['manifest', 'rm', outputs.listName] }]
      : [],
    logout: credentials(job) ? { tool, step: 'logout', args: ['logout', job.registry] } : undefined,
    // Every push writes the digest of the same manifest; the first tag is the package version.
    digest: job.push ? { format: 'digestfile', file: digestFile(outputs, 0) } : undefined,
  };
}

/** `buildah bud` (its long-standing name for `build`) and `buildah push --digestfile`. */
export function buildahCommands(job: ImageJob, outputs: BuildOutputs): ImageCommands {
  return containersCommands('buildah', 'bud', job, outputs);
}

/** `podman build` and `podman push --digestfile`. */
export function podmanCommands(job: ImageJob, outputs: BuildOutputs): ImageCommands {
  return containersCommands('podman', 'build', job, outputs);
}

export function imageCommands(job: ImageJob, outputs: BuildOutputs): ImageCommands {
  switch (job.builder) {
    case 'docker':
      return buildxCommands(job, outputs);
    case 'buildah':
      return buildahCommands(job, outputs);
    case 'podman':
      return podmanCommands(job, outputs);
  }
}

/** Every command in the order the runner runs them. */
export function commandSequence(commands: ImageCommands): ImageCommand[] {
  return [
    ...(commands.login === undefined ? [] : [commands.login]),
    ...commands.build,
    ...commands.push,
    ...commands.cleanup,
    ...(commands.logout === undefined ? [] : [commands.logout]),
  ];
}

const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A command as a person would type it, for logs and the dry-run plan (display only). */
export function renderCommand(command: ImageCommand): string {
  const words = [command.tool, ...command.args].map((word) =>
    SHELL_SAFE.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`,
  );
  const line = words.join(' ');
  return command.stdin === 'password' ? `${line} <<< '***'` : line;
}
