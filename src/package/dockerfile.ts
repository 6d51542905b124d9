/**
 * The `ARG <name>=<value>` lines of a Dockerfile. Written by hand because no maintained
 * Dockerfile parser keeps byte positions (we must change the value and nothing else), and the
 * grammar needed here is one instruction form.
 */
import { PackageError } from '../errors.ts';

/** One `ARG name=value` (value optionally quoted) with the offsets of the value in the text. */
export interface ArgDefault {
  /** 1-based line number. */
  line: number;
  value: string;
  /** Offsets of the unquoted value in the whole text. */
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every `ARG <name>=<default>` of the Dockerfile, in order. `ARG <name>` without a default is not
 * listed: it inherits the global value and must stay as it is.
 */
export function findArgDefaults(text: string, name: string): ArgDefault[] {
  const pattern = new RegExp(
    `^([ \\t]*ARG[ \\t]+${escapeRegExp(name)}=)(?:"([^"\\r\\n]*)"|'([^'\\r\\n]*)'|([^\\s"']*))[ \\t]*\\r?$`,
    'gim',
  );
  const found: ArgDefault[] = [];
  for (const match of text.matchAll(pattern)) {
    const quoted = match[2] ?? match[3];
    const value = quoted ?? match[4] ?? '';
    const start = match.index + match[1]!.length + (quoted === undefined ? 0 : 1);
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ line, value, start, end: start + value.length });
  }
  return found;
}

/** Characters a version may have to stand unquoted in a Dockerfile `ARG` without changing it. */
const SAFE_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;

/**
 * Lines that declare `ARG <name>=` in a form `findArgDefaults` does not edit (several args on one
 * line, a value with spaces, a trailing comment): changing the others and leaving these would
 * build a mix of versions, so they are refused.
 */
function uneditableArgLines(text: string, name: string, edited: ArgDefault[]): number[] {
  const declares = new RegExp(`^[ \\t]*ARG[ \\t](?:.*[ \\t])?${escapeRegExp(name)}=`, 'i');
  const editedLines = new Set(edited.map((arg) => arg.line));
  return text
    .split('\n')
    .map((line, index) => (declares.test(line) && !editedLines.has(index + 1) ? index + 1 : 0))
    .filter((line) => line > 0);
}

/**
 * Sets every `ARG <argName>=<default>` of the Dockerfile (every stage, quoted or not) to
 * `version`, leaving every other byte (quotes, `ARG <argName>` without a default, line endings)
 * as it is. `file` only names the file in errors.
 */
export function bumpDockerfileArg(
  text: string,
  argName: string,
  version: string,
  file: string,
): string {
  if (!SAFE_VERSION.test(version)) {
    throw new PackageError(file, `the version to write into ARG ${argName} is not a plain version`);
  }
  const defaults = findArgDefaults(text, argName);
  const uneditable = uneditableArgLines(text, argName, defaults);
  if (uneditable[0] !== undefined) {
    throw new PackageError(
      file,
      `ARG ${argName} is declared in a form that cannot be edited safely; write it on its own line as ARG ${argName}=<version>`,
      { line: uneditable[0] },
    );
  }
  if (defaults.length === 0) {
    throw new PackageError(
      file,
      `no "ARG ${argName}=<version>" line; add one or set the input version-arg to the Dockerfile's version ARG`,
    );
  }
  let result = text;
  for (const { start, end } of defaults.toReversed()) {
    result = result.slice(0, start) + version + result.slice(end);
  }
  return result;
}
