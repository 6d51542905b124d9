/** Release tags: lightweight tags made through the Git Data API (refs), never moved. */
import { ServiceError } from '../errors.ts';
import type { RepoRef } from '../settings.ts';
import type { GitHubClient } from './client.ts';
import { describeGitHubError } from './errors.ts';
import { readRef } from './git-data.ts';

/** The commit a tag points at; undefined when there is no such tag. */
export function readTag(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<string | undefined> {
  return readRef(client, repo, `tags/${tag}`);
}

/**
 * Tags `sha` as `tag`. Already tagged there: nothing to do (a rerun); tagged elsewhere: an error,
 * since a published tag must not move.
 * @returns whether a tag was created
 */
export async function createTag(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
  sha: string,
): Promise<boolean> {
  const existing = await readTag(client, repo, tag);
  if (existing === sha) return false;
  if (existing !== undefined) {
    throw new ServiceError(
      `The tag ${tag} of ${repo.owner}/${repo.repo} already points at ${existing.slice(0, 7)}, not at the release commit ${sha.slice(0, 7)}. Bump the package version, or delete the tag if it is wrong.`,
    );
  }
  try {
    await client.request('POST /repos/{owner}/{repo}/git/refs', {
      owner: repo.owner,
      repo: repo.repo,
      ref: `refs/tags/${tag}`,
      sha,
    });
    return true;
  } catch (error) {
    throw describeGitHubError(
      error,
      `creating the tag ${tag} in ${repo.owner}/${repo.repo}`,
      `the repository does not exist or the token cannot write to it. Give the token 'contents: write'.`,
    );
  }
}
