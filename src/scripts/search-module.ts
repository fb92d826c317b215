/**
 * The search module: loaded by the inline opener (SearchOpener.astro) the first time a reader
 * opens search (it then builds the dialog), or straight away on /search/. It is bundled on its own (see SearchOpener.astro for
 * how its hashed URL reaches the page) and registers itself on `window.__xsSearch`.
 */
import { search, warmUp } from "./search-client";
import { openDialog } from "./search-dialog";
import { runSearchPage } from "./search-page";

export interface SearchModule {
  search: typeof search;
  warmUp: typeof warmUp;
  open: typeof openDialog;
  page: typeof runSearchPage;
}

declare global {
  interface Window {
    __xsSearch?: SearchModule;
  }
}

window.__xsSearch = { search, warmUp, open: openDialog, page: runSearchPage };
