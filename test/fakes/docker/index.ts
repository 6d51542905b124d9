/**
 * Puts the stand-in `docker` (docker.ts) in a fresh bin folder, for a test to put first on
 * PATH, and reads back what it recorded.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FakeDockerCall {
  argv: string[];
  /** What the call read from stdin; only calls with --password-stdin read it. */
  stdin?: string;
}

export interface FakeDocker {
  binDir: string;
  /** The environment for a run: PATH with the stand-in first, where to record, and `extra`. */
  env(extra?: { password?: string; fail?: string }): Record<string, string>;
  /** Every call so far, in order. */
  calls(): Promise<FakeDockerCall[]>;
  /** The digests the stand-in wrote into metadata files. */
  metadataDigests(): Promise<string[]>;
  /** Forgets the calls so far. */
  reset(): Promise<void>;
  remove(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./docker.ts', import.meta.url));

export async function installFakeDocker(): Promise<FakeDocker> {
  const binDir = await mkdtemp(join(tmpdir(), 'cloudron-release-fake-docker-'));
  const logFile = join(binDir, 'calls.jsonl');
  // The Node that runs the tests (24, which strips types) runs the stand-in too.
  const wrapper = `#!/bin/sh\nexec '${process.execPath}' '${SCRIPT}' "$@"\n`;
  await writeFile(join(binDir, 'docker'), wrapper);
  await chmod(join(binDir, 'docker'), 0o755);
  await writeFile(logFile, '');

  const entries = async (): Promise<Record<string, unknown>[]> =>
    (await readFile(logFile, 'utf8'))
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  return {
    binDir,
    env(extra = {}) {
      const env: Record<string, string> = {
        PATH: `${binDir}:${process.env.PATH ?? ''}`,
        FAKE_DOCKER_LOG: logFile,
      };
      if (extra.password !== undefined) env.FAKE_DOCKER_PASSWORD = extra.password;
      if (extra.fail !== undefined) env.FAKE_DOCKER_FAIL = extra.fail;
      return env;
    },
    async calls() {
      return (await entries()).filter((e) => 'argv' in e) as unknown as FakeDockerCall[];
    },
    async metadataDigests() {
      return (await entries()).flatMap((e) =>
        typeof e.metadataDigest === 'string' ? [e.metadataDigest] : [],
      );
    },
    async reset() {
      await writeFile(logFile, '');
      await rm(`${logFile}.password`, { force: true });
    },
    async remove() {
      await rm(binDir, { recursive: true, force: true });
    },
  };
}
