/**
 * When the page's markup is all parsed (DOMContentLoaded): a content script started at
 * document_start does its slow setup while the page arrives, then reads the cards at once.
 */
export function whenParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Resolves in a task of its own, after the one running now: a message the page posts to itself.
 * Not a zero timer, whose task Chromium runs later while a page loads.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
