/**
 * Checks requests and responses of a fake server against a published OpenAPI description, so a
 * fake cannot drift from the service it stands in for. One instance per description; every
 * request is matched to an operation and its parameters and body validated, and every answer
 * validated against the documented response of that status.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
  $ref?: string;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: object }> }>;
}

/** One matched request: which operation of the description it is. */
export interface MatchedOperation {
  method: string;
  template: string;
  params: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  literalLength: number;
}

type Doc = { paths: Record<string, Record<string, unknown>>; [key: string]: unknown };

function pointerToken(token: string): string {
  return encodeURIComponent(token.replaceAll('~', '~0').replaceAll('/', '~1'));
}

export class OpenApiContract {
  private readonly routes: Route[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  private readonly doc: Doc;
  private readonly ajv: Ajv;
  /** The path prefix the servers add before every documented path, e.g. `/api/v1`. */
  private readonly basePath: string;

  private constructor(doc: Doc, ajv: Ajv, basePath: string) {
    this.doc = doc;
    this.ajv = ajv;
    this.basePath = basePath;
    this.ajv.addSchema(doc as object, 'openapi');
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
        const names: string[] = [];
        const source = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(name);
          return '([^/]+)';
        });
        this.routes.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          names,
          literalLength: template.replace(/\{[^}]+\}/g, '').length,
        });
      }
    }
    // The most literal template wins (`/releases/latest` before `/releases/{release_id}`).
    this.routes.sort((a, b) => b.literalLength - a.literalLength);
  }

  /** GitHub's description: OpenAPI 3.0 in one file with internal `$ref`s. */
  static async github(): Promise<OpenApiContract> {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as Doc;
    const ajv = new Ajv({ strict: false, validateSchema: false, logger: false, allErrors: true });
    return new OpenApiContract(doc, addFormats(ajv), '');
  }

  /** An OpenAPI 3.1 description split into files joined by relative `$ref`s. */
  static async fromSplitFiles(entry: string, basePath: string): Promise<OpenApiContract> {
    const doc = (await $RefParser.bundle(entry)) as unknown as Doc;
    const ajv = new Ajv2020({
      strict: false,
      validateSchema: false,
      logger: false,
      allErrors: true,
    });
    return new OpenApiContract(doc, addFormats(ajv as unknown as Ajv), basePath);
  }

  /**
   * Matches a request to its operation and validates it as the real service would.
   * Throws ContractViolation for an undocumented path or method, a missing or mistyped
   * parameter, an unknown query parameter, or a body that does not fit the schema.
   */
  checkRequest(method: string, url: URL, body: unknown): MatchedOperation {
    if (!url.pathname.startsWith(this.basePath)) {
      throw new ContractViolation(`${method} ${url.pathname}: outside ${this.basePath}`);
    }
    const path = url.pathname.slice(this.basePath.length);
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) throw new ContractViolation(`${method} ${path}: no such operation`);
    const values = route.pattern
      .exec(path)!
      .slice(1)
      .map((value) => {
        try {
          return decodeURIComponent(value);
        } catch {
          // A malformed escape (`%zz`) is a bad request, not a crash of the fake.
          throw new ContractViolation(
            `${method} ${route.template}: malformed path segment ${value}`,
          );
        }
      });
    const params = Object.fromEntries(route.names.map((name, i) => [name, values[i]!]));
    const operation = this.operation(route.method, route.template);
    const declared = this.parameters(route.template, operation);

    for (const parameter of declared) {
      const raw =
        parameter.in === 'query'
          ? (url.searchParams.get(parameter.name) ?? undefined)
          : parameter.in === 'path'
            ? params[parameter.name]
            : undefined;
      if (raw === undefined) {
        if (parameter.required && parameter.in !== 'header') {
          throw new ContractViolation(`${method} ${route.template}: missing ${parameter.name}`);
        }
        continue;
      }
      if (parameter.schema)
        this.validate(
          parameter.schema,
          coerce(raw, parameter.schema),
          `${method} ${route.template} parameter ${parameter.name}`,
        );
    }
    for (const name of url.searchParams.keys()) {
      if (!declared.some((p) => p.in === 'query' && p.name === name) && name !== 'access_token') {
        throw new ContractViolation(
          `${method} ${route.template}: undocumented query parameter ${name}`,
        );
      }
    }
    const content = operation.requestBody?.content?.['application/json'];
    if (body === undefined) {
      if (operation.requestBody?.required)
        throw new ContractViolation(`${method} ${route.template}: body required`);
    } else if (content?.schema) {
      this.validateRef(
        `${this.pointer(route)}/requestBody/content/application~1json/schema`,
        body,
        `${method} ${route.template} request body`,
      );
    } else {
      throw new ContractViolation(`${method} ${route.template}: takes no JSON body`);
    }
    return { method: route.method, template: route.template, params };
  }

  /** Validates an answer against the documented response for its status. */
  checkResponse(operation: MatchedOperation, status: number, body: unknown): void {
    const route = this.routes.find(
      (r) => r.method === operation.method && r.template === operation.template,
    )!;
    const responses = this.operation(route.method, route.template).responses;
    const key =
      String(status) in responses ? String(status) : 'default' in responses ? 'default' : undefined;
    const where = `${operation.method} ${operation.template} → ${status}`;
    if (key === undefined) throw new ContractViolation(`${where}: status not documented`);
    const response = this.resolve(responses[key]!) as Operation['responses'][string];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return;
    if (body === undefined)
      throw new ContractViolation(`${where}: JSON body documented, none sent`);
    const ref = responses[key]!.$ref;
    const pointer = `${ref ?? `${this.pointer(route)}/responses/${key}`}/content/application~1json/schema`;
    this.validateRef(pointer, body, where);
  }

  /** Validates a value against a named schema of `#/components/schemas`. */
  checkSchema(name: string, value: unknown, where: string): void {
    this.validateRef(`#/components/schemas/${pointerToken(name)}`, value, where);
  }

  private pointer(route: Route): string {
    return `#/paths/${pointerToken(route.template)}/${route.method.toLowerCase()}`;
  }

  private operation(method: string, template: string): Operation {
    return this.doc.paths[template]![method.toLowerCase()] as Operation;
  }

  private parameters(template: string, operation: Operation): Parameter[] {
    const shared = (this.doc.paths[template]!['parameters'] as Parameter[] | undefined) ?? [];
    return [...shared, ...(operation.parameters ?? [])].map((p) => this.resolve(p) as Parameter);
  }

  private resolve(value: { $ref?: string }): unknown {
    let current: unknown = value;
    while (
      current &&
      typeof current === 'object' &&
      '$ref' in current &&
      typeof current.$ref === 'string'
    ) {
      current = current.$ref
        .slice(2)
        .split('/')
        .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<unknown>((node, token) => (node as Record<string, unknown>)[token], this.doc);
    }
    return current;
  }

  private validateRef(pointer: string, value: unknown, where: string): void {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.validators.set(pointer, validate);
    }
    if (!validate(value))
      throw new ContractViolation(`${where}: ${this.ajv.errorsText(validate.errors)}`);
  }

  private validate(schema: object, value: unknown, where: string): void {
    const validate = this.ajv.compile(schema);
    if (!validate(value))
      throw new ContractViolation(`${where}: ${this.ajv.errorsText(validate.errors)}`);
  }
}

function coerce(raw: string, schema: { type?: unknown }): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number')
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
