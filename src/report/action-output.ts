/** The action's output adapter: the only place that writes step outputs and the job summary. */
import * as core from '@actions/core';
import { summaryRows, summaryTitle, toOutputs, type RunReport } from './report.ts';

export async function writeActionReport(report: RunReport): Promise<void> {
  for (const [name, value] of Object.entries(toOutputs(report))) core.setOutput(name, value);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addHeading(summaryTitle(report), 3)
    .addTable([
      [
        { data: 'What', header: true },
        { data: 'Value', header: true },
      ],
      ...summaryRows(report),
    ])
    .write();
}
