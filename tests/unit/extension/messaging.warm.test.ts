/** The marketplace page's port to the background: opened at once, pinged while shown, closed with the page. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepBackgroundWarm, onMarketplacePage, WARM_PORT } from '@/lib/extension/messaging';

interface FakePort {
  name: string;
  postMessage: ReturnType<typeof vi.fn>;
  disconnect: ReturnType<typeof vi.fn>;
  onDisconnect: { addListener(listener: () => void): void };
  onMessage: { addListener: ReturnType<typeof vi.fn> };
  drop(): void;
}

function fakePort(name: string): FakePort {
  const dropped: Array<() => void> = [];
  return {
    name,
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onDisconnect: { addListener: (listener) => dropped.push(listener) },
    onMessage: { addListener: vi.fn() },
    drop: () => {
      for (const listener of dropped) listener();
    },
  };
}

let ports: FakePort[];
beforeEach(() => {
  vi.useFakeTimers();
  ports = [];
  // WXT's fake browser has no ports: this stands in for the browser's.
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = vi.fn(({ name }: { name: string }) => {
    const port = fakePort(name);
    ports.push(port);
    return port;
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keeping the background warm from a marketplace page', () => {
  it('opens its port at once, pings while the page is shown, and closes with the page', () => {
    const page = new AbortController();
    keepBackgroundWarm(page.signal, 1_000);
    expect(ports.map((p) => p.name)).toEqual([WARM_PORT]);
    vi.advanceTimersByTime(3_000);
    expect(ports[0]?.postMessage).toHaveBeenCalledTimes(3);
    page.abort();
    expect(ports[0]?.disconnect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_000);
    expect(ports[0]?.postMessage).toHaveBeenCalledTimes(3);
  });

  it('does not ping from a hidden page, and opens a port the browser closed again at the next ping', () => {
    const page = new AbortController();
    keepBackgroundWarm(page.signal, 1_000);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    vi.advanceTimersByTime(2_000);
    expect(ports[0]?.postMessage).not.toHaveBeenCalled();
    hidden.mockReturnValue('visible');
    ports[0]?.drop();
    vi.advanceTimersByTime(1_000);
    expect(ports).toHaveLength(2);
    vi.advanceTimersByTime(1_000);
    expect(ports[1]?.postMessage).toHaveBeenCalledTimes(1);
    page.abort();
  });

  it('opens a port the browser closed again as soon as the page is shown again', () => {
    const page = new AbortController();
    keepBackgroundWarm(page.signal, 20_000);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    // The worker stopped while the tab was in the background.
    ports[0]?.drop();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ports).toHaveLength(1);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ports).toHaveLength(2);
    // Back from the back-forward cache, whose pages lose their ports.
    ports[1]?.drop();
    window.dispatchEvent(new Event('pageshow'));
    expect(ports).toHaveLength(3);
    page.abort();
    window.dispatchEvent(new Event('pageshow'));
    expect(ports).toHaveLength(3);
  });
});

describe('the background side', () => {
  it('warms up for each marketplace page port, and only for those', () => {
    const listeners: Array<(port: FakePort) => void> = [];
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = {
      addListener: (listener: (port: FakePort) => void) => listeners.push(listener),
    };
    const warm = vi.fn();
    onMarketplacePage(warm);
    const page = fakePort(WARM_PORT);
    for (const listener of listeners) {
      listener(page);
      listener(fakePort('something-else'));
    }
    expect(warm).toHaveBeenCalledTimes(1);
    expect(page.onMessage.addListener).toHaveBeenCalledTimes(1);
  });

  it('leaves a browser without ports alone', () => {
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = {
      addListener: () => {
        throw new Error('not implemented');
      },
    };
    expect(() => onMarketplacePage(() => undefined)).not.toThrow();
  });
});
