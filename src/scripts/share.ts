/**
 * The share bar (src/components/ShareBar.astro). Astro inlines this small module into the page
 * (no imports left after bundling, no import() it can see), so an article pays no extra request.
 * - 复制链接: the clipboard where the browser allows it; where it refuses (some in-app browsers,
 *   http, a denied permission) the link appears in a selected read-only field to copy by hand.
 * - 分享: the system share sheet, shown only where navigator.share exists.
 * - 二维码: loads src/scripts/share-qr.ts (its URL is in data-qr) on the first click.
 */
import { shareUrl } from "@/lib/share/url";
import type {} from "./share-qr";

const bar = document.querySelector<HTMLElement>("[data-share]");
if (bar) {
  const part = <T extends HTMLElement = HTMLElement>(name: string) => bar.querySelector<T>(`[data-share-${name}]`);
  const status = part("status")!;
  const field = part<HTMLInputElement>("field")!;
  const bare = part<HTMLInputElement>("bare");
  const link = () => shareUrl(location.href, !!bare?.checked);
  // The words live in the page (a <template>), so that the Traditional edition has them converted.
  const words = part<HTMLTemplateElement>("words")!.content;
  const say = (key: "copied" | "by-hand" | "failed" | "") =>
    (status.textContent = key && words.querySelector(`[data-${key}]`)!.textContent);

  // Handlers as properties (not attributes: the Content-Security-Policy allows these), the shortest form.
  part("copy")!.onclick = async () => {
    const url = link();
    say("");
    try {
      await navigator.clipboard.writeText(url);
      say("copied");
    } catch {
      field.value = url;
      field.hidden = false;
      field.focus();
      field.select();
      say("by-hand");
    }
  };

  const native = part("native")!;
  if ("share" in navigator) {
    native.hidden = false;
    native.onclick = () => navigator.share({ title: document.title, url: link() }).catch(() => {});
  }

  let qr: Promise<NonNullable<Window["__xsQr"]>> | undefined;
  const qrButton = part("qr")!;
  qrButton.onclick = () => {
    qr ??= import(/* @vite-ignore */ bar.dataset.qr!).then(() => window.__xsQr!);
    qr.then(
      (m) => m.open(link(), qrButton),
      () => {
        qr = undefined;
        say("failed");
      },
    );
  };

  bar.hidden = false;
}
