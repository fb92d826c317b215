// A small static server for the built site: gzip/brotli, the 404 page, long caching for hashed
// assets, and the same sub-path (SITE_BASE) the site was built for. No dependencies.
// It also sends the headers of the build's own _headers file (CSP, HSTS, caching…), as Netlify or
// Cloudflare Pages would, so the local site behaves like a deployed one.
//   PORT (default 4873; if taken and PORT was not set, the next free port is used)
//   HOST (default 127.0.0.1), OUT_DIR (default dist), SITE_BASE (default /)
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { headersFor, parseHeadersFile } from "./headers-file.mjs";

const root = resolve(process.env.OUT_DIR ?? "dist");
const host = process.env.HOST ?? "127.0.0.1";
const base = `/${(process.env.SITE_BASE ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const fixedPort = process.env.PORT !== undefined;
let port = Number(process.env.PORT ?? 4873);
// Read again whenever the file changes: a build may replace dist/ while this server runs (the
// e2e sub-path project builds into a folder that an earlier run may have left behind).
const headersFile = join(root, "_headers");
let headerCache = { mtime: -1, rules: [] };
function headerRules() {
  let mtime;
  try {
    mtime = statSync(headersFile).mtimeMs;
  } catch {
    return [];
  }
  if (mtime !== headerCache.mtime) headerCache = { mtime, rules: parseHeadersFile(readFileSync(headersFile, "utf8")) };
  return headerCache.rules;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".webmanifest", ".xml", ".txt", ".svg"]);

async function findFile(pathname) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const candidate = join(root, rel);
  if (!candidate.startsWith(root)) return null;
  for (const p of [candidate, join(candidate, "index.html")]) {
    try {
      const s = await stat(p);
      if (s.isFile()) return p;
    } catch {
      /* try next */
    }
  }
  return null;
}

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    const inner = `/${pathname.slice(base.length)}`;
    let file = await findFile(inner);
    let status = 200;
    if (file && file.endsWith("index.html") && !inner.endsWith("/") && !inner.endsWith(".html")) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    if (!file) {
      // The Traditional edition (dist/zh-hant/) has its own 404 page.
      const hant = inner.startsWith("/zh-hant/") ? await findFile("/zh-hant/404.html") : null;
      file = hant ?? join(root, "404.html");
      status = 404;
    }
    const ext = extname(file);
    let body = await readFile(file);
    const headers = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": inner.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
      vary: "Accept-Encoding",
      ...headersFor(headerRules(), pathname),
    };
    // HSTS means nothing over plain http on localhost, and would pin "localhost" to https in a browser.
    delete headers["strict-transport-security"];
    const accept = String(req.headers["accept-encoding"] ?? "");
    if (COMPRESSIBLE.has(ext) && body.length > 256) {
      if (/\bbr\b/.test(accept)) {
        body = brotliCompressSync(body);
        headers["content-encoding"] = "br";
      } else if (/\bgzip\b/.test(accept)) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
      }
    }
    headers["content-length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (err) {
    res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end(String(err));
  }
});

server.on("error", (err) => {
  if (err.code === "EADDRINUSE" && !fixedPort && port < 4873 + 20) {
    port += 1;
    server.listen(port, host);
    return;
  }
  console.error(`无法在 ${host}:${port} 启动服务：${err.message}`);
  process.exit(1);
});
server.on("listening", () => {
  console.log(`协商还款指南已启动：http://${host === "0.0.0.0" ? "localhost" : host}:${port}${base}  （Ctrl+C 停止）`);
});
server.listen(port, host);
