/** The CLI front end: flags in, the plan and summary for a terminal (or JSON) out. */
import { tmpdir } from 'node:os';
import { readSettings } from '../inputs.ts';
import type { Logger } from '../logger.ts';
import { run } from '../main.ts';
import { describeFailure } from '../report/failure.ts';
import { summaryRows, summaryTitle, toOutputs } from '../report/report.ts';
import { parseCliArguments, usage } from './arguments.ts';

const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warning: (m) => process.stderr.write(`warning: ${m}\n`),
  debug: (m) => {
    if (process.env.RUNNER_DEBUG === '1') process.stderr.write(`debug: ${m}\n`);
  },
};

export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArguments(argv, process.env);
    if (args.help) {
      console.log(usage());
      return 0;
    }
    // The CLI masks nothing: secrets are only read from the environment and never printed.
    const settings = readSettings(args.source, process.env, () => {}, process.cwd());
    const report = await run(settings, { logger: stderrLogger, tempDir: tmpdir() });
    if (args.json) {
      console.log(JSON.stringify(toOutputs(report), null, 2));
    } else {
      const rows = summaryRows(report);
      const width = Math.max(...rows.map(([label]) => label.length));
      console.log(summaryTitle(report));
      for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
      for (const action of report.plan.actions) console.log(`  - ${action}`);
    }
    return 0;
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.stack) stderrLogger.debug(failure.stack);
    console.error(`error: ${failure.message}`);
    return 1;
  }
}
