/**
 * visibleText reads an element with nothing special inside through the DOM's own textContent
 * (one call, not several per node): on any tree, that must give what the node-by-node walk gives.
 * The walk below is the rule written out plainly; fast-check builds the trees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, visibleText } from '@/lib/sites/text';

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'BR', 'H2', 'TD', 'SECTION']);

/** Text a sighted user sees, by the rule: hidden and script text dropped, blocks kept apart. */
function byTheRule(el: Element, keepLines: boolean): string {
  let out = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (['SCRIPT', 'STYLE'].includes(node.tagName) || node.classList.contains('sr-only')) return;
    const block = BLOCK.has(node.tagName);
    if (block && !/\s$/.test(out)) out += ' ';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) out += ' ';
  };
  visit(el);
  return keepLines ? cleanText(out) : out.replace(/\s+/g, ' ').trim();
}

type Tree = string | { special: boolean; children: Tree[] };

// Words glued to their neighbours are what a missed block would run together.
const text = fc.oneof(
  fc.constantFrom('a', 'bc', 'd e', ' ', '\n', ' f\n\n\ng '),
  fc.stringMatching(/^[a-z $\n\t]{0,6}$/),
);
/** Inline elements and text, with here and there an element of the one special kind of the run. */
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    text,
    fc.record({
      special: fc.constantFrom(false, false, true),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
}));
/** Each kind the walk treats apart, one per run: a block, a script or style, a hidden helper. */
const SPECIAL_KINDS = ['br', 'div', 'p', 'li', 'ul', 'h2', 'td', 'section', 'script', 'style', 'sr-only'];

function build(doc: Document, node: Tree, special: string, inline: string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const tag = node.special && special !== 'sr-only' ? special : inline;
  const el = doc.createElement(tag);
  if (node.special && special === 'sr-only') el.className = 'sr-only';
  if (tag !== 'br') for (const child of node.children) el.append(build(doc, child, special, inline));
  return el;
}

describe('visibleText on any tree', () => {
  it('reads what the node-by-node rule reads, with lines kept or not', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...SPECIAL_KINDS),
        fc.constantFrom('span', 'a', 'b'),
        fc.constantFrom('span', 'div', 'p', 'a'),
        (children, special, inline, tag) => {
          const root = document.createElement(tag);
          for (const child of children) root.append(build(document, child, special, inline));
          expect(visibleText(root)).toBe(byTheRule(root, false));
          expect(visibleText(root, true)).toBe(byTheRule(root, true));
        },
      ),
      { numRuns: 500 },
    );
  });
});
