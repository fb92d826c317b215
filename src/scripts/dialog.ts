/**
 * What the dialogs built in script share (the header search, src/scripts/search-dialog.ts and its
 * results, src/scripts/search-render.ts; the share bar's QR code, src/scripts/share-qr.ts):
 * creating elements, closing, and giving focus back. Each of those modules is bundled on its own
 * (imported with ?worker&url), so this small file is copied into each; share.ts, which is inlined
 * on article pages, must not import it.
 */

/** An element with these attributes (set as attributes, never as HTML) and children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The close button closes the dialog, and so does a click on the backdrop (outside the panel). */
export function closable(dialog: HTMLDialogElement, close: HTMLElement): void {
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (e) => {
    if (e.target === dialog) dialog.close();
  });
}

/**
 * Opens the dialog as a modal (the rest of the page is inert) unless it is open already; when it
 * closes, focus goes back to the opener if it is still on the page.
 */
export function showModal(dialog: HTMLDialogElement, opener: Element | null): void {
  if (dialog.open) return;
  dialog.addEventListener(
    "close",
    () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    { once: true },
  );
  dialog.showModal();
}
