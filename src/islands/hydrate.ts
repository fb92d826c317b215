/**
 * The browser half of the Preact renderer for the calculator islands, used instead of
 * @astrojs/preact's client.js in the production build (./runtime.ts swaps it in).
 *
 * Why: every tool page has a 15 KB (gzip) JavaScript budget, and the stock client costs 1.5 KB, two
 * thirds of it for features these islands do not use: signals passed as props (with Vite's
 * preload helper for loading @preact/signals on demand), HTML passed as slots, and useId masks.
 * This one does the rest of the same job in about 0.3 KB: render the component's server HTML
 * back to life (hydrate), and unmount on `astro:unmount`.
 *
 * Contract (islands in src/islands/): props are plain serialisable values, no children or named
 * slots, no signals, no useId. An island given a slot logs an error, which fails the e2e tests.
 */
import { h, hydrate, render, type ComponentType } from "preact";

type Hydrate = (
  Component: ComponentType<Record<string, unknown>>,
  props: Record<string, unknown>,
  slots: Record<string, string>,
  options: { client: string },
) => void;

export default (element: HTMLElement): Hydrate =>
  (Component, props, slots, { client }) => {
    if (!element.hasAttribute("ssr")) return;
    if (Object.keys(slots).length > 0) console.error("Calculator islands take no slots (src/islands/hydrate.ts)");
    const vnode = h(Component, props);
    if (client === "only") {
      element.innerHTML = "";
      render(vnode, element);
    } else {
      hydrate(vnode, element);
    }
    element.addEventListener("astro:unmount", () => render(null, element), { once: true });
  };
