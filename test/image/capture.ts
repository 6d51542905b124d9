/**
 * Runs a job and keeps everything it could leak a secret through: the logger's lines, what the
 * process wrote to stdout and stderr meanwhile, and the error (message, stack, cause).
 */
import { memoryLogger, type Logger } from '../../src/logger.ts';

export interface Captured<T> {
  result: T | undefined;
  error: unknown;
  logLines: string[];
  /** Everything above as one text, to search for a secret. */
  text: string;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return [error.message, error.stack ?? '', describeError(error.cause)].join('\n');
}

export async function capture<T>(run: (logger: Logger) => Promise<T>): Promise<Captured<T>> {
  const logger = memoryLogger();
  const written: string[] = [];
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const record = (chunk: unknown): boolean => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    return true;
  };
  process.stdout.write = record as typeof process.stdout.write;
  process.stderr.write = record as typeof process.stderr.write;
  let result: T | undefined;
  let error: unknown;
  try {
    result = await run(logger);
  } catch (caught) {
    error = caught;
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
  const text = [
    ...logger.lines,
    ...written,
    error === undefined ? '' : describeError(error),
    JSON.stringify(result ?? null),
  ].join('\n');
  return { result, error, logLines: logger.lines, text };
}
