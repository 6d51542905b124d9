/**
 * Upstream release notes made safe to show in our pull request. The notes are untrusted text
 * written for the upstream repository; pasted as they are, they would notify every `@mention`,
 * put a "mentioned this" back-reference on every upstream issue they name (again on every
 * update of the rolling PR), point `#123` at *our* issue 123, and could close our `<details>`
 * early or swallow the rest of the body.
 *
 * What is done, and why:
 * - `@name` gets a zero-width space after the `@` (outside URLs; e-mail addresses too): GitHub
 *   only mentions `@` followed by a letter or digit, and the text still reads the same.
 * - `#123`, `GH-123` and `owner/repo#123` become links to the upstream issue through
 *   `redirect.github.com`, and every `github.com/<owner>/<repo>/(issues|pull|discussions)/N`
 *   URL is pointed there too, wherever it stands. GitHub documents that host as the way to link
 *   an issue without a back-reference ("Avoiding backlinks to linked references"; Dependabot
 *   and Renovate use it); `www.github.com` is not documented to, so it is not relied on. On any
 *   other server (GitHub Enterprise, where that host does not exist) they become unlinked code
 *   text. Any other `#` or `GH-` before a digit gets a zero-width space.
 * - HTML entities that spell `@`, `#`, `/`, a letter or a digit are decoded first (until
 *   nothing changes), so `&#64;name` cannot slip past the rules above.
 * - Complete HTML comments are dropped, then every `<` gets a zero-width space after it, so no
 *   tag, comment or declaration can open or close anything (`</details>` shows as text).
 * - The notes go inside a blockquote (every line starts with `> `): a code fence or list the
 *   notes leave open ends with the quote, at the blank line that follows it, so it cannot
 *   swallow the rest of the body.
 * Inside code the same changes apply; there they are invisible or harmless.
 */
import type { RepoRef } from '../settings.ts';

export interface NotesContext {
  /** The repository the notes come from: what a bare `#123` refers to. */
  upstream: RepoRef;
  /** The server's web address, e.g. `https://github.com`. */
  serverUrl: string;
}

const ZWSP = '\u200b';
const REDIRECT_HOST = 'https://redirect.github.com';

// Printable characters that can make a mention or a reference when an entity spells them.
const DECODABLE = /^[A-Za-z0-9@#/._-]$/;
const NAMED_ENTITIES: Record<string, string> = {
  commat: '@',
  num: '#',
  sol: '/',
  period: '.',
  lowbar: '_',
  UnderBar: '_',
};

/** Decodes until nothing changes, so `&&#35;64;` cannot leave a fresh `&#64;` behind. */
function decodeEntities(text: string): string {
  for (let before = ''; before !== text;) {
    before = text;
    text = decodeOnce(text);
  }
  return text;
}

function decodeOnce(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g,
    (entity, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_ENTITIES[name] ?? entity;
      const char = String.fromCodePoint(
        Math.min(Number.parseInt(dec ?? hex!, dec ? 10 : 16), 0x10ffff),
      );
      return DECODABLE.test(char) ? char : entity;
    },
  );
}

// C0 controls but tab and newline, DEL, and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Control and bidirectional-override characters: never needed in notes, able to mislead. */
function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

const ISSUE_PATH = String.raw`\/[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}\/(?:issues|pull|pulls|discussions)\/\d+`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class NoteRewriter {
  private readonly context: NotesContext;
  private readonly onGitHubCom: boolean;
  /** An issue URL of the server, whatever scheme, user part or `www.` comes before the host. */
  private readonly issueUrl: RegExp;
  private readonly token: RegExp;

  constructor(context: NotesContext) {
    this.context = context;
    const host = new URL(context.serverUrl).host.toLowerCase();
    this.onGitHubCom = host === 'github.com';
    const hostPattern = this.onGitHubCom ? String.raw`(?:www\.)?github\.com` : escapeRegExp(host);
    const issuePrefix = String.raw`(?:https?:)?(?:\/\/)?(?:[^\s\/@<>()\[\]\x60"']*@)?${hostPattern}(?::\d+)?`;
    this.issueUrl = new RegExp(`${issuePrefix}(${ISSUE_PATH})`, 'gi');
    // The alternatives, tried in this order at each position:
    // - an issue URL anywhere, even inside another URL, so no back-reference survives;
    // - other URLs, consumed whole (their `#fragment` and `@` stay as they are) only where
    //   GitHub surely links them: after a space or `(`, with a dotted domain, and never past
    //   the start of another URL or of an issue URL;
    // - references glued to a letter (`#12abc`) are not links on GitHub; `hash` neutralises
    //   them and any other `#` or `GH-` before a digit (`x.o/r#3`) but a numeric entity's, in case GitHub's reference rules are wider than
    //   ours; and every `@` before a letter or digit is neutralised, e-mail addresses too,
    //   because a replacement before it can change what precedes it.
    this.token = new RegExp(
      [
        String.raw`<(?<autolink>https?:\/\/[^\s<>]+)>`,
        String.raw`\[(?<linkText>[^\[\]\n]*)\]\((?<linkDest>[^()\s]*)(?:[ \t]+"[^"\n]*")?\)`,
        `(?<issue>${issuePrefix}${ISSUE_PATH})`,
        String.raw`(?<=^|[\s(])(?<url>(?:https?:\/\/|www\.)[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+(?:(?!(?:https?:)?\/\/|${hostPattern}\/)[^\s<>"'\x60\[\]()])*)`,
        String.raw`(?<![A-Za-z0-9_.\/-])(?<xowner>[A-Za-z0-9][A-Za-z0-9-]{0,38})\/(?<xrepo>[A-Za-z0-9._-]{1,100})\\?#(?<xnum>\d+)(?![A-Za-z0-9_])`,
        String.raw`(?<![A-Za-z0-9_&#\/])\\?(?:#|GH-)(?<num>\d+)(?![A-Za-z0-9_])`,
        String.raw`@(?=[A-Za-z0-9])`,
        String.raw`(?<hash>(?<!&)#(?=\d)|#(?=\d)(?!\d{1,7};)|GH-(?=\d))`,
        '<',
      ].join('|'),
      'gi',
    );
  }

  /** A reference to an issue or PR: a link that back-references nothing, or plain code text. */
  reference(owner: string, repo: string, number: string): string {
    if (!this.onGitHubCom) return `\`${owner}/${repo}#${number}\``;
    const label = `${owner}/${repo}`.replace(/GH-(?=\d)/gi, `$&${ZWSP}`);
    return `[${label}#${ZWSP}${number}](${REDIRECT_HOST}/${owner}/${repo}/issues/${number})`;
  }

  /**
   * `url` with every issue URL of the server in it pointed at the redirect host; undefined when
   * it names an issue on a server without one (it must not be a link then).
   */
  url(url: string): string | undefined {
    if (!this.onGitHubCom) return new RegExp(this.issueUrl.source, 'i').test(url) ? undefined : url;
    return url.replace(this.issueUrl, (_whole, path: string) => `${REDIRECT_HOST}${path}`);
  }

  /**
   * A link's destination: a URL as `url()` makes it, with the characters that could end an
   * autolink percent-encoded (GitHub shows the destination as text when the link does not
   * form, e.g. after `\\[`); anything else neutralised like text.
   */
  destination(dest: string): string | undefined {
    if (!/^https?:\/\//i.test(dest)) return this.rewrite(dest, false);
    return this.url(dest)?.replace(
      /[<>`"']/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  }

  /** One pass over the text, leftmost token first; `linked`: references may become links. */
  rewrite(text: string, linked: boolean): string {
    return text.replace(this.token, (match: string, ...rest: unknown[]) => {
      const groups = rest.at(-1) as Record<string, string | undefined>;
      if (groups.autolink !== undefined) {
        const url = this.url(groups.autolink);
        return url === undefined ? unlinked(groups.autolink) : `<${url}>`;
      }
      if (groups.linkText !== undefined) {
        const label = this.rewrite(groups.linkText, false);
        const url = this.destination(groups.linkDest!);
        return url === undefined
          ? `${label} (${unlinked(groups.linkDest!)})`
          : `[${label}](${url})`;
      }
      if (groups.issue !== undefined) return this.url(groups.issue) ?? unlinked(groups.issue);
      if (groups.url !== undefined) return groups.url;
      if (groups.xnum !== undefined || groups.num !== undefined) {
        // In link text: only neutralised.
        if (!linked) return match.replace(/(?:#|GH-)(?=\d)/gi, `$&${ZWSP}`);
        if (groups.xnum !== undefined)
          return this.reference(groups.xowner!, groups.xrepo!, groups.xnum);
        const { owner, repo } = this.context.upstream;
        return this.reference(owner, repo, groups.num!);
      }
      if (match === '@') return `@${ZWSP}`;
      if (groups.hash !== undefined) return `${match}${ZWSP}`;
      return `<${ZWSP}`;
    });
  }
}

/** Code text, which GitHub neither links nor references (backticks inside would end it). */
function unlinked(text: string): string {
  return `\`${text.replaceAll('`', '')}\``;
}

/**
 * The notes as blockquote lines (`> …`), safe to place between `<details>` and `</details>`
 * with a blank line on each side.
 */
export function quotedNotes(notes: string, context: NotesContext): string[] {
  // Comments go first, so what they separated is judged joined (`@<!-- -->name`).
  const plain = decodeEntities(stripControls(notes).replace(/<!--[\s\S]*?-->/g, ''));
  const text = new NoteRewriter(context)
    .rewrite(plain, true)
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  if (text === '') return [];
  return text.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`));
}

/** Whether the notes say anything about breaking changes (for the warning block). */
export function mentionsBreakingChanges(notes: string): boolean {
  return /\bbreaking[\s_-]*changes?\b/i.test(stripControls(notes));
}
