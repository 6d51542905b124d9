import { describe, expect, it } from 'vitest';
import { PackageError } from '../../src/errors.ts';
import { memberOf, scanJson } from '../../src/package/json-text.ts';

function errorOf(text: string): PackageError {
  try {
    scanJson(text, 'CloudronManifest.json');
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('expected a PackageError');
}

describe('scanJson', () => {
  it.each([
    ['{\n  "version": "1.0.0",\n}', 3, 1, 'expected a quoted key, found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after a value"],
    ['{\n  "a" 1\n}', 2, 7, "expected ':' after the key"],
    ['{\n  "a": tru\n}', 2, 8, 'expected a value'],
    ['{"a": [1, 2,]}', 1, 13, 'expected a value'],
    ['{"a": [1 2]}', 1, 10, "expected ',' or ']'"],
    ['{"a": "x\ty"}', 1, 9, 'control character'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape'],
    ['{"a": "\\u12"}', 1, 8, 'invalid \\u escape'],
    ['{"a": "open', 1, 7, 'unterminated string'],
    ['{"a": 01}', 1, 8, "expected ',' or '}'"],
    ['{"a": 1} x', 1, 10, 'unexpected text after the end'],
    ['', 1, 1, 'expected a value, found the end of the file'],
    ['\uFEFF{"a" 1}', 1, 6, "expected ':' after the key"],
    ['{\r\n  "a": 1,\r\n  "b": @\r\n}', 3, 8, 'expected a value, found "@"'],
  ])('reports %j at line %i column %i', (text, line, column, problem) => {
    const error = errorOf(text);
    expect(error.message).toContain(`CloudronManifest.json:${line}:${column}: invalid JSON: `);
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain('\n');
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of [
      '{"a":1e5,"b":-0.5E-3,"c":[true,false,null,{}],"d":"\\u00e9\\n"}',
      '[]',
      '"s"',
      ' 0 ',
    ]) {
      expect(scanJson(text, 'f').value).toEqual(JSON.parse(text));
    }
  });

  it('keeps the spans of top-level values and accepts a BOM', () => {
    const text = '\uFEFF{ "version" : "1.0.0", "version": "2.0.0", "n": {"x": [1]} }';
    const { root, value } = scanJson(text, 'f');
    const version = memberOf(root, 'version')!;
    expect(text.slice(version.value.start, version.value.end)).toBe('"2.0.0"');
    expect(value).toEqual({ version: '2.0.0', n: { x: [1] } });
    const nested = memberOf(root, 'n')!.value;
    expect(nested.kind).toBe('object');
    expect(text.slice(nested.start, nested.end)).toBe('{"x": [1]}');
  });
});
