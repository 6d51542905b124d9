/**
 * Labels for the pull request. A missing label is created with a colour and a description of
 * our choosing first; GitHub would create it when added, but grey and unexplained.
 */
import type { GitHubClient } from '../github/client.ts';
import { describeGitHubError, statusOf } from '../github/errors.ts';
import type { RepoRef } from '../settings.ts';

/** Dependabot's colour for `dependencies`, so the label looks the same whoever made it. */
const LABEL_COLOR = '0366d6';
const LABEL_DESCRIPTION = 'Version updates opened by cloudron-release';

async function ensureLabel(client: GitHubClient, repo: RepoRef, name: string): Promise<void> {
  const where = `${repo.owner}/${repo.repo}`;
  try {
    await client.request('GET /repos/{owner}/{repo}/labels/{name}', {
      owner: repo.owner,
      repo: repo.repo,
      name,
    });
    return;
  } catch (error) {
    if (statusOf(error) !== 404)
      throw describeGitHubError(error, `reading the label ${name} of ${where}`, '');
  }
  try {
    await client.request('POST /repos/{owner}/{repo}/labels', {
      owner: repo.owner,
      repo: repo.repo,
      name,
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION,
    });
  } catch (error) {
    // 422: made meanwhile by someone else, which is what we wanted.
    if (statusOf(error) !== 422) {
      throw describeGitHubError(
        error,
        `creating the label ${name} in ${where}`,
        `the repository ${where} does not exist or the token cannot see it.`,
      );
    }
  }
}

/** Adds `names` to the issue or pull request `number`, creating the labels that do not exist. */
export async function ensureLabels(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  names: readonly string[],
): Promise<void> {
  if (names.length === 0) return;
  for (const name of names) await ensureLabel(client, repo, name);
  try {
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      owner: repo.owner,
      repo: repo.repo,
      issue_number: number,
      labels: [...names],
    });
  } catch (error) {
    throw describeGitHubError(
      error,
      `labelling pull request #${number} of ${repo.owner}/${repo.repo}`,
      'the pull request is gone.',
    );
  }
}
