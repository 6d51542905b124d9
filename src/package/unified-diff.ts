/** A file's change as a unified diff, for dry runs and plans (pure). */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * The unified diff of `path` from `before` to `after` (`before` undefined: a new file), with
 * `a/`/`b/` names like git's; empty when nothing changed.
 */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  if (before === after) return '';
  const oldName = before === undefined ? '/dev/null' : `a/${path}`;
  return createTwoFilesPatch(oldName, `b/${path}`, before ?? '', after, undefined, undefined, {
    headerOptions: FILE_HEADERS_ONLY,
    context: 3,
  });
}
