/** The page's structure, read before it is flattened to text: what is left out, and what is kept. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, type DomNode } from '../../../../src/engine/read/html/paragraphs.ts';

const paragraphs = (html: string, structure = true) =>
  paragraphsOf(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNode, structure);

describe('paragraphsOf', () => {
  it('splits at blocks and line breaks, collapsing white space', () => {
    expect(
      paragraphs('<div>The quay <b>reopened</b>\n on Monday.<br>Ferries return.</div><p>Traders cheered.</p>'),
    ).toEqual(['The quay reopened on Monday.', 'Ferries return.', 'Traders cheered.']);
  });

  it('leaves out figures, captions, asides, navigation and hidden elements', () => {
    const html = `<p>The quay reopened.</p>
      <figure><img alt=""><figcaption>The quay at dawn. Credit: Harbour Board</figcaption></figure>
      <div class="photo-caption">Workers on the wall.</div>
      <aside>Read more about the harbour</aside><nav>Home Local</nav>
      <p hidden>Hidden teaser</p><p style="display: none">Also hidden</p>
      <p>Ferries return on Tuesday.</p>`;
    expect(paragraphs(html)).toEqual(['The quay reopened.', 'Ferries return on Tuesday.']);
    expect(paragraphs(html, false)).toHaveLength(8);
  });

  it('leaves out a short block made only of links, but keeps a bare address and a paragraph with a link in it', () => {
    const html = `<p><a href="/a">Harbour board names new chair</a></p>
      <p><a href="https://shop.example/item">https://shop.example/item</a></p>
      <p>The board said in <a href="/statement">a statement</a> that the wall was safe.</p>`;
    expect(paragraphs(html)).toEqual([
      'https://shop.example/item',
      'The board said in a statement that the wall was safe.',
    ]);
  });

  it('reads class names whole: a wrapper whose name holds such a word inside it is kept', () => {
    const html = `<div class="m-advertisement-off-canvas--pusher"><p>The quay reopened.</p></div>
      <div class="related-stories"><p>Other harbour news</p></div>`;
    expect(paragraphs(html)).toEqual(['The quay reopened.']);
  });
});
