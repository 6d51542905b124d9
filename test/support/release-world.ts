/**
 * Everything a `release` or `deploy` run talks to, real where it can be: the GitHub fake with
 * the package repository backed by a real bare git repository (and a real clone as the working
 * tree), Debian's docker-registry with buildah, and the Cloudron fake with one app.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCloudron } from '../fakes/cloudron.ts';
import { GitHubFake } from '../fakes/github.ts';
import {
  attachGitRepository,
  createBareRepository,
  runGit,
  type FakeGitRepository,
} from '../fakes/github-git.ts';
import { authentikReleases } from './authentik-releases.ts';
import { privateBuildahEnv } from './buildah.ts';
import { authentikFixture } from './paths.ts';
import { startRegistry, type TestRegistry } from './registry.ts';

export const PACKAGE_REPO = { owner: 'stalecontext', repo: 'authentik-cloudron' };
export const APP_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
export const APP_FQDN = 'auth.example.com';

/** The fixture's Dockerfile with a base that needs no network: `FROM scratch`. */
const OFFLINE_DOCKERFILE = [
  'ARG AK_VERSION=2025.8.3',
  '',
  'FROM scratch',
  'ARG AK_VERSION=2025.8.3',
  'COPY start.sh /app/code/start.sh',
  'CMD [ "/app/code/start.sh" ]',
  '',
].join('\n');

export interface ReleaseWorld {
  github: GitHubFake;
  repository: FakeGitRepository;
  registry: TestRegistry;
  cloudron: FakeCloudron;
  /** The working tree: a real clone of the package repository. */
  checkout: string;
  /** Inputs every run of the world takes. */
  inputs: Record<string, string>;
  work: string;
  /** A fresh clone of base, as a new workflow run would check it out. */
  recheckout(): Promise<void>;
  close(): Promise<void>;
}

export async function startReleaseWorld(): Promise<ReleaseWorld> {
  const work = await mkdtemp(join(tmpdir(), 'cloudron-release-world-'));
  Object.assign(process.env, await privateBuildahEnv(work));
  const files: Record<string, string> = {
    Dockerfile: OFFLINE_DOCKERFILE,
    'start.sh': await readFile(join(authentikFixture, 'start.sh'), 'utf8'),
    'CloudronManifest.json': await readFile(
      join(authentikFixture, 'CloudronManifest.json'),
      'utf8',
    ),
    'CHANGELOG.md': await readFile(join(authentikFixture, 'CHANGELOG.md'), 'utf8'),
    'CloudronVersions.json': '{\n  "stable": true,\n  "versions": {}\n}\n',
  };
  const bareDir = join(work, 'origin.git');
  await mkdir(bareDir);
  await createBareRepository(bareDir, 'main', files, { 'start.sh': '100755' });

  const github = await GitHubFake.start();
  github.setReleases('goauthentik/authentik', authentikReleases());
  const repository = attachGitRepository(github, {
    ...PACKAGE_REPO,
    bareDir,
    defaultBranch: 'main',
  });
  const registry = await startRegistry();
  const cloudron = await FakeCloudron.start();
  const manifest = JSON.parse(files['CloudronManifest.json']!) as Record<string, unknown>;
  cloudron.addApp({
    id: APP_ID,
    fqdn: APP_FQDN,
    manifest: { ...manifest, dockerImage: `${registry.host}/${PACKAGE_REPO.repo}:1.3.2` },
  });
  cloudron.faults.finishUpdatesAtOnce(APP_ID);

  const checkout = join(work, 'checkout');
  const world: ReleaseWorld = {
    github,
    repository,
    registry,
    cloudron,
    checkout,
    work,
    inputs: {
      mode: 'release',
      image: `${registry.host}/${PACKAGE_REPO.repo}`,
      builder: 'buildah',
      'registry-username': registry.username,
      'registry-password': registry.password,
      tag: 'true',
      'cloudron-url': cloudron.url.href,
      'cloudron-token': cloudron.token,
      'cloudron-apps': APP_FQDN,
      'cloudron-timeout': '2m',
    },
    async recheckout() {
      await rm(checkout, { recursive: true, force: true });
      await runGit(work, ['clone', '--quiet', bareDir, checkout]);
    },
    async close() {
      await github.close();
      await cloudron.close();
      await registry.stop();
      await rm(work, { recursive: true, force: true });
    },
  };
  await world.recheckout();
  return world;
}
