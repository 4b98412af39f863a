/**
 * What the end-to-end flows need from a browser, so the Chromium run (Playwright) and the
 * Firefox run (WebDriver BiDi through puppeteer-core) make the same checks.
 *
 * Selectors are CSS; ` >>> ` steps into the open shadow root of the elements matched so far
 * (the card UI lives in one), e.g. `article > .skillscout-ui >>> .level`.
 */
export interface PageDriver {
  url(): Promise<string>;
  count(selector: string): Promise<number>;
  /** The text of every match, in document order. */
  texts(selector: string): Promise<string[]>;
  /**
   * What a person reads or hears in the matches (text, tooltips, labels read out, placeholders),
   * without what is marked `translate="no"` (the listing's and the marketplace's own words).
   */
  shownTexts(selector: string): Promise<string[]>;
  /** The attribute of the first match; null when it has none or nothing matches. */
  attribute(selector: string, name: string): Promise<string | null>;
  /** The computed value of a CSS property on the first element `selector` matches. */
  style(selector: string, property: string): Promise<string | null>;
  /** Real pointer input on the one element the selector matches, once it can be clicked. */
  click(selector: string): Promise<void>;
  /** Types into the field (replacing its value). */
  fill(selector: string, text: string): Promise<void>;
  /** Presses one key (e.g. `Enter`) with the element focused. */
  press(selector: string, key: string): Promise<void>;
  reload(): Promise<void>;
  /** Loads another page in the same tab. */
  goto(url: string): Promise<void>;
  close(): Promise<void>;
}

export type RequestSource = 'background' | 'extension page';

export interface BrowserDriver {
  /** Opens a marketplace page served by the fixture server (https, as the real sites are). */
  openMarketplace(host: string, pathAndQuery: string): Promise<PageDriver>;
  /** Opens one of the extension's own pages, e.g. `popup.html`, in a tab. */
  openExtensionPage(file: string): Promise<PageDriver>;
  /** Rows in one of the extension's IndexedDB stores. */
  countStored(store: string): Promise<number>;
  /** Sends a raw message to the background from an extension page and returns the reply. */
  request(type: string, payload: unknown): Promise<unknown>;
  /** The id of the tab showing `url` (a marketplace page: the extension sees its address). */
  tabIdOf(url: string): Promise<number>;
  /** The toolbar badge's text and tooltip on a tab. */
  badgeOf(tabId: number): Promise<{ text: string; title: string }>;
  /** Makes the extension fetch `url` from its background or one of its pages: the watcher's control. */
  fetchAsExtension(source: RequestSource, url: string): Promise<void>;
  /**
   * Network requests the extension itself made (background, its own pages) to anything but
   * its own files, so far. SkillScout makes none; `close()` fails the run if there were any.
   */
  extensionRequests(): Promise<string[]>;
  /** Forgets the requests seen so far (after the watcher's control). */
  forgetExtensionRequests(): Promise<void>;
  close(): Promise<void>;
}

export interface Inspection {
  selector: string;
  what: 'count' | 'texts' | 'shown' | 'attribute' | 'style' | 'element';
  /** The attribute's name, for `attribute`; the CSS property's, for `style`. */
  name?: string;
}

/**
 * Reads `selector` (with ` >>> ` shadow steps) in the page; `element` gives the one element it
 * matches (for a click) and fails on none or several. Runs inside the page, so it must stay
 * self-contained: both drivers send its source text to the browser.
 */
export function inspectInPage({
  selector,
  what,
  name,
}: Inspection): number | string[] | string | null | Element {
  let scopes: ParentNode[] = [document];
  let found: Element[] = [];
  for (const part of selector.split('>>>')) {
    found = scopes.flatMap((scope) => Array.from(scope.querySelectorAll(part.trim())));
    scopes = found.flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
  }
  if (what === 'count') return found.length;
  if (what === 'texts') return found.map((element) => element.textContent ?? '');
  if (what === 'shown') {
    return found.flatMap((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const own of copy.querySelectorAll('[translate="no"]')) own.remove();
      const out: string[] = [];
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node.textContent ?? '');
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const attribute of ['title', 'aria-label', 'placeholder'])
          out.push(el.getAttribute(attribute) ?? '');
      }
      return out.map((text) => text.trim()).filter(Boolean);
    });
  }
  if (what === 'attribute') return found[0]?.getAttribute(name ?? '') ?? null;
  if (what === 'style') return found[0] ? getComputedStyle(found[0]).getPropertyValue(name ?? '') : null;
  if (found.length !== 1 || !found[0]) throw new Error(`${selector}: ${found.length} matches, wanted 1`);
  return found[0];
}

/** The inspection that finds the one element a click, a fill or a key press goes to. */
export const theElement = (selector: string): Inspection => ({ selector, what: 'element' });

/** The reading half of a page driver, from the browser library's `evaluate` of `inspectInPage`. */
export function pageQueries(
  evaluate: (inspection: Inspection) => Promise<unknown>,
): Pick<PageDriver, 'count' | 'texts' | 'shownTexts' | 'attribute' | 'style'> {
  return {
    count: async (selector) => (await evaluate({ selector, what: 'count' })) as number,
    texts: async (selector) => (await evaluate({ selector, what: 'texts' })) as string[],
    shownTexts: async (selector) => (await evaluate({ selector, what: 'shown' })) as string[],
    attribute: async (selector, name) =>
      (await evaluate({ selector, what: 'attribute', name })) as string | null,
    style: async (selector, name) => (await evaluate({ selector, what: 'style', name })) as string | null,
  };
}

/**
 * Counts the rows of one store in the extension's database; runs in an extension page. A
 * database the extension has not made yet counts 0 and is not made here (an empty one made by
 * the test would skip the extension's own first migration).
 */
export function countStoredInPage(store: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('skillscout');
    let missing = false;
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onerror = () => (missing ? resolve(0) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        resolve(0);
        return;
      }
      const count = db.transaction(store).objectStore(store).count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}

/** Runs in an extension context (service worker or page): the tab showing `url`, or -1. */
export async function tabIdInExtension(url: string): Promise<number> {
  const api =
    (globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi }).browser ??
    (globalThis as unknown as { chrome: TabsApi }).chrome;
  const [tab] = (await api.tabs.query({})).filter((t) => t.url === url);
  return tab?.id ?? -1;
}

/** Runs in an extension context: the toolbar badge of a tab. */
export async function badgeInExtension(tabId: number): Promise<{ text: string; title: string }> {
  const api =
    (globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi }).browser ??
    (globalThis as unknown as { chrome: TabsApi }).chrome;
  return { text: await api.action.getBadgeText({ tabId }), title: await api.action.getTitle({ tabId }) };
}

interface TabsApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}
