/**
 * When the page's markup is all parsed (DOMContentLoaded): a content script started at
 * document_start does its slow setup while the page arrives, then reads the cards at once.
 */
export function whenParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
