/**
 * The QR code dialog of the share bar, loaded only when a reader first asks for a QR code (the
 * inline share script imports this module's URL, see ShareBar.astro) and registered on
 * window.__xsQr. The code is drawn on the device (src/lib/share/qr.ts), as a PNG image: a reader
 * can long-press it in WeChat to save or recognise it, enlarge it to fill the screen for someone
 * to scan, or save it with 保存图片.
 */
import { qrMatrix, qrPixels, qrScale } from "@/lib/share/qr";
import { qrFileName } from "@/lib/share/url";
import { closable, el, showModal } from "./dialog";

export interface QrModule {
  open: (url: string, opener: HTMLElement) => void;
}

declare global {
  interface Window {
    __xsQr?: QrModule;
  }
}

interface Parts {
  dialog: HTMLDialogElement;
  img: HTMLImageElement;
  text: HTMLElement;
  save: HTMLAnchorElement;
  big: HTMLButtonElement;
}

let parts: Parts | undefined;

const BUTTON = "min-h-11 rounded-md border border-line px-4 text-text no-underline hover:bg-surface-2";

function build(): Parts {
  const img = el("img", { class: "mx-auto w-full", alt: "" });
  const text = el("p", { class: "text-sm text-muted" });
  const save = el("a", { class: `${BUTTON} inline-flex items-center` }, "保存图片");
  const big = el("button", { type: "button", class: BUTTON, "aria-pressed": "false" }, "全屏显示");
  const close = el("button", { type: "button", class: BUTTON }, "关闭");
  const dialog = el(
    "dialog",
    {
      id: "share-qr",
      class:
        "mx-auto mt-[6vh] mb-auto max-w-none rounded-xl border border-line bg-bg p-4 text-text shadow-xl backdrop:bg-black/50",
      "aria-labelledby": "share-qr-title",
    },
    el("h2", { id: "share-qr-title", class: "text-base font-bold" }, "本页二维码"),
    el("p", { class: "text-sm text-muted" }, "用手机扫一扫，或长按图片保存、识别。"),
    img,
    text,
    el("p", { class: "mt-3 flex flex-wrap gap-2" }, big, save, close),
  );
  // 全屏显示: the dialog fills the screen and the code is as large as the screen allows.
  // Styles that only this rarely used dialog needs are set through the CSSOM (which the
  // Content-Security-Policy allows), so that they are not in every page's stylesheet.
  dialog.style.width = "min(26rem, calc(100vw - 1rem))";
  img.style.imageRendering = "pixelated";
  img.style.marginBlock = "0.75rem";
  text.style.overflowWrap = "anywhere";
  big.addEventListener("click", () => {
    const on = big.getAttribute("aria-pressed") !== "true";
    big.setAttribute("aria-pressed", String(on));
    const full = (value: string) => (on ? value : "");
    Object.assign(dialog.style, {
      width: on ? "100vw" : "min(26rem, calc(100vw - 1rem))",
      height: full("100dvh"),
      maxHeight: full("none"),
      margin: full("0"),
      borderRadius: full("0"),
    });
    img.style.width = full("min(100%, calc(100dvh - 13rem))");
  });
  closable(dialog, close);
  document.body.append(dialog);
  return { dialog, img, text, save, big };
}

function pngOf(url: string): string {
  const matrix = qrMatrix(url);
  const { width, data } = qrPixels(matrix, qrScale(matrix));
  const canvas = el("canvas", { width: String(width), height: String(width) });
  canvas.getContext("2d")!.putImageData(new ImageData(data as Uint8ClampedArray<ArrayBuffer>, width, width), 0, 0);
  return canvas.toDataURL("image/png");
}

function open(url: string, opener: HTMLElement): void {
  parts ??= build();
  const { dialog, img, text, save } = parts;
  const png = pngOf(url);
  img.src = png;
  img.alt = `本页链接的二维码：${url}`;
  text.textContent = url;
  save.href = png;
  save.download = qrFileName(url);
  showModal(dialog, opener);
}

window.__xsQr = { open };
