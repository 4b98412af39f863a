// @ts-check
/**
 * Serves saved marketplace pages as if from the real hosts, for the e2e tests and the demo.
 * One port speaks both http and https: upwork.com is HSTS-preloaded, so the browsers upgrade
 * it to https whatever we ask; a throwaway self-signed certificate (accepted by the test
 * browser) covers every marketplace host. The same port is also an HTTP proxy (Firefox has no
 * host-mapping switch, so it is pointed at this server as its proxy): a CONNECT to any host is
 * answered here and the tunnel is spoken to by the https server. No request leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES_DIR = new URL('../../tests/fixtures/', import.meta.url);

/** @typedef {{ host: string, path: string, file: string, label: string }} Route */

/** @returns {Route[]} */
export function loadRoutes() {
  const manifest = JSON.parse(readFileSync(new URL('routes.json', FIXTURES_DIR), 'utf8'));
  return manifest.routes;
}

/** @param {readonly string[]} hosts */
function makeCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'skillscout-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const altNames = hosts.map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${altNames}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new Error(
      `openssl could not make the test certificate (apt-get install -y openssl): ${String(error)}`,
    );
  }
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

/**
 * @param {{ hosts: readonly string[], port?: number, extraCss?: string }} options
 *   `extraCss` is appended to every page (the demo's stand-in for the sites' own stylesheets).
 */
export async function startFixtureServer({ hosts, port = 0, extraCss }) {
  /** @type {Map<string, string>} key "host path" → html */
  const pages = new Map();
  /** @type {string[]} */
  const requests = [];
  const key = (/** @type {string} */ host, /** @type {string} */ path) => `${host.toLowerCase()} ${path}`;

  for (const route of loadRoutes()) {
    pages.set(key(route.host, route.path), readFileSync(new URL(route.file, FIXTURES_DIR), 'utf8'));
  }

  /** @type {http.RequestListener} */
  const handle = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${host}${path}`);
    const body = pages.get(key(host, path));
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`no fixture for ${host}${path}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(extraCss ? `${body}<style>${extraCss}</style>` : body);
  };

  const plain = http.createServer(handle);
  const secure = https.createServer(makeCertificate(hosts), handle);
  // A proxy's tunnel: whatever host was asked for, the https server below answers inside it.
  plain.on('connect', (/** @type {http.IncomingMessage} */ _req, /** @type {net.Socket} */ socket, head) => {
    socket.on('error', () => socket.destroy());
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    secure.emit('connection', socket);
  });
  const front = net.createServer((socket) => {
    socket.once('data', (chunk) => {
      socket.pause();
      socket.unshift(chunk);
      // 0x16 opens a TLS handshake; anything else is plain HTTP.
      (chunk[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise((resolve) => front.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = front.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');

  return {
    port: address.port,
    /** Every host+path requested so far, in order. */
    requests,
    /** Serves `html` at host+path for the rest of the run (tests make pages of their own). */
    setPage(/** @type {string} */ host, /** @type {string} */ path, /** @type {string} */ html) {
      pages.set(key(host, path), html);
    },
    async close() {
      plain.closeAllConnections();
      secure.closeAllConnections();
      await new Promise((resolve) => front.close(() => resolve(undefined)));
    },
  };
}
