/**
 * Allowlist sanitiser for the restricted rich text the server sends (announcements, news).
 *
 * How it stays safe:
 * - The input is parsed by `DOMParser` into an inert document: no script runs, no image or
 *   other resource loads, no custom element upgrades.
 * - We never hand that tree (or a string serialised from it) to the page. We walk it and
 *   BUILD NEW nodes in the current document: only allowlisted elements, only the few
 *   attributes we set ourselves, text copied as text. Nothing is re-parsed, so the
 *   parse/serialise/re-parse differences behind mXSS cannot bite.
 * - Elements we do not know are unwrapped (their text survives); elements whose content is
 *   code, raw text or a foreign namespace (script, style, svg, math...) are dropped whole.
 */
import { noChange, nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';
import { isExternalUrl, safeUrl } from './url.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements rebuilt in the output. Everything else is unwrapped or dropped. */
const ALLOWED = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote',
  'h3', 'h4', 'h5', 'h6', 'span', 'code', 'pre', 'hr',
]);

/** Elements whose whole content goes: code, raw text, embedded documents, form values, metadata. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'param', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'svg', 'math', 'textarea',
  'select', 'option', 'optgroup', 'datalist', 'title', 'head', 'meta', 'link', 'base', 'audio',
  'video', 'source', 'track', 'canvas', 'picture', 'map', 'portal', 'fencedframe',
]);

/**
 * Unknown elements that are blocks: when unwrapped, their content gets its own line(s)
 * (a <br> before and after) so `<div>a</div><div>b</div>` does not read "ab".
 */
const UNWRAPPED_BLOCKS = new Set([
  'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address',
  'h1', 'h2', 'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd', 'table',
  'caption', 'tr', 'td', 'th', 'form', 'fieldset', 'legend', 'center', 'dialog',
]);

/** Output elements that already start/end a line: no <br> needed next to them. */
const OUTPUT_BLOCKS = new Set(['p', 'br', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr']);

/** Nesting cap for rebuilt elements: deeper content is kept as text only, bounding the output. */
export const MAX_DEPTH = 20;

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const DIRS = new Set(['ltr', 'rtl', 'auto']);

interface Context {
  /** Number of rebuilt elements above the current output position. */
  depth: number;
  /** Inside a rebuilt <a>: a nested link would be invalid (and confusing), unwrap it. */
  inLink: boolean;
}

/**
 * Parses `html` inertly and returns a fragment of freshly built, allowlisted nodes owned by
 * the current document, ready to insert.
 */
export function sanitizeHtml(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  if (typeof html !== 'string' || html === '') return out;
  const inert = new DOMParser().parseFromString(html, 'text/html');
  // Only the body: the parser moves <title>, <style>, <meta>... into <head>, which we ignore.
  copyChildren(inert.body, out, { depth: 0, inLink: false });
  return out;
}

/**
 * The plain text of the sanitised content, for previews and accessible names: blocks and
 * line breaks become spaces, whitespace is collapsed.
 */
export function sanitizedText(html: string): string {
  const parts: string[] = [];
  collectText(sanitizeHtml(html), parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collectText(node: Node, parts: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      parts.push((child as Text).data);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const block = OUTPUT_BLOCKS.has((child as Element).localName);
      if (block) parts.push(' ');
      collectText(child, parts);
      if (block) parts.push(' ');
    }
  }
}

function copyChildren(from: Node, to: Element | DocumentFragment, ctx: Context): void {
  for (const child of from.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      append(to, document.createTextNode((child as Text).data));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      copyElement(child as Element, to, ctx);
    }
    // Comments, processing instructions, doctypes: dropped.
  }
}

function copyElement(el: Element, to: Element | DocumentFragment, ctx: Context): void {
  const name = el.localName;
  // Foreign-namespace elements (inside svg/math) never get rebuilt, even with an HTML name.
  if (el.namespaceURI !== HTML_NS || DROPPED.has(name)) return;

  const built = ALLOWED.has(name) && ctx.depth < MAX_DEPTH ? build(el, to, ctx) : null;
  if (built) {
    append(to, built);
    copyChildren(el, built, { depth: ctx.depth + 1, inLink: ctx.inLink || name === 'a' });
    return;
  }

  // Unwrap: keep the content, lose the element. Blocks (including allowed ones past the depth
  // cap or orphan <li>) keep their content on its own line.
  const block = UNWRAPPED_BLOCKS.has(name) || OUTPUT_BLOCKS.has(name);
  if (block) endLine(to);
  copyChildren(el, to, ctx);
  if (block) endLine(to);
}

/** Creates the clean counterpart of an allowed element, or null when it must be unwrapped. */
function build(el: Element, to: Element | DocumentFragment, ctx: Context): HTMLElement | null {
  const name = el.localName;
  // A list item outside a list would be an orphan for assistive technologies.
  if (name === 'li' && !isList(to)) return null;

  const out = document.createElement(name);
  if (name === 'a') {
    if (ctx.inLink) return null;
    const href = safeUrl(el.getAttribute('href'));
    if (href === undefined) return null;
    out.setAttribute('href', href);
    out.setAttribute('rel', 'noopener noreferrer');
    if (isExternalUrl(href)) out.setAttribute('target', '_blank');
  }

  const lang = el.getAttribute('lang');
  if (lang !== null && LANG.test(lang)) out.setAttribute('lang', lang);
  const dir = el.getAttribute('dir')?.toLowerCase();
  if (dir !== undefined && DIRS.has(dir)) out.setAttribute('dir', dir);
  return out;
}

function isList(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && ['ul', 'ol'].includes((node as Element).localName);
}

/**
 * Appends a node; in a list, anything that is not an item (stray text, inline elements) goes
 * into an item of its own, so lists only ever contain <li> children.
 */
function append(to: Element | DocumentFragment, node: Node): void {
  const isItem = node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'li';
  const isBlank = node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() === '';
  if (!isList(to) || isItem || isBlank) {
    to.appendChild(node);
    return;
  }
  let item = to.lastElementChild;
  if (!item || item !== to.lastChild || !strayItems.has(item)) {
    item = document.createElement('li');
    strayItems.add(item);
    to.appendChild(item);
  }
  item.appendChild(node);
}

/** Items we created to hold stray list content; consecutive stray nodes share one. */
const strayItems = new WeakSet<Element>();

/**
 * Makes what follows start on a new line: adds a <br> when the output so far ends with inline
 * content; in a list, closes the current stray item so the next content gets a new one.
 */
function endLine(to: Element | DocumentFragment): void {
  if (isList(to)) {
    if (to.lastElementChild) strayItems.delete(to.lastElementChild);
    return;
  }
  let last = to.lastChild;
  while (last && last.nodeType === Node.TEXT_NODE && (last as Text).data.trim() === '') {
    last = last.previousSibling;
  }
  if (!last) return;
  if (last.nodeType === Node.ELEMENT_NODE && OUTPUT_BLOCKS.has((last as Element).localName)) return;
  to.appendChild(document.createElement('br'));
}

/**
 * Lit directive rendering sanitised HTML in a child position:
 * `html\`<div>${safeHtml(announcement.body)}</div>\``.
 * The DOM is rebuilt only when the input string changes.
 */
class SafeHtmlDirective extends Directive {
  private rendered = false;
  private last: string | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) {
      throw new Error('safeHtml() can only be used in child expressions');
    }
  }

  render(html: string | undefined | null): DocumentFragment | typeof nothing | typeof noChange {
    const value = typeof html === 'string' ? html : '';
    if (this.rendered && value === this.last) return noChange;
    this.rendered = true;
    this.last = value;
    return value === '' ? nothing : sanitizeHtml(value);
  }
}

export const safeHtml = directive(SafeHtmlDirective);
