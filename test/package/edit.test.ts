import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, PackageError, UserError } from '../../src/errors.ts';
import { planPackageEdit, type PackageEditInput } from '../../src/package/edit.ts';
import { writeFilesAtomically } from '../../src/package/files.ts';
import type { PackageBump } from '../../src/settings.ts';
import { authentikFixture } from '../support/paths.ts';

const FILES = ['Dockerfile', 'CloudronManifest.json', 'CHANGELOG.md'] as const;
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'cloudron-release-edit-'));
  for (const name of FILES) await fs.copyFile(join(authentikFixture, name), join(dir, name));
});
afterEach(async () => {
  spawnSync('chattr', ['-R', '-i', dir], { stdio: 'ignore' });
  await fs.rm(dir, { recursive: true, force: true });
});

async function snapshot(): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const name of FILES) texts[name] = await fs.readFile(join(dir, name), 'utf8');
  return texts;
}

async function inputFor(
  targetVersion: string,
  packageBump: PackageBump = 'auto',
): Promise<PackageEditInput> {
  const texts = await snapshot();
  return {
    dockerfile: { path: join(dir, 'Dockerfile'), text: texts.Dockerfile! },
    manifest: { path: join(dir, 'CloudronManifest.json'), text: texts['CloudronManifest.json']! },
    changelog: { path: join(dir, 'CHANGELOG.md'), text: texts['CHANGELOG.md'] },
    targetVersion,
    versionArg: 'AK_VERSION',
    packageBump,
    changelogTemplate: undefined,
    upstreamName: 'authentik',
    releaseUrl: `https://github.com/goauthentik/authentik/releases/tag/version%2F${targetVersion}`,
    date: '2026-02-10',
  };
}

/** What the bump mode does: read, plan, write. */
async function bump(targetVersion: string, packageBump: PackageBump = 'auto') {
  const plan = planPackageEdit(await inputFor(targetVersion, packageBump));
  await writeFilesAtomically(
    plan.changes.map((change) => ({ path: change.path, text: change.after })),
  );
  return plan;
}

async function corrupt(
  name: (typeof FILES)[number],
  edit: (text: string) => string,
): Promise<void> {
  const file = join(dir, name);
  await fs.writeFile(file, edit(await fs.readFile(file, 'utf8')));
}

describe('planPackageEdit', () => {
  it('bumps the authentik fixture and reports the versions', async () => {
    const plan = await bump('2025.10.4');
    expect(plan).toMatchObject({
      packageVersion: '1.4.0',
      previousPackageVersion: '1.3.2',
      previousVersion: '2025.8.3',
    });
    expect(plan.changes.map((change) => change.path)).toEqual(FILES.map((name) => join(dir, name)));
    expect(plan.manifest).toMatchObject({ version: '1.4.0', upstreamVersion: '2025.10.4' });
  });

  it('bumping to an explicit version twice equals once', async () => {
    await bump('2025.10.4', 'major');
    const once = await snapshot();
    const again = await bump('2025.10.4', 'major');
    expect(again.changes).toEqual([]);
    expect(again.packageVersion).toBe('2.0.0');
    expect(await snapshot()).toEqual(once);
  });

  it('changes nothing when the files already name the target', async () => {
    const plan = planPackageEdit(await inputFor('2025.8.3', 'minor'));
    expect(plan.changes).toEqual([]);
    expect(plan.packageVersion).toBe('1.3.2');
  });

  it('repairs a Dockerfile that disagrees without bumping the package again', async () => {
    await corrupt('Dockerfile', (text) =>
      text.replace('ARG AK_VERSION=2025.8.3\nENV', 'ARG AK_VERSION=2025.8.1\nENV'),
    );
    const plan = planPackageEdit(await inputFor('2025.8.3'));
    expect(plan.changes.map((change) => change.path)).toEqual([join(dir, 'Dockerfile')]);
    expect(plan.packageVersion).toBe('1.3.2');
  });

  it('does not add a changelog entry that is already there, and does not fail', async () => {
    await corrupt('CHANGELOG.md', (text) => `${text}\n[1.4.0]\n* Written by hand\n`);
    const before = await snapshot();
    const plan = await bump('2025.10.4');
    expect(plan.changes.map((change) => change.path)).not.toContain(join(dir, 'CHANGELOG.md'));
    expect((await snapshot())['CHANGELOG.md']).toBe(before['CHANGELOG.md']);
  });

  it('creates a missing changelog', async () => {
    const input = await inputFor('2025.8.6');
    const plan = planPackageEdit({
      ...input,
      changelog: { path: input.changelog.path, text: undefined },
    });
    expect(plan.changes.at(-1)).toEqual({
      path: join(dir, 'CHANGELOG.md'),
      before: undefined,
      after:
        '[1.3.3]\n* Update authentik to 2025.8.6\n* [Full Changelog](https://github.com/goauthentik/authentik/releases/tag/version%2F2025.8.6)\n',
    });
  });

  it('adds a CloudronVersions.json entry only when the file exists', async () => {
    const input = await inputFor('2025.8.6');
    const versions = {
      path: join(dir, 'CloudronVersions.json'),
      dockerImage: 'docker.io/stalecontext/authentik-cloudron:1.3.3',
      date: new Date('2026-02-10T00:00:00Z'),
      publishState: 'published' as const,
    };
    const absent = planPackageEdit({ ...input, versionsFile: { ...versions, text: undefined } });
    expect(absent.changes).toHaveLength(3);
    const present = planPackageEdit({
      ...input,
      versionsFile: { ...versions, text: '{"stable": true, "versions": {}}\n' },
    });
    const entry = JSON.parse(present.changes[3]!.after) as {
      versions: Record<string, { manifest: object }>;
    };
    expect(entry.versions['1.3.3']!.manifest).toEqual({
      ...present.manifest,
      dockerImage: versions.dockerImage,
    });
  });
});

describe('bad input: a clear error naming the file, and nothing written', () => {
  const manifestPath = () => join(dir, 'CloudronManifest.json');

  it.each<[string, (text: string) => string, RegExp]>([
    [
      'invalid JSON',
      (text) => text.replace('"httpPort": 9000,', '"httpPort": 9000'),
      /CloudronManifest\.json:11:3: invalid JSON: expected ',' or '}'/,
    ],
    [
      "a manifest that fails Cloudron's check",
      (text) => text.replace('"httpPort": 9000', '"httpPort": 99999'),
      /CloudronManifest\.json: the manifest does not pass Cloudron's manifest check \(Value 99999 is greater than maximum 65535 @ \/httpPort\)/,
    ],
    [
      'a package version that is not semver',
      (text) => text.replace('"1.3.2"', '"1.3"'),
      /CloudronManifest\.json:7:14: "version" is not a semver version/,
    ],
  ])('%s', async (_what, edit, message) => {
    await corrupt('CloudronManifest.json', edit);
    const before = await snapshot();
    const attempt = bump('2025.10.4');
    await expect(attempt).rejects.toThrow(PackageError);
    await expect(attempt).rejects.toThrow(message);
    const text = await attempt.then(
      () => '',
      (error: unknown) => (error as Error).message,
    );
    expect(text.startsWith(manifestPath())).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('a target version that is not semver', async () => {
    const before = await snapshot();
    await expect(bump('2025.10')).rejects.toThrow(InputError);
    await expect(bump('2025.10')).rejects.toThrow(
      "Input 'version': the target version is not a semver version",
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a Dockerfile without the ARG', async () => {
    await corrupt('Dockerfile', (text) =>
      text.replaceAll('ARG AK_VERSION=2025.8.3', 'ARG AK_VERSION'),
    );
    const before = await snapshot();
    await expect(bump('2025.10.4')).rejects.toThrow(
      `${join(dir, 'Dockerfile')}: no "ARG AK_VERSION=<version>" line`,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('an unknown changelog placeholder', async () => {
    const before = await snapshot();
    const input = { ...(await inputFor('2025.10.4')), changelogTemplate: '* {nope}' };
    expect(() => planPackageEdit(input)).toThrow(UserError);
    expect(await snapshot()).toEqual(before);
  });

  const chattr = spawnSync('chattr', ['--help'], { stdio: 'ignore' }).error === undefined;
  it.runIf(chattr)(
    'an unwritable changelog leaves the Dockerfile and manifest untouched',
    async (context) => {
      if (spawnSync('chattr', ['+i', join(dir, 'CHANGELOG.md')]).status !== 0) context.skip();
      const before = await snapshot();
      await expect(bump('2025.10.4')).rejects.toThrow(
        `${join(dir, 'CHANGELOG.md')}: cannot be written (EPERM); no file was changed`,
      );
      expect(await snapshot()).toEqual(before);
    },
  );

  it('a changelog whose place is taken by a directory leaves the other files untouched', async () => {
    const input = await inputFor('2025.10.4');
    await fs.rm(join(dir, 'CHANGELOG.md'));
    await fs.mkdir(join(dir, 'CHANGELOG.md'));
    const before = { Dockerfile: input.dockerfile.text, manifest: input.manifest.text };
    const plan = planPackageEdit(input);
    await expect(
      writeFilesAtomically(
        plan.changes.map((change) => ({ path: change.path, text: change.after })),
      ),
    ).rejects.toThrow(`${join(dir, 'CHANGELOG.md')}: is not a regular file`);
    expect(await fs.readFile(join(dir, 'Dockerfile'), 'utf8')).toBe(before.Dockerfile);
    expect(await fs.readFile(manifestPath(), 'utf8')).toBe(before.manifest);
  });
});
