/** The plan of a run: what it found and what it will do, as the `plan` output shows it. */
import type { Mode, UpdateType, UpgradePath } from '../settings.ts';

export interface Plan {
  mode: Mode;
  dryRun: boolean;
  upstream: string;
  upgradePath: UpgradePath;
  current: string;
  target: string | undefined;
  latest: string | undefined;
  updateType: UpdateType | undefined;
  /** The sequential path from the current version to the newest eligible one. */
  steps: string[];
  /** What the run does (or, with dry-run, would do), one line each, in order. */
  actions: string[];
}
