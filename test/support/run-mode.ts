/** Runs a mode in-process as the action would, with inputs, against the fakes. */
import { readSettings } from '../../src/inputs.ts';
import { memoryLogger } from '../../src/logger.ts';
import { run } from '../../src/main.ts';
import type { RunReport } from '../../src/report/report.ts';
import { tmpdir } from 'node:os';

export interface ModeRun {
  report: RunReport;
  lines: string[];
}

export async function runMode(
  inputs: Record<string, string>,
  options: { cwd: string; apiUrl: string; repository?: string; now?: Date },
): Promise<ModeRun> {
  const logger = memoryLogger();
  const settings = readSettings(
    (name) => inputs[name] ?? '',
    { GITHUB_API_URL: options.apiUrl, GITHUB_REPOSITORY: options.repository },
    () => {},
    options.cwd,
  );
  const now = options.now ?? new Date('2026-12-01T12:00:00Z');
  const report = await run(settings, {
    logger,
    now: () => now,
    tempDir: tmpdir(),
    githubRetryBaseMs: 10,
  });
  return { report, lines: logger.lines };
}
