/** The page's JSON-LD: the article node (`NewsArticle`, `Article`, `BlogPosting`…) among all the blocks. */

/** One JSON-LD object. */
export type JsonLdNode = Record<string, unknown>;

/** A document as the metadata readers need it (linkedom's and the browser's both fit). */
export interface PageDocument {
  /** Elements matching a CSS selector. */
  querySelectorAll(
    selector: string,
  ): Iterable<{ textContent: string | null; getAttribute(name: string): string | null }>;
  /** The first element matching a CSS selector. */
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/** Every object in the page's JSON-LD blocks, `@graph` members included; blocks that are not valid JSON are counted. */
export function jsonLdNodes(doc: PageDocument): { nodes: JsonLdNode[]; broken: number } {
  const nodes: JsonLdNode[] = [];
  let broken = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as JsonLdNode;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      broken++;
    }
  }
  return { nodes, broken };
}

/** The node's `@type`s. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The first node typed as a news article, article or blog post (a live blog included), or null. */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

/** A string value, trimmed; null for anything else or an empty string. */
export function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** The name of a thing given as a string or as an object with `name`. */
export function nameOf(value: unknown): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as JsonLdNode).name);
  return text(value);
}

/** The authors a node names, people and organisations apart; a bare string counts as a person. */
export function authorsOf(node: JsonLdNode): { people: string[]; organisations: string[] } {
  const people: string[] = [];
  const organisations: string[] = [];
  const list = Array.isArray(node.author) ? node.author : node.author ? [node.author] : [];
  for (const a of list) {
    const name = nameOf(a);
    if (!name || /^https?:\/\//i.test(name)) continue;
    const isOrganisation =
      a && typeof a === 'object' && typesOf(a as JsonLdNode).some((t) => /Organization|NewsMediaOrganization/.test(t));
    (isOrganisation ? organisations : people).push(name);
  }
  return { people: [...new Set(people)], organisations: [...new Set(organisations)] };
}
