import type { APIRoute } from "astro";
import { ICON_SVG } from "@/lib/icon";

/** /favicon.svg: the site's icon as a file (src/lib/icon.ts), for the web app manifest. */
export const GET: APIRoute = () =>
  new Response(ICON_SVG, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
