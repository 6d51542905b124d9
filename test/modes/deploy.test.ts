/** `mode: deploy`: a merged version bump is built, pushed, published and rolled out. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commitDirectly } from '../fakes/github-git.ts';
import { listTags, manifestDigest } from '../support/registry.ts';
import {
  APP_ID,
  PACKAGE_REPO,
  startReleaseWorld,
  type ReleaseWorld,
} from '../support/release-world.ts';
import { runMode } from '../support/run-mode.ts';

let world: ReleaseWorld;
beforeAll(async () => {
  world = await startReleaseWorld();
}, 120_000);
afterAll(async () => {
  expect(world.github.violations).toEqual([]);
  expect(world.cloudron.violations).toEqual([]);
  await world.close();
});

function run(inputs: Record<string, string>) {
  return runMode(
    { ...world.inputs, ...inputs },
    {
      cwd: world.checkout,
      apiUrl: world.github.url,
      repository: `${PACKAGE_REPO.owner}/${PACKAGE_REPO.repo}`,
    },
  );
}

describe('mode: deploy', () => {
  test('builds the version in the working tree, commits its CloudronVersions.json entry, updates the app', async () => {
    // A merged version-bump PR: bump the working tree, push it to main as a person would.
    await run({ mode: 'bump' });
    const files = ['Dockerfile', 'CloudronManifest.json', 'CHANGELOG.md'];
    const texts = Object.fromEntries(
      await Promise.all(
        files.map(async (f) => [f, await readFile(join(world.checkout, f), 'utf8')] as const),
      ),
    );
    await commitDirectly(world.repository.bareDir, 'main', texts, 'Merge the version bump');
    await world.recheckout();

    const { report } = await run({ mode: 'deploy' });
    const image = `${world.registry.host}/${PACKAGE_REPO.repo}:1.3.3`;
    expect(report).toMatchObject({ packageVersion: '1.3.3', image, currentVersion: '2025.8.6' });
    expect(await listTags(world.registry, PACKAGE_REPO.repo)).toEqual(
      expect.arrayContaining(['1.3.3', 'latest']),
    );
    expect(await manifestDigest(world.registry, PACKAGE_REPO.repo, '1.3.3')).toBe(
      report.imageDigest,
    );

    const log = (await world.repository.git(['log', '--format=%s', 'main'])).trim().split('\n');
    expect(log[0]).toBe('Publish 1.3.3 in CloudronVersions.json');
    const versions = JSON.parse(
      await world.repository.git(['show', 'main:CloudronVersions.json']),
    ) as {
      versions: Record<string, { manifest: { dockerImage: string }; publishState: string }>;
    };
    expect(versions.versions['1.3.3']).toMatchObject({
      manifest: { dockerImage: image },
      publishState: 'published',
    });
    expect(world.cloudron.app(APP_ID).manifest).toMatchObject({
      version: '1.3.3',
      dockerImage: image,
    });

    // Deploying the same version again publishes nothing twice and leaves the app alone.
    await world.recheckout();
    const again = await run({ mode: 'deploy' });
    expect((await world.repository.git(['log', '--format=%s', 'main'])).trim().split('\n')).toEqual(
      log,
    );
    expect(again.report.cloudronResults).toEqual([
      expect.objectContaining({ status: 'unchanged' }),
    ]);
    expect(world.cloudron.updatePosts(APP_ID)).toBe(1);
  });
});
