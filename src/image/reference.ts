/**
 * Image names and tags, checked against the distribution reference grammar
 * (github.com/distribution/reference, `reference.go`):
 *
 *   name             := [domain '/'] path-component ['/' path-component]*
 *   domain           := host [':' port-number]
 *   host             := domain-name | '[' IPv6address ']'
 *   domain-name      := domain-component ['.' domain-component]*
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   path-component   := /[a-z0-9]+/ [separator /[a-z0-9]+/]*
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *
 * Written by hand: no small, maintained npm package implements this grammar, and the rules are
 * a few regular expressions. Like Docker, the first component is a domain only when it holds a
 * '.' or a ':' or is `localhost`; otherwise the name is on Docker Hub.
 */

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
// Loose on purpose: the registry, not us, decides whether an IPv6 address is reachable.
const IPV6 = '\\[[0-9a-fA-F:.]+\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_NAME_LENGTH = 255;

/** The registry Docker assumes for a name without a domain. */
export const DOCKER_HUB = 'docker.io';

/** A validated image name: a repository, without tag or digest. */
export interface ImageName {
  /** `registry.example.com:5000`; undefined for a Docker Hub name without a domain. */
  domain: string | undefined;
  /** `owner/app` */
  path: string;
}

/** The value as it may appear in a one-line message: quoted, and cut when long. */
export function quoteForMessage(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(shown);
}

function splitDomain(name: string): { domain: string | undefined; path: string } {
  const slash = name.indexOf('/');
  if (slash === -1) return { domain: undefined, path: name };
  const first = name.slice(0, slash);
  if (first.includes('.') || first.includes(':') || first === 'localhost') {
    return { domain: first, path: name.slice(slash + 1) };
  }
  return { domain: undefined, path: name };
}

/**
 * Why `name` is not a valid image repository name, or undefined when it is. The reasons are
 * phrased for the packager: what is wrong, in words, not the grammar.
 */
export function imageNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (/\s/.test(name)) return 'contains whitespace';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) return 'starts with a URL scheme such as https://';
  if (name.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (name.includes('@')) return 'includes a digest (@sha256:...)';
  if (name.endsWith(':')) return "ends with ':'";
  if (name.endsWith('/')) return "ends with '/'";
  const { domain, path } = splitDomain(name);
  if (domain !== undefined && !DOMAIN.test(domain)) {
    return `has an invalid registry host ${quoteForMessage(domain)}`;
  }
  if (path === '') return 'has no repository path after the registry host';
  if (path.includes(':')) return 'includes a tag';
  for (const component of path.split('/')) {
    if (component === '') return "has an empty path component ('//')";
    if (/[A-Z]/.test(component)) return 'has uppercase letters; repository paths are lowercase';
    if (!PATH_COMPONENT.test(component)) {
      return (
        `has an invalid path component ${quoteForMessage(component)}: use lowercase letters ` +
        'and digits, separated by one of . _ __ -'
      );
    }
  }
  return undefined;
}

/** Splits a name that `imageNameProblem` accepted; undefined when it does not. */
export function parseImageName(name: string): ImageName | undefined {
  if (imageNameProblem(name) !== undefined) return undefined;
  return splitDomain(name);
}

/** The host to log in to for an image name: its domain, or Docker Hub. */
export function registryHost(name: ImageName): string {
  return name.domain ?? DOCKER_HUB;
}

/** Whether `tag` is a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Whether `digest` is a sha256 content digest, as the builders write it. */
export function isSha256Digest(digest: string): boolean {
  return /^sha256:[a-f0-9]{64}$/.test(digest);
}
