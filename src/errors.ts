/**
 * A failure the person running the action can act on. Its message is one line: what failed,
 * where, and what to do. The entry point prints it as it is; anything else is a bug and is
 * reported with its stack in the debug log.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** An input that does not validate: names the input, the problem and the fix. */
export class InputError extends UserError {
  override name = 'InputError';
  readonly input: string;
  constructor(input: string, problem: string, fix: string) {
    super(`Input '${input}': ${problem}. ${fix}`);
    this.input = input;
  }
}

/** A package file that is missing or cannot be understood; names the file (and line). */
export class PackageError extends UserError {
  override name = 'PackageError';
  readonly file: string;
  constructor(
    file: string,
    problem: string,
    options?: { line?: number; column?: number; cause?: unknown },
  ) {
    const where =
      options?.line === undefined
        ? file
        : `${file}:${options.line}${options.column === undefined ? '' : `:${options.column}`}`;
    super(`${where}: ${problem}`, { cause: options?.cause });
    this.file = file;
  }
}

/** A remote service (GitHub, a registry, Cloudron) refused or failed a request. */
export class ServiceError extends UserError {
  override name = 'ServiceError';
  readonly status: number | undefined;
  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}
