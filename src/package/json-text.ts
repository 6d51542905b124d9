/**
 * A JSON scanner that keeps byte positions. The manifest and CloudronVersions.json must be edited
 * in place: `JSON.parse` + `JSON.stringify` would lose the packager's key order quirks, indentation
 * (tabs, 4 spaces, one-line arrays), line endings and escapes, so a one-value change would become
 * a whole-file rewrite. This scanner accepts exactly RFC 8259 JSON (what `JSON.parse` accepts,
 * plus a leading UTF-8 BOM), reports the first error with its line and column, and returns the
 * spans of every value so callers can replace one value and leave every other byte alone.
 */
import { PackageError } from '../errors.ts';

export type JsonNode = JsonObjectNode | JsonLeafNode;

/** A span is `[start, end)` offsets into the scanned text. */
interface Span {
  start: number;
  end: number;
}

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export interface JsonObjectNode extends Span {
  kind: 'object';
  members: JsonMember[];
}

export interface JsonLeafNode extends Span {
  kind: 'array' | 'string' | 'number' | 'literal';
}

export interface ScannedJson {
  root: JsonNode;
  /** The parsed value, as `JSON.parse` gives it. */
  value: unknown;
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  // Editors do not count a byte-order mark as a column.
  const bom = lastNewline === -1 && text.startsWith('\uFEFF') ? 1 : 0;
  return { line: before.split('\n').length, column: offset - lastNewline - bom };
}

/** Scans `text` as JSON; a syntax error is a PackageError naming `file`, line and column. */
export function scanJson(text: string, file: string): ScannedJson {
  const scanner = new Scanner(text, file);
  const root = scanner.document();
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return { root, value: JSON.parse(body) as unknown };
}

/** The member of an object node with this key (the last one, as `JSON.parse` keeps). */
export function memberOf(node: JsonNode, key: string): JsonMember | undefined {
  if (node.kind !== 'object') return undefined;
  return node.members.findLast((member) => member.key === key);
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

class Scanner {
  private offset = 0;
  private readonly text: string;
  private readonly file: string;

  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
  }

  document(): JsonNode {
    if (this.text.startsWith('\uFEFF')) this.offset = 1;
    const root = this.value();
    this.skipWhitespace();
    if (this.offset < this.text.length)
      this.fail('unexpected text after the end of the JSON value');
    return root;
  }

  private fail(problem: string, at = this.offset): never {
    const { line, column } = positionOf(this.text, at);
    throw new PackageError(this.file, `invalid JSON: ${problem}. Fix the file and run again.`, {
      line,
      column,
    });
  }

  private describeHere(): string {
    const char = this.text[this.offset];
    if (char === undefined) return 'the end of the file';
    return JSON.stringify(char);
  }

  private skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.offset] ?? '')) this.offset++;
  }

  private expect(char: string, what: string): void {
    this.skipWhitespace();
    if (this.text[this.offset] !== char)
      this.fail(`expected ${what}, found ${this.describeHere()}`);
    this.offset++;
  }

  private value(): JsonNode {
    this.skipWhitespace();
    const start = this.offset;
    const char = this.text[start];
    if (char === '{') return this.object();
    if (char === '[') {
      this.array();
      return { kind: 'array', start, end: this.offset };
    }
    if (char === '"') {
      this.string();
      return { kind: 'string', start, end: this.offset };
    }
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, start)) {
        this.offset += literal.length;
        return { kind: 'literal', start, end: this.offset };
      }
    }
    NUMBER.lastIndex = start;
    if (NUMBER.test(this.text)) {
      this.offset = NUMBER.lastIndex;
      return { kind: 'number', start, end: this.offset };
    }
    return this.fail(`expected a value, found ${this.describeHere()}`);
  }

  private object(): JsonObjectNode {
    const start = this.offset++;
    const members: JsonMember[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return { kind: 'object', start, end: this.offset, members };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] !== '"') {
        this.fail(`expected a quoted key, found ${this.describeHere()}`);
      }
      const keyStart = this.offset;
      this.string();
      const keyEnd = this.offset;
      const key = JSON.parse(this.text.slice(keyStart, keyEnd)) as string;
      this.expect(':', "':' after the key");
      members.push({ key, keyStart, keyEnd, value: this.value() });
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === ',') {
        this.offset++;
        continue;
      }
      if (next === '}') {
        this.offset++;
        return { kind: 'object', start, end: this.offset, members };
      }
      this.fail(`expected ',' or '}' after a value, found ${this.describeHere()}`);
    }
  }

  private array(): void {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return;
    }
    for (;;) {
      this.value();
      this.skipWhitespace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === ']') return;
      if (next !== ',') {
        this.offset--;
        this.fail(`expected ',' or ']' after a value, found ${this.describeHere()}`);
      }
    }
  }

  private string(): void {
    const start = this.offset++;
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) this.fail('unterminated string', start);
      if (char === '"') {
        this.offset++;
        return;
      }
      if (char.charCodeAt(0) < 0x20) this.fail('control character in a string (escape it)');
      if (char === '\\') {
        const escaped = this.text[this.offset + 1] ?? '';
        if (escaped === 'u') {
          HEX4.lastIndex = this.offset + 2;
          if (!HEX4.test(this.text)) this.fail('invalid \\u escape');
          this.offset += 6;
          continue;
        }
        if (!ESCAPES.has(escaped)) this.fail('invalid escape in a string');
        this.offset += 2;
        continue;
      }
      this.offset++;
    }
  }
}
