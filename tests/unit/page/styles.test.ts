/** The card UI's style reaches each card's shadow root, one shared sheet where the browser allows it. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CARD_UI_CSS, styleCardRoot } from '@/lib/page/styles';

/** A page of its own per test: the shared sheet is kept per document. */
const freshPage = (): Document => new Window().document as unknown as Document;

const newRoot = (doc: Document): ShadowRoot => {
  const host = doc.createElement('div');
  doc.body.append(host);
  return host.attachShadow({ mode: 'open' });
};

const refusing = (root: ShadowRoot, refuse: () => void): ShadowRoot =>
  Object.defineProperty(root, 'adoptedStyleSheets', { get: () => [], set: refuse });

describe('styleCardRoot', () => {
  it('gives every card of a page the same adopted sheet, and no <style> of its own', () => {
    const doc = freshPage();
    const [a, b] = [newRoot(doc), newRoot(doc)];
    styleCardRoot(a);
    styleCardRoot(b);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(b.adoptedStyleSheets[0]).toBe(a.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> per root where adopting is refused, and stops trying on that page', () => {
    const doc = freshPage();
    const first = refusing(newRoot(doc), () => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    });
    styleCardRoot(first);
    expect(first.querySelector('style')?.textContent).toBe(CARD_UI_CSS);
    const second = newRoot(doc);
    styleCardRoot(second);
    expect(second.adoptedStyleSheets).toHaveLength(0);
    expect(second.querySelector('style')?.textContent).toBe(CARD_UI_CSS);
  });

  it('falls back to a <style> where adopting is silently ignored', () => {
    const root = refusing(newRoot(freshPage()), () => {});
    styleCardRoot(root);
    expect(root.querySelector('style')?.textContent).toBe(CARD_UI_CSS);
  });

  it('gives a document without a window (one made by script) a <style>', () => {
    const root = newRoot(document.implementation.createHTMLDocument('detached'));
    styleCardRoot(root);
    expect(root.querySelector('style')?.textContent).toBe(CARD_UI_CSS);
  });
});
