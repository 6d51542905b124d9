/** `mode: pr` wired end to end: the working tree's edit becomes the rolling PR. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_REPO, startReleaseWorld, type ReleaseWorld } from '../support/release-world.ts';
import { runMode } from '../support/run-mode.ts';

let world: ReleaseWorld;
beforeAll(async () => {
  world = await startReleaseWorld();
}, 120_000);
afterAll(async () => {
  expect(world.github.violations).toEqual([]);
  await world.close();
});

function pr() {
  return runMode(
    { mode: 'pr' },
    {
      cwd: world.checkout,
      apiUrl: world.github.url,
      repository: `${PACKAGE_REPO.owner}/${PACKAGE_REPO.repo}`,
    },
  );
}

describe('mode: pr', () => {
  test('creates the PR, then leaves it alone when nothing is new', async () => {
    const first = await pr();
    expect(first.report).toMatchObject({
      prOperation: 'created',
      targetVersion: '2025.8.6',
      packageVersion: '1.3.3',
      changedFiles: ['Dockerfile', 'CloudronManifest.json', 'CHANGELOG.md'],
    });
    expect(first.report.prUrl).toMatch(/\/pull\/\d+$/);
    const branchHead = await world.repository.branchSha('cloudron-release/authentik');
    expect(first.report.commitSha).toBe(branchHead);
    const changed = (
      await world.repository.git(['diff', '--name-only', 'main', 'cloudron-release/authentik'])
    )
      .trim()
      .split('\n');
    expect(changed.sort()).toEqual(['CHANGELOG.md', 'CloudronManifest.json', 'Dockerfile']);
    const [pull] = world.repository.pulls.open();
    expect(pull).toMatchObject({ title: 'Update authentik to 2025.8.6' });

    const writesBefore = world.github.writeRequests.length;
    const second = await pr();
    expect(second.report.prOperation).toBe('unchanged');
    expect(world.github.writeRequests.length).toBe(writesBefore);
  });
});
