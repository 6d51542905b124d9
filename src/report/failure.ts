/** The one line a failed run prints, for both front ends. */
import { UserError } from '../errors.ts';

export function describeFailure(error: unknown): { message: string; stack: string | undefined } {
  if (error instanceof UserError) return { message: error.message, stack: error.stack };
  const text = error instanceof Error ? error.message : String(error);
  return {
    message: `Unexpected error: ${text.split('\n')[0]} (a bug in cloudron-release; rerun with debug logging and report it)`,
    stack: error instanceof Error ? error.stack : undefined,
  };
}
