/**
 * The upstream datasource: GitHub releases of `upstream-repo`, newest created first. Pages are
 * fetched only while the last one still held a candidate newer than the current one, so an
 * up-to-date package costs one request.
 */
import { describeGitHubError } from '../github/errors.ts';
import type { GitHubClient } from '../github/client.ts';
import type { RepoRef } from '../settings.ts';
import { compareVersions, type Version } from '../versioning/version.ts';
import { toRelease, type GitHubRelease, type Release } from './release.ts';

const PER_PAGE = 100;
// A bound on a misbehaving server that keeps answering full pages.
const MAX_PAGES = 50;

export interface ReleaseListing {
  releases: Release[];
  /** Releases dropped because their tag is not a valid version (their text is never shown). */
  skipped: number;
  requests: number;
}

export async function listReleases(
  client: GitHubClient,
  repo: RepoRef,
  tagPattern: RegExp,
  current: Version,
  includePrereleases: boolean,
): Promise<ReleaseListing> {
  const releases: Release[] = [];
  let skipped = 0;
  let page = 1;
  for (; page <= MAX_PAGES; page++) {
    let raw: GitHubRelease[];
    try {
      const response = await client.request('GET /repos/{owner}/{repo}/releases', {
        owner: repo.owner,
        repo: repo.repo,
        per_page: PER_PAGE,
        page,
      });
      raw = response.data as GitHubRelease[];
    } catch (error) {
      throw describeGitHubError(
        error,
        `listing the releases of ${repo.owner}/${repo.repo}`,
        `the repository ${repo.owner}/${repo.repo} does not exist or the token cannot see it. Check 'upstream-repo'.`,
      );
    }
    const parsed = raw.map((r) => toRelease(r, tagPattern));
    skipped += parsed.filter((r) => r === undefined).length;
    const valid = parsed.filter((r): r is Release => r !== undefined);
    releases.push(...valid);
    // Drafts (and prereleases unless wanted) are never a target, so they do not keep paging.
    const holdsNewer = valid.some(
      (r) =>
        !r.draft &&
        (includePrereleases || !r.prerelease) &&
        compareVersions(r.version, current) > 0,
    );
    if (raw.length < PER_PAGE || !holdsNewer) break;
  }
  return { releases, skipped, requests: Math.min(page, MAX_PAGES) };
}
