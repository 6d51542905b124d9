import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackageError } from '../../src/errors.ts';
import { unifiedDiff, writeFilesAtomically, type RenameOps } from '../../src/package/files.ts';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'cloudron-release-files-'));
});
afterEach(async () => {
  spawnSync('chattr', ['-R', '-i', dir], { stdio: 'ignore' });
  await fs.rm(dir, { recursive: true, force: true });
});

/** Two package files with known contents; returns their paths. */
async function packageFiles(): Promise<{ dockerfile: string; manifest: string }> {
  const dockerfile = join(dir, 'Dockerfile');
  const manifest = join(dir, 'CloudronManifest.json');
  await fs.writeFile(dockerfile, 'ARG V=1\n');
  await fs.writeFile(manifest, '{"version": "1.0.0"}\n');
  return { dockerfile, manifest };
}

async function expectUntouched(files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    expect(await fs.readFile(file, 'utf8'), file).toBe(text);
  }
  const leftovers = (await fs.readdir(dir)).filter((name) => name.includes('.cloudron-release-'));
  expect(leftovers).toEqual([]);
}

async function failureOf(promise: Promise<unknown>): Promise<PackageError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PackageError);
  return error as PackageError;
}

describe('writeFilesAtomically', () => {
  it('writes every file, keeps modes and symlinks, and leaves nothing behind', async () => {
    const { dockerfile, manifest } = await packageFiles();
    await fs.chmod(dockerfile, 0o755);
    await fs.mkdir(join(dir, 'real'));
    await fs.writeFile(join(dir, 'real', 'CHANGELOG.md'), 'old\n');
    const changelog = join(dir, 'CHANGELOG.md');
    await fs.symlink(join('real', 'CHANGELOG.md'), changelog);
    const created = join(dir, 'CloudronVersions.json');

    await writeFilesAtomically([
      { path: dockerfile, text: 'ARG V=2\n' },
      { path: manifest, text: '{"version": "1.1.0"}\n' },
      { path: changelog, text: 'new\n' },
      { path: created, text: '{}\n' },
    ]);

    await expectUntouched({
      [dockerfile]: 'ARG V=2\n',
      [manifest]: '{"version": "1.1.0"}\n',
      [join(dir, 'real', 'CHANGELOG.md')]: 'new\n',
      [created]: '{}\n',
    });
    expect((await fs.stat(dockerfile)).mode & 0o777).toBe(0o755);
    expect((await fs.lstat(changelog)).isSymbolicLink()).toBe(true);
  });

  it('writes nothing when a target is a directory', async () => {
    const { dockerfile, manifest } = await packageFiles();
    const changelog = join(dir, 'CHANGELOG.md');
    await fs.mkdir(changelog);
    const error = await failureOf(
      writeFilesAtomically([
        { path: dockerfile, text: 'ARG V=2\n' },
        { path: manifest, text: '{"version": "1.1.0"}\n' },
        { path: changelog, text: 'new\n' },
      ]),
    );
    expect(error.message).toBe(
      `${changelog}: is not a regular file; replace it with the file itself`,
    );
    await expectUntouched({ [dockerfile]: 'ARG V=1\n', [manifest]: '{"version": "1.0.0"}\n' });
  });

  it("writes nothing when a target's folder is a file", async () => {
    const { dockerfile, manifest } = await packageFiles();
    const notADir = join(dir, 'Dockerfile', 'CHANGELOG.md');
    const error = await failureOf(
      writeFilesAtomically([
        { path: manifest, text: '{"version": "1.1.0"}\n' },
        { path: notADir, text: 'new\n' },
      ]),
    );
    expect(error.message).toMatch(
      /Dockerfile\/CHANGELOG\.md: cannot be written \(ENOTDIR\); no file was changed/,
    );
    await expectUntouched({ [dockerfile]: 'ARG V=1\n', [manifest]: '{"version": "1.0.0"}\n' });
  });

  const immutable = spawnSync('chattr', ['--help'], { stdio: 'ignore' }).error === undefined;
  it.runIf(immutable)(
    'writes nothing when a target is immutable (chattr +i, fails even for root)',
    async (context) => {
      const { dockerfile, manifest } = await packageFiles();
      if (spawnSync('chattr', ['+i', manifest]).status !== 0) context.skip();
      const error = await failureOf(
        writeFilesAtomically([
          { path: dockerfile, text: 'ARG V=2\n' },
          { path: manifest, text: '{"version": "1.1.0"}\n' },
        ]),
      );
      expect(error.message).toMatch(
        /CloudronManifest\.json: cannot be written \(EPERM\); no file was changed/,
      );
      await expectUntouched({ [dockerfile]: 'ARG V=1\n', [manifest]: '{"version": "1.0.0"}\n' });
    },
  );

  it('puts back the files already replaced when a later rename fails', async () => {
    const { dockerfile, manifest } = await packageFiles();
    const created = join(dir, 'CHANGELOG.md');
    let renames = 0;
    const failingThird: RenameOps = {
      rename: async (from, to) => {
        if (++renames === 3) throw Object.assign(new Error('injected'), { code: 'EIO' });
        await fs.rename(from, to);
      },
    };
    const error = await failureOf(
      writeFilesAtomically(
        [
          { path: dockerfile, text: 'ARG V=2\n' },
          { path: created, text: 'new\n' },
          { path: manifest, text: '{"version": "1.1.0"}\n' },
        ],
        failingThird,
      ),
    );
    expect(error.message).toBe(
      `${manifest}: cannot be replaced (EIO); no file was changed. Check the folder and run again`,
    );
    await expectUntouched({ [dockerfile]: 'ARG V=1\n', [manifest]: '{"version": "1.0.0"}\n' });
    await expect(fs.access(created)).rejects.toThrow();
  });

  it('refuses the same file twice', async () => {
    await expect(
      writeFilesAtomically([
        { path: join(dir, 'a'), text: '1' },
        { path: join(dir, '.', 'a'), text: '2' },
      ]),
    ).rejects.toThrow('the same file is listed twice');
  });
});

describe('unifiedDiff', () => {
  it('shows a change with git-style names', () => {
    expect(unifiedDiff('Dockerfile', 'ARG V=1\nFROM x\n', 'ARG V=2\nFROM x\n')).toBe(
      '--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n-ARG V=1\n+ARG V=2\n FROM x\n',
    );
  });

  it('shows a new file against /dev/null and nothing for no change', () => {
    expect(unifiedDiff('CHANGELOG.md', undefined, '[1.0.0]\n')).toBe(
      '--- /dev/null\n+++ b/CHANGELOG.md\n@@ -0,0 +1,1 @@\n+[1.0.0]\n',
    );
    expect(unifiedDiff('x', 'same', 'same')).toBe('');
  });
});
