/**
 * The GitHub REST client: octokit with the retry and throttling plugins, so transient faults
 * (5xx, dropped connections) are retried and rate limits are waited out, as GitHub asks.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../logger.ts';

export type GitHubClient = Octokit;

export interface GitHubClientOptions {
  token: string | undefined;
  apiUrl: string;
  logger: Logger;
  /** Base wait before a retry; tests shorten it. */
  retryBaseMs?: number;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
const MAX_RATE_LIMIT_RETRIES = 2;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  return new RetryingOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: 'cloudron-release',
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => logger.debug(message),
      error: (message: string) => logger.debug(message),
    },
    // Never retried: answers that will not change by asking again.
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
    },
    throttle: {
      onRateLimit: waitOut('rate limit reached', logger),
      onSecondaryRateLimit: waitOut('secondary rate limit', logger),
    },
  });
}

/** Waits out a rate limit (the plugin sleeps `after` seconds) a bounded number of times. */
function waitOut(what: string, logger: Logger) {
  return (after: number, request: { method: string; url: string }, _o: unknown, count: number) => {
    logger.warning(`GitHub ${what} on ${request.method} ${request.url}; waiting ${after} s`);
    return count < MAX_RATE_LIMIT_RETRIES;
  };
}
