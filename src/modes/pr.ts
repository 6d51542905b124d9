/** `pr`: placeholder until the pull-request stage is wired. */
import { UserError } from '../errors.ts';
import type { RunContext } from '../main.ts';
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';

export async function pullRequest(_settings: Settings, _context: RunContext): Promise<RunReport> {
  throw new UserError("Mode 'pr' is not wired yet.");
}
