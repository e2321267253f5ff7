/**
 * A local fixture server that lets Chromium believe it is talking to the real job boards.
 *
 * One TCP port speaks both HTTPS (self-signed certificate generated at run time with `openssl`) and plain HTTP:
 * the first byte of each connection decides (0x16 = TLS handshake). Chromium maps board hostnames onto this port
 * with `--host-resolver-rules`, so pages are chosen by the Host header plus the path.
 *
 * Pages can carry their own response headers (e.g. a strict Content-Security-Policy) and can be added or replaced
 * while the server runs. Every request is logged so tests can assert what the browser (and the extension) fetched.
 *
 * Bounded: only GET/HEAD, no request bodies, a connection cap, short timeouts, a capped request log;
 * `close()` destroys every open socket and resolves when the port is released.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface FixturePage {
  body: string | Buffer;
  /** Defaults to 200. */
  status?: number;
  /** Defaults to `text/html; charset=utf-8`. */
  contentType?: string;
  /** Extra response headers, e.g. `{ 'content-security-policy': "default-src 'none'" }`. */
  headers?: Record<string, string>;
}

/** host → path → page. Paths are matched on the pathname only (query ignored), with or without a trailing slash. */
export type FixtureRoutes = Record<string, Record<string, FixturePage>>;

export interface FixtureRequest {
  host: string;
  path: string;
  method: string;
  secure: boolean;
  status: number;
}

export interface FixtureServerOptions {
  routes?: FixtureRoutes;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: never listens on a public interface. */
  bindAddress?: string;
  /** Extra DNS names for the certificate's subjectAltName (the routes' hosts are always included). */
  certificateHosts?: readonly string[];
}

export interface FixtureServer {
  readonly port: number;
  /** e.g. `url('www.linkedin.com', '/jobs/view/x-1')` → `https://www.linkedin.com/jobs/view/x-1`. */
  url(host: string, pathname: string, scheme?: 'https' | 'http'): string;
  setPage(host: string, pathname: string, page: FixturePage | string): void;
  removePage(host: string, pathname: string): void;
  readonly requests: readonly FixtureRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

const MAX_CONNECTIONS = 64;
const MAX_LOGGED_REQUESTS = 1000;
const SOCKET_TIMEOUT_MS = 15_000;

function normalizePath(p: string): string {
  if (p.length > 1 && p.endsWith('/')) return p.slice(0, -1);
  return p;
}

function hostOf(req: http.IncomingMessage): string {
  const raw = (req.headers.host ?? '').toLowerCase();
  // Strip a port, keeping IPv6 literals intact.
  if (raw.startsWith('[')) return raw.slice(0, raw.indexOf(']') + 1);
  return raw.split(':')[0] ?? '';
}

/** Generates a throw-away self-signed certificate in a temp dir (removed again right away). */
export async function generateCertificate(hosts: readonly string[]): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pathway-lens-cert-'));
  try {
    const san = ['DNS:localhost', 'IP:127.0.0.1', ...[...new Set(hosts)].map((h) => `DNS:${h}`)].join(',');
    const keyPath = path.join(dir, 'key.pem');
    const certPath = path.join(dir, 'cert.pem');
    try {
      await execFileAsync(
        'openssl',
        [
          'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
          '-keyout', keyPath, '-out', certPath, '-days', '2',
          '-subj', '/CN=Pathway Lens test fixtures', '-addext', `subjectAltName=${san}`,
        ],
        { timeout: 20_000 },
      );
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error('openssl not found — install it with: sudo apt-get install -y openssl');
      throw err;
    }
    return { key: await readFile(keyPath), cert: await readFile(certPath) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const routes = new Map<string, Map<string, FixturePage>>();
  const setPage = (host: string, pathname: string, page: FixturePage | string): void => {
    const h = host.toLowerCase();
    let byPath = routes.get(h);
    if (!byPath) routes.set(h, (byPath = new Map()));
    byPath.set(normalizePath(pathname), typeof page === 'string' ? { body: page } : page);
  };
  for (const [host, pages] of Object.entries(options.routes ?? {})) {
    for (const [p, page] of Object.entries(pages)) setPage(host, p, page);
  }

  const requests: FixtureRequest[] = [];
  const { key, cert } = await generateCertificate([...routes.keys(), ...(options.certificateHosts ?? [])]);

  const handle = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = hostOf(req);
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const method = req.method ?? 'GET';
    const send = (status: number, page: FixturePage | null) => {
      if (requests.length < MAX_LOGGED_REQUESTS) requests.push({ host, path: req.url ?? '/', method, secure, status });
      const body = page?.body ?? '';
      res.writeHead(status, {
        'content-type': page?.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
        ...page?.headers,
      });
      res.end(method === 'HEAD' ? undefined : body);
    };

    if (method !== 'GET' && method !== 'HEAD') {
      req.resume();
      send(405, { body: 'method not allowed', contentType: 'text/plain; charset=utf-8' });
      return;
    }
    const page = routes.get(host)?.get(normalizePath(pathname));
    if (page) return send(page.status ?? 200, page);
    // Browsers ask every host for a favicon; answer quietly so it never shows up as a console error.
    if (pathname === '/favicon.ico') return send(204, { body: '', contentType: 'image/x-icon' });
    const where = `${host}${pathname}`.replace(/[^\w./:-]/g, '?');
    send(404, { body: `<!doctype html><title>Not found</title><p>No fixture for ${where}</p>` });
  };

  const httpServer = http.createServer(handle(false));
  const httpsServer = https.createServer({ key, cert }, handle(true));
  for (const s of [httpServer, httpsServer]) {
    s.headersTimeout = SOCKET_TIMEOUT_MS;
    s.requestTimeout = SOCKET_TIMEOUT_MS;
    s.keepAliveTimeout = 2_000;
  }

  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(SOCKET_TIMEOUT_MS, () => socket.destroy());
    // Peek at the first chunk, put it back, and hand the socket to the right server (the httpolyglot pattern).
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  front.maxConnections = MAX_CONNECTIONS;

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port ?? 0, options.bindAddress ?? '127.0.0.1', () => {
      front.off('error', reject);
      resolve();
    });
  });
  const address = front.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no TCP address');
  const port = address.port;

  let closed: Promise<void> | null = null;
  return {
    port,
    url: (host, pathname, scheme = 'https') => `${scheme}://${host}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    setPage,
    removePage: (host, pathname) => void routes.get(host.toLowerCase())?.delete(normalizePath(pathname)),
    get requests() {
      return requests;
    },
    clearRequests: () => void requests.splice(0),
    close() {
      closed ??= new Promise<void>((resolve) => {
        front.close(() => resolve());
        for (const s of sockets) s.destroy();
        httpServer.closeAllConnections();
        httpsServer.closeAllConnections();
      });
      return closed;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pointing Chromium at the fixture server (shared by tests/e2e/harness.ts, scripts/start.ts and scripts/test-all.ts)

/** Hostnames sent to the fixture server: one or more per supported board, plus a career site that is no board. */
export const BOARD_HOSTS = [
  'www.linkedin.com',
  'www.indeed.com',
  'job-boards.greenhouse.io',
  'boards.greenhouse.io',
  'jobs.lever.co',
  'acme.wd5.myworkdayjobs.com',
  'harborlight.wd1.myworkdayjobs.com',
  'jobs.ashbyhq.com',
  'jobs.smartrecruiters.com',
  'www.glassdoor.com',
  'wellfound.com',
  // Localised LinkedIn guest hosts and a second Workday tenant (tests/e2e/real-layouts.e2e.ts).
  'fr.linkedin.com',
  'au.linkedin.com',
  'flowmere.wd3.myworkdayjobs.com',
  // Hosts of the real saved pages in ../shared/corpus/html-real (tests/e2e/real-pages.e2e.ts) not listed above.
  'au.indeed.com',
  'nvidia.wd5.myworkdayjobs.com',
] as const;
/** Career sites with no content script: careers.example.com for the fixtures, the others for the real saved pages. */
export const NON_BOARD_HOSTS = ['careers.example.com', 'au.seek.com', 'careers.hostaway.com'] as const;
export const MAPPED_HOSTS: readonly string[] = [...BOARD_HOSTS, ...NON_BOARD_HOSTS];

/**
 * Maps the given hosts to the fixture server and every other hostname to nothing, so the browser never reaches
 * the real internet (and any network call by the extension fails loudly instead of silently succeeding).
 */
export function hostResolverRules(port: number, hosts: readonly string[] = MAPPED_HOSTS): string {
  return [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

/** Chromium flags that load an unpacked extension and route the mapped hosts to the fixture server. */
export function chromiumArgs(extensionDir: string, port: number, hosts: readonly string[] = MAPPED_HOSTS): string[] {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${hostResolverRules(port, hosts)}`,
  ];
}

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The browser the tests use: `CHROMIUM_PATH` when set, else Debian's Chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** The one line shown when that browser is missing. */
export function chromiumMissingMessage(p = chromiumPath()): string {
  return `Chromium not found at ${p} — install it with: sudo apt-get install -y chromium`;
}
