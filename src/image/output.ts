/**
 * What the builders print, made safe to show: secrets replaced, long lines cut, and the last
 * lines kept for the error message of a failed command; and the digest files they write.
 */
import { isSha256Digest } from './reference.ts';

export const MASK = '***';
const MAX_LINE_LENGTH = 400;

/** `text` with every occurrence of every secret replaced by `***`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
    clean = clean.split(secret).join(MASK);
  }
  return clean;
}

/** The last `size` lines seen, each already scrubbed and cut to a readable length. */
export class LogTail {
  readonly #size: number;
  readonly #lines: string[] = [];

  constructor(size: number) {
    this.#size = size;
  }

  push(line: string): void {
    const cut = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}...` : line;
    this.#lines.push(cut);
    if (this.#lines.length > this.#size) this.#lines.shift();
  }

  get lines(): readonly string[] {
    return this.#lines;
  }
}

/** The tail as an indented block under an error's headline, or nothing when it is empty. */
export function formatTail(lines: readonly string[]): string {
  if (lines.length === 0) return ' It printed nothing.';
  return ` Last ${lines.length} lines of its output:\n${lines.map((l) => `  | ${l}`).join('\n')}`;
}

/**
 * The digest in a file a builder wrote: the `containerimage.digest` of a `docker buildx build
 * --metadata-file` JSON document, or the whole of a buildah/podman `--digestfile`. Undefined
 * when there is none or it is not `sha256:<64 hex>`.
 */
export function parseDigest(
  format: 'buildx-metadata' | 'digestfile',
  text: string,
): string | undefined {
  const digest = format === 'digestfile' ? text.trim() : metadataDigest(text);
  return digest !== undefined && isSha256Digest(digest) ? digest : undefined;
}

function metadataDigest(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const digest = (parsed as Record<string, unknown>)['containerimage.digest'];
  return typeof digest === 'string' ? digest : undefined;
}
