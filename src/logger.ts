/**
 * Where stages report progress. The action logs through `@actions/core`, the CLI to stderr;
 * stages never import either, so they stay testable and the two front ends share them.
 * Only validated strings (versions, file names, counts) are ever passed here, never raw
 * upstream text.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A logger that remembers every line; used by tests and by the CLI's `--json` mode. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  };
}
