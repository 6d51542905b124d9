/**
 * Turns a failed GitHub request into one line a person can act on, by status code (never by
 * message text).
 */
import { ServiceError } from '../errors.ts';

/** The HTTP status of a failed octokit request; undefined for a dropped connection or a bug. */
export function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}

/**
 * Whether a 403/429 is GitHub's rate limit rather than a refusal: GitHub says so in headers
 * (`x-ratelimit-remaining: 0`, or `retry-after` for the secondary limit), not only in text.
 */
export function isRateLimited(error: unknown): boolean {
  if (!error || typeof error !== 'object' || !('response' in error)) return false;
  const response = error.response;
  if (!response || typeof response !== 'object' || !('headers' in response)) return false;
  const headers = response.headers as Record<string, string | number | undefined>;
  return String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined;
}

/**
 * @param doing what was being attempted, e.g. `listing the releases of goauthentik/authentik`
 * @param notFound what a 404 means here and what to do
 */
export function describeGitHubError(error: unknown, doing: string, notFound: string): ServiceError {
  const status = statusOf(error);
  const base = `GitHub refused ${doing}`;
  switch (status) {
    case 401:
      return new ServiceError(
        `${base} (401 Bad credentials): the token is invalid or expired. Set 'token' (or GITHUB_TOKEN for the CLI) to a valid token, or leave it empty for public repositories.`,
        status,
        { cause: error },
      );
    case 403:
    case 429:
      return new ServiceError(
        `${base} (${status}): the token lacks permission or the rate limit is exhausted. Give the token the permission this mode needs, or set 'token' to raise the rate limit.`,
        status,
        { cause: error },
      );
    case 404:
      return new ServiceError(`${base} (404): ${notFound}`, status, { cause: error });
    default:
      return new ServiceError(
        `${base}${status ? ` (${status})` : ''}: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}. Retry later; if it persists, check GitHub's status.`,
        status,
        { cause: error },
      );
  }
}
