/** `check`: reports whether to update and to which version; writes nothing. */
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';
import type { RunContext } from '../main.ts';
import { findTarget, planFor, reportFor } from './target.ts';

export async function check(settings: Settings, context: RunContext): Promise<RunReport> {
  const target = await findTarget(settings, context.github(), context.logger, context.now());
  return reportFor(planFor(settings, target), target.selection);
}
