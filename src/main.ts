/**
 * Wires the stages for each mode: inputs → upstream releases → plan → file edits → image →
 * commit/PR → Cloudron → report. Front ends (the action, the CLI) call `run` with validated
 * settings and their own logger, and write the report their own way. Each mode is loaded only
 * when it runs, so `check` never pays for the manifest validator or the image builder.
 */
import { createGitHubClient, type GitHubClient } from './github/client.ts';
import type { Logger } from './logger.ts';
import type { RunReport } from './report/report.ts';
import type { Settings } from './settings.ts';

export interface RunContext {
  logger: Logger;
  /** The clock; tests fix it. */
  now: () => Date;
  /** The GitHub client of this run (created once, on first use). */
  github: () => GitHubClient;
  /** Where a run may write scratch files (the runner's temp folder). */
  tempDir: string;
}

export interface RunOptions {
  logger: Logger;
  now?: () => Date;
  tempDir: string;
  /** Overrides the GitHub client's retry wait; tests shorten it. */
  githubRetryBaseMs?: number;
}

export async function run(settings: Settings, options: RunOptions): Promise<RunReport> {
  let github: GitHubClient | undefined;
  const context: RunContext = {
    logger: options.logger,
    now: options.now ?? (() => new Date()),
    tempDir: options.tempDir,
    github: () =>
      (github ??= createGitHubClient({
        token: settings.github.token,
        apiUrl: settings.github.apiUrl,
        logger: options.logger,
        retryBaseMs: options.githubRetryBaseMs,
      })),
  };
  switch (settings.mode) {
    case 'check':
      return (await import('./modes/check.ts')).check(settings, context);
    case 'bump':
      return (await import('./modes/bump.ts')).bump(settings, context);
    case 'pr':
      return (await import('./modes/pr.ts')).pullRequest(settings, context);
    case 'release':
      return (await import('./modes/release.ts')).release(settings, context);
    case 'deploy':
      return (await import('./modes/deploy.ts')).deploy(settings, context);
  }
}
