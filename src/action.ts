/** The GitHub Action front end: inputs from `INPUT_*`, outputs and summary through core. */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { readActionSettings } from './inputs.ts';
import type { Logger } from './logger.ts';
import { run } from './main.ts';
import { writeActionReport } from './report/action-output.ts';
import { describeFailure } from './report/failure.ts';

const actionLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

export async function runAction(): Promise<void> {
  try {
    const settings = readActionSettings();
    const report = await run(settings, {
      logger: actionLogger,
      tempDir: process.env.RUNNER_TEMP || tmpdir(),
    });
    await writeActionReport(report);
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.stack) core.debug(failure.stack);
    for (const [name, value] of Object.entries(failure.outputs)) core.setOutput(name, value);
    core.setFailed(failure.message);
  }
}
