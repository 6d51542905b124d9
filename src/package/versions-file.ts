/**
 * `CloudronVersions.json`, Cloudron's community publishing file: one entry per released package
 * version. Entries are published history, so an existing entry is never rewritten; a new one is
 * inserted as text after the last entry (see json-text.ts for why not JSON.stringify the whole
 * file), laid out like the file's own entries.
 */
import { PackageError } from '../errors.ts';
import type { PublishState } from '../settings.ts';
import { memberOf, positionOf, scanJson, type JsonObjectNode } from './json-text.ts';
import { validateManifest } from './manifest.ts';

export interface VersionEntryInput {
  packageVersion: string;
  /** The package's manifest; `dockerImage` is set on a copy. */
  manifest: Record<string, unknown>;
  /** The pushed image, e.g. `docker.io/stalecontext/authentik-cloudron:1.4.0`. */
  dockerImage: string;
  /** When the version was released (the caller's clock). */
  date: Date;
  publishState: PublishState;
}

export interface VersionEntryResult {
  text: string;
  changed: boolean;
}

interface VersionEntry {
  manifest: Record<string, unknown>;
  creationDate: string;
  ts: string;
  publishState: PublishState;
}

function entryFor(input: VersionEntryInput, file: string): VersionEntry {
  const manifest = { ...input.manifest, dockerImage: input.dockerImage };
  validateManifest(manifest, file);
  // Date#toUTCString is the RFC 1123 form ("Tue, 10 Feb 2026 12:00:00 GMT").
  const stamp = input.date.toUTCString();
  return { manifest, creationDate: stamp, ts: stamp, publishState: input.publishState };
}

/** The indentation of one nesting level: the first indented line's whitespace, else 2 spaces. */
function indentUnit(text: string): string {
  return /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
}

function indentJson(value: unknown, unit: string, indent: string, eol: string): string {
  return JSON.stringify(value, null, unit)
    .split('\n')
    .join(eol + indent);
}

function versionsObject(text: string, file: string): JsonObjectNode {
  const { root } = scanJson(text, file);
  const versions = memberOf(root, 'versions');
  if (root.kind !== 'object' || versions === undefined || versions.value.kind !== 'object') {
    const { line, column } = positionOf(text, versions?.value.start ?? root.start);
    throw new PackageError(file, 'expected {"stable": true, "versions": {...}}; fix the file', {
      line,
      column,
    });
  }
  return versions.value;
}

/** The text with `key: value` added as the last member of `node`. */
function appendMember(text: string, node: JsonObjectNode, key: string, value: unknown): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text);
  const last = node.members.at(-1);
  if (last === undefined) {
    if (!text.includes('\n')) {
      return `${text.slice(0, node.start)}{${key}:${JSON.stringify(value)}}${text.slice(node.end)}`;
    }
    const lineStart = text.lastIndexOf('\n', node.start) + 1;
    const parentIndent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    const indent = parentIndent + unit;
    const member = `${key}: ${indentJson(value, unit, indent, eol)}`;
    const object = `{${eol}${indent}${member}${eol}${parentIndent}}`;
    return text.slice(0, node.start) + object + text.slice(node.end);
  }
  const previous = node.members.at(-2);
  const gap = text.slice(previous?.value.end ?? node.start + 1, last.keyStart);
  const separator = previous === undefined ? gap : gap.slice(gap.indexOf(',') + 1);
  const colon = text.slice(last.keyEnd, last.value.start);
  const indent = separator.slice(separator.lastIndexOf('\n') + 1);
  const valueText = separator.includes('\n')
    ? indentJson(value, unit, indent, eol)
    : JSON.stringify(value);
  const at = last.value.end;
  return `${text.slice(0, at)},${separator}${key}${colon}${valueText}${text.slice(at)}`;
}

/**
 * Adds the entry for `input.packageVersion`. Already there with the same image: unchanged; with
 * another image: an error, because a published version must not change under its users.
 * `text` undefined: a new file.
 */
export function addVersionEntry(
  text: string | undefined,
  input: VersionEntryInput,
  file: string,
): VersionEntryResult {
  const entry = entryFor(input, file);
  if (text === undefined) {
    const created = { stable: true, versions: { [input.packageVersion]: entry } };
    return { text: `${JSON.stringify(created, null, 2)}\n`, changed: true };
  }
  const node = versionsObject(text, file);
  const existing = memberOf(node, input.packageVersion);
  if (existing !== undefined) {
    const value = JSON.parse(text.slice(existing.value.start, existing.value.end)) as {
      manifest?: { dockerImage?: unknown };
    };
    const image = value.manifest?.dockerImage;
    if (image === input.dockerImage) return { text, changed: false };
    const { line, column } = positionOf(text, existing.keyStart);
    throw new PackageError(
      file,
      `version ${input.packageVersion} is already published with another image; bump the package version instead of replacing a published one`,
      { line, column },
    );
  }
  const result = appendMember(text, node, JSON.stringify(input.packageVersion), entry);
  const added = memberOf(versionsObject(result, file), input.packageVersion);
  const written: unknown =
    added === undefined ? undefined : JSON.parse(result.slice(added.value.start, added.value.end));
  if (JSON.stringify(written) !== JSON.stringify(entry)) {
    throw new Error(`adding ${input.packageVersion} to ${file} produced a different entry`);
  }
  return { text: result, changed: true };
}
