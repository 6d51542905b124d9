/**
 * `mode: release` end to end: the GitHub fake backed by a bare repository, the real local
 * registry with buildah, and the Cloudron fake. Each test gets a world of its own.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listTags, manifestDigest } from '../support/registry.ts';
import {
  startReleaseWorld,
  APP_ID,
  PACKAGE_REPO,
  type ReleaseWorld,
} from '../support/release-world.ts';
import { runMode } from '../support/run-mode.ts';

let world: ReleaseWorld;
beforeEach(async () => {
  world = await startReleaseWorld();
}, 120_000);
afterEach(async () => {
  if (!world) return;
  expect(world.github.violations).toEqual([]);
  expect(world.cloudron.violations).toEqual([]);
  await world.close();
});

function release(inputs: Record<string, string> = {}) {
  return runMode(
    { ...world.inputs, ...inputs },
    {
      cwd: world.checkout,
      apiUrl: world.github.url,
      repository: `${PACKAGE_REPO.owner}/${PACKAGE_REPO.repo}`,
    },
  );
}

const git = (args: string[]) => world.repository.git(args);
const log = async () => (await git(['log', '--format=%s', 'main'])).trim().split('\n');
const filesOf = async (sha: string) =>
  (await git(['diff-tree', '--no-commit-id', '--name-only', '-r', sha])).trim().split('\n').sort();

describe('mode: release', () => {
  test('one run: image pushed, one commit on base with exactly the package files, the tag, the app updated', async () => {
    const { report } = await release();
    expect(report).toMatchObject({
      currentVersion: '2025.8.3',
      targetVersion: '2025.8.6',
      previousPackageVersion: '1.3.2',
      packageVersion: '1.3.3',
      image: `${world.registry.host}/${PACKAGE_REPO.repo}:1.3.3`,
    });
    // The image, as the registry has it.
    expect(await listTags(world.registry, PACKAGE_REPO.repo)).toEqual(
      expect.arrayContaining(['1.3.3', 'latest']),
    );
    expect(await manifestDigest(world.registry, PACKAGE_REPO.repo, '1.3.3')).toBe(
      report.imageDigest,
    );
    // One commit on base, with exactly the package files.
    expect(await log()).toEqual(['Update authentik to 2025.8.6', 'Initial package']);
    const head = (await git(['rev-parse', 'main'])).trim();
    expect(report.commitSha).toBe(head);
    expect(await filesOf(head)).toEqual([
      'CHANGELOG.md',
      'CloudronManifest.json',
      'CloudronVersions.json',
      'Dockerfile',
    ]);
    const versions = JSON.parse(await git(['show', 'main:CloudronVersions.json'])) as {
      versions: Record<string, { manifest: { dockerImage: string; version: string } }>;
    };
    expect(versions.versions['1.3.3']!.manifest).toMatchObject({
      version: '1.3.3',
      dockerImage: report.image,
    });
    // The tag, on that commit.
    expect(await world.repository.refSha('refs/tags/v1.3.3')).toBe(head);
    // The app, moved to the new package version and image.
    const app = world.cloudron.app(APP_ID);
    expect(app.manifest).toMatchObject({ version: '1.3.3', dockerImage: report.image });
    expect(report.cloudronResults).toEqual([
      expect.objectContaining({ id: APP_ID, status: 'updated', to: '1.3.3' }),
    ]);
  });

  test('dry-run computes everything and changes nothing', async () => {
    const before = await git(['rev-parse', 'main']);
    const dockerfile = await readFile(join(world.checkout, 'Dockerfile'), 'utf8');
    const { report, lines } = await release({ 'dry-run': 'true' });
    expect(report).toMatchObject({ targetVersion: '2025.8.6', packageVersion: '1.3.3' });
    expect(await git(['rev-parse', 'main'])).toBe(before);
    expect(await readFile(join(world.checkout, 'Dockerfile'), 'utf8')).toBe(dockerfile);
    expect(await world.repository.refSha('refs/tags/v1.3.3')).toBeUndefined();
    expect(world.github.writeRequests).toEqual([]);
    expect(world.cloudron.updatePosts(APP_ID)).toBe(0);
    await expect(listTags(world.registry, PACKAGE_REPO.repo)).rejects.toThrow(/HTTP 404/);
    const printed = lines.join('\n');
    expect(printed).toContain('+ARG AK_VERSION=2025.8.6');
    expect(printed).toContain('buildah bud');
    expect(printed).toContain('would commit');
    expect(printed).not.toContain(world.registry.password);
  });

  test('a push that fails leaves no commit, no tag and no deploy; a rerun completes it', async () => {
    await expect(release({ 'registry-password': 'wrong' })).rejects.toThrow(
      /login|password|unauthorized/i,
    );
    expect(await log()).toEqual(['Initial package']);
    expect(await world.repository.refSha('refs/tags/v1.3.3')).toBeUndefined();
    expect(world.cloudron.updatePosts(APP_ID)).toBe(0);

    await world.recheckout();
    const { report } = await release();
    expect(report.packageVersion).toBe('1.3.3');
    expect(await log()).toEqual(['Update authentik to 2025.8.6', 'Initial package']);
    expect(world.cloudron.updatePosts(APP_ID)).toBe(1);
  });

  test('base moving during the commit: the edit is redone on the new head', async () => {
    let moved = false;
    world.github.beforeRequest.push(async (method, path) => {
      if (moved || method !== 'POST' || !path.endsWith('/git/commits')) return;
      moved = true;
      const { commitDirectly } = await import('../fakes/github-git.ts');
      await commitDirectly(
        world.repository.bareDir,
        'main',
        { 'README.md': '# authentik for Cloudron\n' },
        'Add a README',
      );
    });
    const { report } = await release();
    expect(moved).toBe(true);
    expect(await log()).toEqual([
      'Update authentik to 2025.8.6',
      'Add a README',
      'Initial package',
    ]);
    const head = (await git(['rev-parse', 'main'])).trim();
    expect(report.commitSha).toBe(head);
    expect(await git(['show', 'main:README.md'])).toBe('# authentik for Cloudron\n');
    expect(await filesOf(head)).toEqual([
      'CHANGELOG.md',
      'CloudronManifest.json',
      'CloudronVersions.json',
      'Dockerfile',
    ]);
  });

  test('a Cloudron task that fails: commit and tag stay, and a rerun only deploys', async () => {
    world.cloudron.faults.failNextUpdate(APP_ID, 'Migration failed: database is locked');
    await expect(release()).rejects.toThrow(/Migration failed: database is locked/);
    expect(await log()).toEqual(['Update authentik to 2025.8.6', 'Initial package']);
    expect(await world.repository.refSha('refs/tags/v1.3.3')).toBeDefined();

    await world.recheckout();
    const tagsBefore = await listTags(world.registry, PACKAGE_REPO.repo);
    const { report } = await release({ 'max-steps': '1', 'allowed-versions': '<=2025.8.6' });
    expect(report.packageVersion).toBe('1.3.3');
    expect(await log()).toEqual(['Update authentik to 2025.8.6', 'Initial package']);
    expect(world.cloudron.app(APP_ID).manifest).toMatchObject({ version: '1.3.3' });
    expect(await listTags(world.registry, PACKAGE_REPO.repo)).toEqual(tagsBefore);
  });

  test('a rerun with a newer release waiting deploys the committed version first', async () => {
    world.cloudron.faults.failNextUpdate(APP_ID, 'Migration failed');
    await expect(release()).rejects.toThrow(/Migration failed/);
    await world.recheckout();
    const { report } = await release();
    expect(report.packageVersion).toBe('1.4.0');
    expect(
      world.cloudron.updateBodies.map(
        (b) => (b.body as { manifest: { version: string } }).manifest.version,
      ),
    ).toEqual(['1.3.3', '1.3.3', '1.4.0']);
  });

  test('max-steps 3 walks the sequential path: three versions, images and commits in order', async () => {
    const { report } = await release({ 'max-steps': '3' });
    expect(await log()).toEqual([
      'Update authentik to 2025.12.4',
      'Update authentik to 2025.10.4',
      'Update authentik to 2025.8.6',
      'Initial package',
    ]);
    expect(report).toMatchObject({
      currentVersion: '2025.8.3',
      targetVersion: '2025.12.4',
      packageVersion: '1.5.0',
    });
    expect(await listTags(world.registry, PACKAGE_REPO.repo)).toEqual(
      expect.arrayContaining(['1.3.3', '1.4.0', '1.5.0']),
    );
    for (const tag of ['v1.3.3', 'v1.4.0', 'v1.5.0'])
      expect(await world.repository.refSha(`refs/tags/${tag}`)).toBeDefined();
    expect(world.cloudron.updatePosts(APP_ID)).toBe(3);
  });
});
