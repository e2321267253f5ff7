/**
 * A tiny HTTP proxy on 127.0.0.1 that makes Firefox believe the fixture server is the real job boards (Firefox has
 * no `--host-resolver-rules`). Firefox is pointed at it for HTTP and HTTPS (`network.proxy.type: 1`):
 *
 * - `CONNECT <any host>:443` is tunnelled to the fixture server's port, which answers TLS with a certificate for the
 *   mapped hosts (Firefox runs with `acceptInsecureCerts`); the Host header then picks the page, as in Chromium.
 * - A plain proxy request (`GET http://host/path`) is forwarded to the same port as plain HTTP.
 * - Anything else (CONNECT to another port, a request that is not in proxy form, a method other than GET/HEAD) is
 *   refused. Nothing is ever forwarded off the machine.
 *
 * Every CONNECT and proxy request is logged (`log`), so a test can tell which hostnames the browser asked for.
 */
import http from 'node:http';
import net from 'node:net';

export interface ConnectProxy {
  readonly port: number;
  /** `host:port` of every CONNECT and `host` of every plain request, in order (capped). */
  readonly log: readonly { kind: 'connect' | 'http' | 'refused'; target: string }[];
  close(): Promise<void>;
}

const MAX_LOG = 2_000;
const SOCKET_TIMEOUT_MS = 15_000;

export async function startConnectProxy(fixturePort: number): Promise<ConnectProxy> {
  const log: { kind: 'connect' | 'http' | 'refused'; target: string }[] = [];
  const record = (kind: 'connect' | 'http' | 'refused', target: string) => {
    if (log.length < MAX_LOG) log.push({ kind, target });
  };
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    let url: URL | null = null;
    try {
      url = req.url && /^http:\/\//i.test(req.url) ? new URL(req.url) : null;
    } catch {
      url = null;
    }
    if (!url || (method !== 'GET' && method !== 'HEAD')) {
      record('refused', `${method} ${req.url ?? ''}`);
      req.resume();
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      res.end('only GET/HEAD proxy requests and CONNECT to port 443');
      return;
    }
    record('http', url.host);
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: fixturePort,
        method,
        path: `${url.pathname}${url.search}`,
        headers: { ...req.headers, host: url.host, connection: 'close' },
        timeout: SOCKET_TIMEOUT_MS,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy());
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
    upstream.end();
  });

  server.on('connection', track);
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    const m = /^([^\s:/]+|\[[0-9a-f:.]+\]):(\d+)$/i.exec(target);
    if (!m || m[2] !== '443') {
      record('refused', `CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
      return;
    }
    record('connect', target);
    const upstream = net.connect(fixturePort, '127.0.0.1');
    track(upstream);
    client.setTimeout(SOCKET_TIMEOUT_MS, () => client.destroy());
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no TCP address');

  let closed: Promise<void> | null = null;
  return {
    port: address.port,
    log,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
