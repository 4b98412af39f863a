/**
 * The page's own infinite scroll, as a script served inside the 50-tile page: each call appends
 * `count` tiles cloned from the page's first 50, one at a time as a framework renders them, each
 * under a new job id and with its number added to the title (so every listing's text is its own
 * and no cache answers it for free). Returns the page-clock time it appended them.
 */
export const growthScript = `(() => {
  const list = document.querySelector('section.card-list-container');
  const originals = [...list.querySelectorAll('article[data-ev-job-uid]')].map((tile) => tile.cloneNode(true));
  let next = originals.length;
  Object.defineProperty(window, '__skillscoutGrow', { value(count) {
    const at = performance.now();
    for (let i = 0; i < count; i++, next++) {
      const tile = originals[next % originals.length].cloneNode(true);
      const uid = '19' + String(next).padStart(17, '0');
      tile.setAttribute('data-ev-job-uid', uid);
      const link = tile.querySelector('[data-test~="job-tile-title-link"]');
      link.setAttribute('href', '/jobs/x_~02' + uid + '/');
      link.textContent = link.textContent + ' (' + next + ')';
      list.append(tile);
    }
    return at;
  } });
})();`;
