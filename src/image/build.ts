/**
 * Runs an image job: log in through stdin, build, push, read the digest the builder wrote, log
 * out. The thin effectful side of `commands.ts`; every command goes through `@actions/exec`
 * with an argument array, and everything it prints is scrubbed before it is logged or kept.
 */
import { getExecOutput } from '@actions/exec';
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, delimiter, join } from 'node:path';
import { InputError, ServiceError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Builder } from '../settings.ts';
import {
  commandSequence,
  imageCommands,
  renderCommand,
  type BuildOutputs,
  type DigestSource,
  type ImageCommand,
} from './commands.ts';
import { LogTail, formatTail, parseDigest, scrubSecrets } from './output.ts';
import { assertValidJob, type ImageJob } from './plan.ts';

export interface ImageDeps {
  logger: Logger;
  /** Where the run's private folder for metadata and digest files is made (RUNNER_TEMP). */
  tempDir: string;
  /**
   * Variables added to the builder's environment (and its PATH lookup): a storage or auth file
   * location, say. The rest of the environment is the process's own.
   */
  env?: Record<string, string>;
}

export interface ImageResult {
  /** `{name}:{package-version}` */
  image: string;
  /** `sha256:…` as the builder reported it; undefined when nothing was pushed. */
  digest: string | undefined;
  /** The commands, as run (or, in a dry run, as they would run), secrets masked. */
  commands: string[];
}

const TAIL_LINES = 20;

interface RunContext {
  job: ImageJob;
  logger: Logger;
  env: Record<string, string>;
  toolPath: string;
  secrets: string[];
}

/** Builds (and pushes) the image; throws InputError or ServiceError with a one-line headline. */
export async function buildImage(job: ImageJob, deps: ImageDeps): Promise<ImageResult> {
  assertValidJob(job);
  const image = `${job.name}:${job.tags[0]}`;
  const secrets = secretsOf(job);

  if (job.dryRun) {
    const outputs = buildOutputs(join(deps.tempDir, 'cloudron-release-image-XXXXXX'), 'RUN-ID');
    const commands = commandSequence(imageCommands(job, outputs)).map((command) =>
      scrubSecrets(renderCommand(command), secrets),
    );
    for (const command of commands) deps.logger.info(`would run: ${command}`);
    return { image, digest: undefined, commands };
  }

  const env = processEnv(deps.env);
  const toolPath = await findOnPath(job.builder, env.PATH ?? '');
  const dir = await mkdtemp(join(deps.tempDir, 'cloudron-release-image-'));
  const outputs = buildOutputs(dir, randomUUID());
  const commands = imageCommands(job, outputs);
  const context: RunContext = { job, logger: deps.logger, env, toolPath, secrets };
  const ran: string[] = [];
  let loggedIn = false;
  try {
    if (commands.login !== undefined) {
      await run(commands.login, context, ran);
      loggedIn = true;
    }
    let built = false;
    try {
      for (const command of commands.build) await run(command, context, ran);
      built = true;
      for (const command of commands.push) await run(command, context, ran);
    } finally {
      if (built) for (const command of commands.cleanup) await runQuietly(command, context, ran);
    }
    const digest =
      commands.digest === undefined ? undefined : await readDigest(commands.digest, job);
    if (digest !== undefined)
      deps.logger.info(`${job.push ? 'Pushed' : 'Built'} ${image}@${digest}`);
    return { image, digest, commands: ran };
  } finally {
    if (loggedIn && commands.logout !== undefined) {
      await runQuietly(commands.logout, context, ran);
    }
    await rm(outputs.dir, { recursive: true, force: true });
  }
}

/** The password, and the forms a tool could print it in (a basic-auth token). */
function secretsOf(job: ImageJob): string[] {
  if (job.password === undefined) return [];
  const basic = Buffer.from(`${job.username ?? ''}:${job.password}`).toString('base64');
  return [job.password, basic];
}

/** The run's folder, and a local manifest list name that no other run uses. */
function buildOutputs(dir: string, runId: string): BuildOutputs {
  return { dir, listName: `localhost/cloudron-release-build:${runId}` };
}

function processEnv(extra: Record<string, string> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}

/** The builder's executable on `path`; a clear InputError instead of exec's own message. */
async function findOnPath(tool: Builder, path: string): Promise<string> {
  for (const dir of path.split(delimiter).filter((d) => d !== '')) {
    const candidate = join(dir, tool);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  throw new InputError(
    'builder',
    `'${tool}' is not installed (not found on PATH)`,
    'Install it on the runner or choose another builder: docker, buildah or podman',
  );
}

async function exec(
  command: ImageCommand,
  context: RunContext,
  tail: LogTail,
): Promise<{ exitCode: number } | { startError: string }> {
  const onLine = (line: string): void => {
    const clean = scrubSecrets(line, context.secrets);
    tail.push(clean);
    context.logger.info(clean);
  };
  const input =
    command.stdin === 'password' && context.job.password !== undefined
      ? Buffer.from(context.job.password)
      : undefined;
  try {
    const { exitCode } = await getExecOutput(context.toolPath, command.args, {
      env: context.env,
      silent: true,
      ignoreReturnCode: true,
      input,
      listeners: { stdline: onLine, errline: onLine },
    });
    return { exitCode };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { startError: scrubSecrets(message, context.secrets) };
  }
}

async function run(command: ImageCommand, context: RunContext, ran: string[]): Promise<void> {
  const rendered = scrubSecrets(renderCommand(command), context.secrets);
  ran.push(rendered);
  context.logger.info(`$ ${rendered}`);
  const tail = new LogTail(TAIL_LINES);
  const outcome = await exec(command, context, tail);
  if ('exitCode' in outcome && outcome.exitCode === 0) return;
  const how =
    'exitCode' in outcome ? `exited with code ${outcome.exitCode}` : 'could not be started';
  throw new ServiceError(
    `${failureHeadline(command, context.job)} ('${command.tool} ${command.args[0]}' ${how}).` +
      formatTail('startError' in outcome ? [outcome.startError] : tail.lines),
  );
}

/** A step whose failure must not hide the outcome of the job: cleanup and logout. */
async function runQuietly(
  command: ImageCommand,
  context: RunContext,
  ran: string[],
): Promise<void> {
  try {
    await run(command, context, ran);
  } catch (error) {
    const headline = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    context.logger.warning(scrubSecrets(headline, context.secrets));
  }
}

function failureHeadline(command: ImageCommand, job: ImageJob): string {
  switch (command.step) {
    case 'login':
      return (
        `Registry login to ${job.registry} failed: check that the registry is reachable and ` +
        'that registry-username and registry-password are right'
      );
    case 'build':
      return `Image build of ${job.name} failed: see the builder's output below`;
    case 'push':
      return (
        `Image push to ${job.name} failed: check that the registry is reachable and that ` +
        'the credentials may push to this repository'
      );
    case 'cleanup':
      return `Removing the local manifest list failed; it is left in the builder's storage`;
    case 'logout':
      return `Registry logout from ${job.registry} failed; the login stays in the builder's auth file`;
  }
}

/** The digest the builder itself wrote; a push without one is an error, never a guess. */
async function readDigest(source: DigestSource, job: ImageJob): Promise<string | undefined> {
  let text: string | undefined;
  try {
    text = await readFile(source.file, 'utf8');
  } catch {
    text = undefined;
  }
  const digest = text === undefined ? undefined : parseDigest(source.format, text);
  if (digest !== undefined || !job.push) return digest;
  throw new ServiceError(
    `Image pushed, but ${job.builder} reported no sha256 digest in ${basename(source.file)}: ` +
      'update the builder to a version that writes it',
  );
}
