#!/usr/bin/env node
/**
 * Serves the built pages (dist/web) on localhost: the browser preview, with
 * no Excel and no network. Used by `npm start` on Linux (or with --preview)
 * and by the browser tests. Only files under dist/web are ever served.
 */
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', 'dist', 'web');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain',
};

function serve(port = 3000, host = '127.0.0.1') {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.normalize(path.join(ROOT, decodeURIComponent(url.pathname === '/' ? '/preview.html' : url.pathname)));
    if (!file.startsWith(ROOT + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serve, ROOT };

if (require.main === module) {
  const port = Number(process.argv[2] ?? 3000);
  serve(port).then(
    () => {
      console.log(`Board Plan Tracker preview: http://localhost:${port}/preview.html`);
      process.send?.('listening');
    },
    (error) => {
      console.error(
        `Cannot serve the preview on port ${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use (npm stop, or another program)' : error.message}`,
      );
      process.exit(1);
    },
  );
}
