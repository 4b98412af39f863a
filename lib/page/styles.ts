/**
 * CSS for the page UI. The card UI lives in a shadow root, so the page cannot restyle it and
 * it cannot restyle the page; only the few card-level states below touch the page, through
 * attributes SkillScout owns (`data-skillscout-*`), never the site's own classes.
 */
export const CARD_UI_CSS = `
:host { all: initial; display: block; margin: 0 0 8px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #17233b; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px; border: 1px solid #c8d3ea; border-radius: 10px; background: #f5f8ff; }
.fit { font-weight: 600; color: #1b5e20; background: #e4f4e5; border-radius: 999px; padding: 1px 8px; }
.fit.stretch { color: #8a4b00; background: #fff3e0; }
.level { font: inherit; font-weight: 600; border-radius: 999px; padding: 1px 8px; border: 1px solid transparent; cursor: pointer; }
.level.beginner { background: #e4f4e5; color: #1b5e20; }
.level.intermediate { background: #fff3e0; color: #8a4b00; }
.level.expert { background: #fdecea; color: #9f1c12; }
.level.uncertain { border: 1px dashed currentColor; }
.chips { display: contents; list-style: none; }
.chip { border-radius: 999px; padding: 1px 8px; background: #e9edf5; color: #33415c; }
.chip.have { background: #e4f4e5; color: #1b5e20; }
.chip.have::before { content: "✓ "; }
.chip.learn { background: #ede7f6; color: #4527a0; font-weight: 600; }
.chip.learn::before { content: "★ "; }
.chip.weak { background: transparent; border: 1px dashed #9aa7c0; }
.more-item { display: contents; }
.chip.more { font: inherit; border: 1px solid #9ab0dc; background: #fff; color: #1f4fa0; cursor: pointer; }
.save, .show, .panel { font: inherit; margin-left: auto; border-radius: 8px; padding: 2px 10px; border: 1px solid #9ab0dc; background: #fff; color: #1f4fa0; cursor: pointer; }
.show, .panel { margin-left: 0; }
.save[aria-pressed="true"] { background: #1f4fa0; color: #fff; border-color: #1f4fa0; }
.reasons { flex-basis: 100%; margin: 2px 0 0; padding-left: 18px; color: #33415c; }
button:focus-visible { outline: 2px solid #1f4fa0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  :host { color: #e7ecf5; }
  .bar { background: #1b2130; border-color: #2c3548; }
  .chip { background: #2a3245; color: #d5dcec; }
  .reasons { color: #c3cbe0; }
  .save, .show, .panel { background: #12161f; color: #8db4ff; border-color: #3a4a6a; }
}
`;

/**
 * The height of a card UI of one line (the bar's padding and border around the level pill, the
 * tallest thing on it, at the host's 13px/1.45 font: 38.8 px in Chromium), held for it while its
 * tags are on the way.
 */
export const RESERVED_HEIGHT_PX = 39;

/** Added once to the page: card-level states only, keyed on our own attributes. */
const PAGE_CSS = `
[data-skillscout-fit="match"] { outline: 2px solid #2e7d32 !important; outline-offset: 2px; }
[data-skillscout-flash] { outline: 3px solid #f9a825 !important; outline-offset: 3px; background-color: rgba(249, 168, 37, 0.12) !important; }
[data-skillscout-hidden="dim"] > :not(.skillscout-ui) { opacity: 0.45; }
[data-skillscout-hidden="collapse"] > :not(.skillscout-ui) { display: none !important; }
.skillscout-room { display: block; min-height: ${RESERVED_HEIGHT_PX}px; margin: 0 0 8px; }
`;

/**
 * The card UI's style for one shadow root. One constructed sheet shared by every card where the
 * browser lets a content script adopt it (Chromium): a `<style>` per card made the style engine
 * take in the same sheet fifty times a page, on the drawing path. Where adopting is refused or
 * ignored (a content script's wrappers may refuse a sheet it made, as Firefox's Xray wrappers are
 * known to) each root gets its own `<style>`, as before.
 */
export function styleCardRoot(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const sheet = sharedSheet(doc);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Refused (an Xray wrapper in Firefox): the <style> below does the same.
    }
    sheets.set(doc, null);
  }
  const style = doc.createElement('style');
  style.textContent = CARD_UI_CSS;
  root.append(style);
}

/** Per document: its shared card sheet, or null once adopting one has failed there. */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheet(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet !== undefined) return sheet;
  sheet = null;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'replaceSync' in Sheet.prototype) {
    try {
      sheet = new Sheet();
      sheet.replaceSync(CARD_UI_CSS);
    } catch {
      sheet = null;
    }
  }
  sheets.set(doc, sheet);
  return sheet;
}

export const PAGE_STYLE_ID = 'skillscout-page-style';

export function ensurePageStyle(doc: Document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
}
