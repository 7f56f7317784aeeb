/**
 * The article's paragraphs from Readability's result, as plain text. What the page's own structure marks as not
 * article text is left out here, where the structure is still known: figures and their captions, asides and
 * navigation, hidden elements, and blocks made of nothing but links (lists of other stories).
 */

/** A DOM node as the walk reads it (linkedom's nodes fit). */
export interface DomNode {
  /** 1 element, 3 text, 9 document, 11 fragment. */
  nodeType: number;
  /** The tag name for an element. */
  nodeName: string;
  /** The text under the node. */
  textContent: string | null;
  /** The node's children. */
  childNodes: ArrayLike<DomNode>;
  /** An attribute's value, for elements. */
  getAttribute?(name: string): string | null;
}

/** Elements that end a paragraph of text. */
const BLOCK =
  /^(?:P|DIV|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|TABLE|THEAD|TBODY|TR|TD|TH|FIGURE|FIGCAPTION|BR|HR|ADDRESS|DETAILS|SUMMARY)$/;

/** Elements whose text is never the article's: figures and captions, asides, navigation. */
const NOT_ARTICLE = /^(?:FIGURE|FIGCAPTION|ASIDE|NAV)$/;

/**
 * Class or id names of elements that hold captions, credits or lists of other stories: the word alone, or at the
 * start or end of a hyphenated name (`photo-caption`, `related-stories`); a word inside a longer name
 * (`m-advertisement-off-canvas--pusher`, a wrapper) does not count.
 */
const NOT_ARTICLE_CLASS =
  /^(?:(?:[\w]+[-_]+)?(?:caption|captions|credit|credits|gallery|slideshow|related|share|sharing|social|newsletter|promo|advert|advertisement)|(?:caption|captions|credit|gallery|slideshow|related|share|sharing|social|newsletter|promo|advert|advertisement)(?:[-_]+[\w]+)?)$/i;

/** A block at least this share of whose text is link text, and short, is a list of links, not a paragraph. */
const LINK_SHARE = 0.9;
const LINK_BLOCK_MAX_WORDS = 25;

function skipped(node: DomNode): boolean {
  if (NOT_ARTICLE.test(node.nodeName.toUpperCase())) return true;
  const attr = (name: string) => node.getAttribute?.(name) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr('style') ?? '')) return true;
  return `${attr('class') ?? ''} ${attr('id') ?? ''}`.split(/\s+/).some((name) => NOT_ARTICLE_CLASS.test(name));
}

/**
 * The plain-text paragraphs under a node: text joined, white space collapsed, a new paragraph at each block. With
 * `structure` false, nothing is left out (Readability's result as it is, for evaluation).
 */
export function paragraphsOf(root: DomNode, structure = true): string[] {
  const out: string[] = [];
  let buffer = '';
  let linked = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    const links = linked.replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    // A bare address is text in its own right (a shop link the writer lists), not a list of stories.
    const listOfLinks =
      structure &&
      text &&
      !/^https?:\/\/\S+$/.test(text) &&
      links.length >= LINK_SHARE * text.length &&
      words <= LINK_BLOCK_MAX_WORDS;
    if (text && !listOfLinks) out.push(text);
    buffer = '';
    linked = '';
  };
  const walk = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      if (inLink) linked += node.textContent ?? '';
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    if (structure && node.nodeType === 1 && skipped(node)) return;
    const block = BLOCK.test(node.nodeName.toUpperCase());
    if (block) flush();
    const link = inLink || node.nodeName.toUpperCase() === 'A';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, link);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return out;
}
