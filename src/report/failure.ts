/** What a failed run prints (one line) and the outputs it can still give, for both front ends. */
import { CloudronUpdateError } from '../cloudron/deploy.ts';
import { UserError } from '../errors.ts';

export interface Failure {
  message: string;
  stack: string | undefined;
  /** Outputs known despite the failure: which apps were updated before the canary failed. */
  outputs: Record<string, string>;
}

export function describeFailure(error: unknown): Failure {
  const outputs: Record<string, string> =
    error instanceof CloudronUpdateError
      ? { 'cloudron-results': JSON.stringify(error.results) }
      : {};
  if (error instanceof UserError) return { message: error.message, stack: error.stack, outputs };
  const text = error instanceof Error ? error.message : String(error);
  return {
    message: `Unexpected error: ${text.split('\n')[0]} (a bug in cloudron-release; rerun with debug logging and report it)`,
    stack: error instanceof Error ? error.stack : undefined,
    outputs,
  };
}
