/**
 * The service worker (offline reading). Built by src/lib/offline/build.ts into <build>/sw.js with
 * esbuild, after `astro build`; the rules themselves are in src/lib/offline/routing.ts (unit-tested)
 * and explained in docs/offline.md. __VERSION__ and __PRECACHE__ are replaced at build time.
 */
import {
  OFFLINE_PATH,
  PAGE_CACHE,
  type SavedReason,
  markSaved,
  networkFirst,
  pageKey,
  pagesToEvict,
  staleCaches,
  strategyFor,
  versionCaches,
} from "../lib/offline/routing";

declare const __VERSION__: string;
declare const __PRECACHE__: string[];

/* The few service-worker types used here (the WebWorker lib cannot share a program with the DOM lib). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEventLike) => void): void;
}
const sw = self as unknown as WorkerScope;

const VERSION = __VERSION__;
const { precache: PRECACHE, runtime: RUNTIME } = versionCaches(VERSION);
const offlineUrl = () => new URL(OFFLINE_PATH.slice(1), sw.registration.scope).href;

/** A response that can be stored and given to a navigation (a redirected one cannot). */
const storable = (r: Response) => (r.redirected ? new Response(r.body, r) : r);

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      // `cache: "no-cache"`: revalidate with the server, so an old HTTP-cached page is not stored.
      await Promise.all(
        __PRECACHE__.map(async (url) => {
          const response = await fetch(url, { cache: "no-cache" });
          if (!response.ok) throw new Error(`precache ${url}: ${response.status}`);
          await cache.put(url, storable(response));
        }),
      );
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), VERSION).map((name) => caches.delete(name)));
      // The page the reader landed on loaded before any worker existed: save it (and any other
      // open page of the site) now, as if it had been opened through the worker.
      const windows = await sw.clients.matchAll({ type: "window", includeUncontrolled: true });
      await Promise.all(
        windows.map(async ({ url }) => {
          if (strategyFor({ url, method: "GET", mode: "navigate" }, sw.registration.scope) !== "page") return;
          if (await caches.match(pageKey(url))) return;
          const response = await fetch(pageKey(url)).catch(() => undefined);
          if (response?.ok && !response.redirected) await savePage(url, response);
        }),
      );
      // Last, so that a page that sees the worker take over knows its copy is saved.
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener("message", (event) => {
  if (event.data === "version") event.source?.postMessage({ version: VERSION });
});

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  const strategy = strategyFor(
    { url: request.url, method: request.method, mode: request.mode, range: request.headers.has("range") },
    sw.registration.scope,
  );
  if (strategy === "page") event.respondWith(page(event));
  else if (strategy === "hashed") event.respondWith(hashed(request));
  else if (strategy === "file") event.respondWith(file(request));
});

/** A saved copy of a page, marked as such for the page's offline notice. */
async function saved(url: string, reason: SavedReason): Promise<Response | undefined> {
  const copy = (await caches.match(pageKey(url))) ?? (await caches.match(url, { ignoreSearch: true }));
  if (!copy) return undefined;
  if (!(copy.headers.get("content-type") ?? "").includes("text/html")) return copy;
  const headers = new Headers(copy.headers);
  headers.delete("content-length");
  return new Response(markSaved(await copy.text(), reason), {
    status: copy.status,
    statusText: copy.statusText,
    headers,
  });
}

async function savePage(url: string, response: Response): Promise<void> {
  const cache = await caches.open(PAGE_CACHE);
  await cache.put(pageKey(url), response);
  const keys = (await cache.keys()).map((r) => r.url);
  await Promise.all(pagesToEvict(keys).map((key) => cache.delete(key)));
}

/** Network-first with a timeout that applies only when there is a saved copy to show instead. */
async function page(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === "basic" && !response.redirected) {
      event.waitUntil(savePage(request.url, response.clone()));
    }
    return response;
  });
  // Keeps the worker alive until the network answers, even when a saved copy was shown first.
  event.waitUntil(network.catch(() => undefined));
  return networkFirst(
    network,
    (reason) => saved(request.url, reason),
    () => saved(offlineUrl(), "offline"),
  ).catch(() => Response.error());
}

/** Cache-first: a hashed name never changes contents. */
async function hashed(request: Request): Promise<Response> {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(RUNTIME)).put(request, response.clone());
  return response;
}

/** Network-first; the saved copy only when the network fails. */
async function file(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await (await caches.open(RUNTIME)).put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await caches.match(request);
    if (hit) return hit;
    throw error;
  }
}
