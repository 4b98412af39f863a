/**
 * The Firefox network watcher, run in Firefox's parent process, where every HTTP(S) request of
 * every page, worker and add-on passes: it keeps the address of each request whose triggering or
 * loading principal is the add-on's (its background, its pages) or an expanded principal that
 * holds it (its content scripts). Requests of the marketplace pages themselves are the page's.
 */
export interface Watch {
  seen(): string[];
  forget(): string[];
}

/** The watcher's source, to be evaluated in the parent process with the add-on's id. */
export const WATCH_IN_PARENT = (addonId: string): string => `(() => {
  const ADDON = ${JSON.stringify(addonId)};
  const seen = [];
  const ours = (principal) =>
    !!principal &&
    (principal.addonId === ADDON ||
      (principal.isExpandedPrincipal && (principal.allowlist ?? []).some((p) => p.addonId === ADDON)));
  Services.obs.addObserver(
    {
      observe(subject) {
        const channel = subject.QueryInterface(Ci.nsIChannel);
        const { triggeringPrincipal, loadingPrincipal } = channel.loadInfo;
        if (ours(triggeringPrincipal) || ours(loadingPrincipal)) seen.push(channel.URI.spec);
      },
    },
    'http-on-modify-request',
  );
  globalThis.__skillscoutWatch = {
    seen: () => [...seen],
    forget: () => seen.splice(0, seen.length),
  };
  return true;
})()`;
