/**
 * Plain git on a bare repository, with no HTTP in sight: the fake's handlers run git through
 * `runGit`, and tests use `createBareRepository` and `commitDirectly` to set up the history a
 * person would have pushed, which the code under test must then build on.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs git in `cwd` with an argument array; rejects with git's stderr on a non-zero exit. */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    if (options.input !== undefined && child.stdin) {
      // A git command that exits without reading its input is judged by its exit code.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}

/**
 * Commits `files` (path → text, with `modes` for anything but `100644`) on top of
 * `branch` directly in the bare repository, as a person pushing would; creates the branch when
 * missing. Returns the new commit's sha.
 */
export async function commitDirectly(
  bareDir: string,
  branch: string,
  files: Record<string, string>,
  message: string,
  modes: Record<string, string> = {},
): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'fake-commit-'));
  const env = {
    GIT_INDEX_FILE: join(scratch, 'index'),
    GIT_AUTHOR_NAME: 'Packager',
    GIT_AUTHOR_EMAIL: 'packager@example.com',
    GIT_COMMITTER_NAME: 'Packager',
    GIT_COMMITTER_EMAIL: 'packager@example.com',
  };
  const git = (args: string[], input?: string) => runGit(bareDir, args, { env, input });
  try {
    let parent: string | undefined;
    try {
      parent = (await git(['rev-parse', '--verify', `refs/heads/${branch}`])).trim();
      await git(['read-tree', parent]);
    } catch {
      await git(['read-tree', '--empty']);
    }
    for (const [path, content] of Object.entries(files)) {
      const sha = (await git(['hash-object', '-w', '--stdin'], content)).trim();
      await git([
        'update-index',
        '--add',
        '--cacheinfo',
        `${modes[path] ?? '100644'},${sha},${path}`,
      ]);
    }
    const tree = (await git(['write-tree'])).trim();
    const commit = (
      await git(['commit-tree', tree, ...(parent ? ['-p', parent] : [])], message)
    ).trim();
    await git(['update-ref', `refs/heads/${branch}`, commit]);
    return commit;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A new bare repository in `dir` whose `branch` holds one commit of `files`. */
export async function createBareRepository(
  dir: string,
  branch: string,
  files: Record<string, string>,
  modes: Record<string, string> = {},
): Promise<string> {
  await runGit(dir, ['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
  return commitDirectly(dir, branch, files, 'Initial package', modes);
}
