/**
 * Blobs, trees and commits of the Git Data API, written with git's own plumbing (`hash-object
 * -w`; `read-tree`, `update-index`, `write-tree` on a scratch index; `commit-tree`) so that what
 * the code under test wrote is a real object `git show` can read. The error answers live here
 * too because this is the module every other part of the GitHub fake builds on.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeRequest, FakeResponse } from './github.ts';
import type { FakeGitRepository } from './github-git.ts';

const DOCS = 'https://docs.github.com/rest';
export const notFound: FakeResponse = {
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS },
};

export function validationFailed(
  errors: { resource?: string; field?: string; code: string; message?: string }[],
): FakeResponse {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: DOCS } };
}

/** A 422 with only a message, as GitHub answers for refs ("Reference does not exist"). */
export function unprocessable(message: string): FakeResponse {
  return { status: 422, body: { message, documentation_url: DOCS } };
}

/** The identity GitHub gives commits made with the workflow's token. */
const BOT = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };

function person(line: string): { name: string; email: string; date: string } {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)!;
  return {
    name: match[1]!,
    email: match[2]!,
    date: new Date(Number(match[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

export async function commitObject(repo: FakeGitRepository, sha: string): Promise<object> {
  const raw = await repo.git(['cat-file', 'commit', sha]);
  const split = raw.indexOf('\n\n');
  const headers = raw.slice(0, split).split('\n');
  const message = raw.slice(split + 2).replace(/\n$/, '');
  const value = (name: string) =>
    headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
  const tree = value('tree')[0]!;
  return {
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    url: `${repo.api}/git/commits/${sha}`,
    html_url: `${repo.html}/commit/${sha}`,
    author: person(value('author')[0]!),
    committer: person(value('committer')[0]!),
    tree: { sha: tree, url: `${repo.api}/git/trees/${tree}` },
    message,
    parents: value('parent').map((p) => ({
      sha: p,
      url: `${repo.api}/git/commits/${p}`,
      html_url: `${repo.html}/commit/${p}`,
    })),
    verification: {
      verified: true,
      reason: 'valid',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

export async function getCommit(repo: FakeGitRepository, sha: string): Promise<FakeResponse> {
  if ((await repo.objectType(sha)) !== 'commit') return notFound;
  return { status: 200, body: await commitObject(repo, sha) };
}

export async function createCommit(
  repo: FakeGitRepository,
  request: FakeRequest,
): Promise<FakeResponse> {
  const body = request.body as {
    message: string;
    tree: string;
    parents?: string[];
    author?: { name: string; email: string };
  };
  if ((await repo.objectType(body.tree)) !== 'tree') {
    return validationFailed([{ resource: 'Commit', field: 'tree', code: 'invalid' }]);
  }
  for (const parent of body.parents ?? []) {
    if ((await repo.objectType(parent)) !== 'commit') {
      return validationFailed([{ resource: 'Commit', field: 'parents', code: 'invalid' }]);
    }
  }
  const author = body.author ?? BOT;
  const date = `${Math.floor(Date.now() / 1000)} +0000`;
  const args = ['commit-tree', body.tree, ...(body.parents ?? []).flatMap((p) => ['-p', p])];
  const sha = (
    await repo.git(args, {
      input: body.message,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: GITHUB_COMMITTER.name,
        GIT_COMMITTER_EMAIL: GITHUB_COMMITTER.email,
        GIT_COMMITTER_DATE: date,
      },
    })
  ).trim();
  return { status: 201, body: await commitObject(repo, sha) };
}

export async function createBlob(
  repo: FakeGitRepository,
  request: FakeRequest,
): Promise<FakeResponse> {
  const { content, encoding } = request.body as { content: string; encoding?: string };
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64') {
    return validationFailed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }]);
  }
  const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
  const sha = (await repo.git(['hash-object', '-w', '--stdin'], { input: bytes })).trim();
  return { status: 201, body: { sha, url: `${repo.api}/git/blobs/${sha}` } };
}

export async function getBlob(
  repo: FakeGitRepository,
  request: FakeRequest,
): Promise<FakeResponse> {
  const sha = request.params.file_sha!;
  if ((await repo.objectType(sha)) !== 'blob') return notFound;
  const bytes = await blobBytes(repo.bareDir, sha);
  return {
    status: 200,
    body: {
      sha,
      node_id: `B_${sha.slice(0, 12)}`,
      url: `${repo.api}/git/blobs/${sha}`,
      size: bytes.length,
      content: wrapBase64(bytes),
      encoding: 'base64',
    },
  };
}

/** Reads the blob as raw bytes, which `runGit`'s utf-8 output would mangle for binary files. */
function blobBytes(bareDir: string, sha: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', 'blob', sha], {
      cwd: bareDir,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`cat-file ${sha}`)),
    );
  });
}

/** GitHub wraps base64 content at 60 characters. */
function wrapBase64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}

async function lsTree(
  repo: FakeGitRepository,
  treeish: string,
  path?: string,
): Promise<{ mode: string; type: string; sha: string; path: string }[]> {
  const out = await repo.git([
    'ls-tree',
    '-z',
    treeish,
    ...(path === undefined ? [] : ['--', path]),
  ]);
  return out
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const [meta, name] = line.split('\t') as [string, string];
      const [mode, type, sha] = meta.split(' ') as [string, string, string];
      return { mode, type, sha, path: name };
    });
}

/** Answers with `status` so that creating a tree can reply 201 with the same body. */
export async function getTree(
  repo: FakeGitRepository,
  treeSha: string,
  status: number,
): Promise<FakeResponse> {
  const type = await repo.objectType(treeSha);
  if (type !== 'tree' && type !== 'commit') return notFound;
  const sha = (await repo.git(['rev-parse', `${treeSha}^{tree}`])).trim();
  const entries = await lsTree(repo, sha);
  return {
    status,
    body: {
      sha,
      url: `${repo.api}/git/trees/${sha}`,
      tree: entries.map((e) => ({ ...e, url: `${repo.api}/git/${e.type}s/${e.sha}` })),
      truncated: false,
    },
  };
}

export async function createTree(
  repo: FakeGitRepository,
  request: FakeRequest,
): Promise<FakeResponse> {
  const body = request.body as {
    base_tree?: string;
    tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[];
  };
  // A scratch index keeps concurrent tree writes from seeing each other's entries.
  const scratch = await mkdtemp(join(tmpdir(), 'fake-index-'));
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  try {
    if (body.base_tree !== undefined) {
      if ((await repo.objectType(body.base_tree)) !== 'tree') {
        return validationFailed([{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]);
      }
      await repo.git(['read-tree', body.base_tree], { env });
    } else {
      await repo.git(['read-tree', '--empty'], { env });
    }
    for (const entry of body.tree) {
      if (entry.sha === null) {
        await repo.git(['update-index', '--force-remove', '--', entry.path], { env });
        continue;
      }
      if ((entry.sha === undefined) === (entry.content === undefined)) {
        return validationFailed([{ resource: 'Tree', field: 'tree', code: 'invalid' }]);
      }
      const sha =
        entry.sha ??
        (await repo.git(['hash-object', '-w', '--stdin'], { input: entry.content ?? '' })).trim();
      if ((await repo.objectType(sha)) !== entry.type) {
        return validationFailed([
          {
            resource: 'Tree',
            field: 'sha',
            code: 'invalid',
            message: `tree.sha ${sha} is not a valid ${entry.type}`,
          },
        ]);
      }
      await repo.git(
        ['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`],
        { env },
      );
    }
    const tree = (await repo.git(['write-tree'], { env })).trim();
    return getTree(repo, tree, 201);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
