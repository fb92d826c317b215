/**
 * Form state mirrored in the URL, shared by every calculator island.
 * Embedded in an article: starts from the article's query and never touches the page URL.
 * On a tool page: reads location.search after hydration and keeps the URL in step (replaceState).
 *
 * A class component rather than hooks on purpose: preact/hooks would add about 1 KB (gzip) of
 * JavaScript to every tool page, and the pages have a 15 KB budget.
 */
import { Component, type ComponentChildren } from "preact";

export interface QueryModel<V> {
  read: (search: string) => { values: V; notes: string[] };
  write: (values: V) => string;
}

/** What an island's render function gets. */
export interface QueryApi<V> {
  values: V;
  /** A setter for one field, for onInput handlers. */
  set: (key: keyof V) => (value: string) => void;
  /** Replace several fields at once. */
  patch: (next: Partial<V>) => void;
  /** Notes about ignored URL parameters. */
  notes: string[];
  /** The current values as a query string (no "?"). */
  query: string;
  /** Back to the values the island started from (the worked example or the article's query). */
  reset: () => void;
}

interface Props<V> {
  model: QueryModel<V>;
  initialQuery: string;
  embedded: boolean;
  children: (api: QueryApi<V>) => ComponentChildren;
}

interface State<V> {
  values: V;
  notes: string[];
}

export class QueryState<V extends Record<string, string>> extends Component<Props<V>, State<V>> {
  private initial: V;
  /** The query string of the values last rendered (so sync does not write it again). */
  declare private query: string;

  constructor(props: Props<V>) {
    super(props);
    const { values, notes } = props.model.read(props.initialQuery);
    this.initial = values;
    this.state = { values, notes };
  }

  override componentDidMount() {
    if (!this.props.embedded && location.search) this.setState(this.props.model.read(location.search));
    else this.sync();
  }

  override componentDidUpdate() {
    this.sync();
  }

  private sync() {
    if (this.props.embedded) return;
    const query = this.query;
    const next = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", next);
  }

  private patch = (next: Partial<V>) => this.setState((s) => ({ values: { ...s.values, ...next } }));

  private set = (key: keyof V) => (value: string) => this.patch({ [key]: value } as Partial<V>);

  private reset = () => this.setState({ values: this.initial, notes: [] });

  render() {
    const { values, notes } = this.state;
    return this.props.children({
      values,
      notes,
      set: this.set,
      patch: this.patch,
      reset: this.reset,
      query: (this.query = this.props.model.write(values)),
    });
  }
}

/** A stable id prefix for an island, unique per embedded example on a page. */
export function idPrefix(name: string, embedded: boolean, initialQuery: string): string {
  if (!embedded) return name;
  let h = 0;
  for (let i = 0; i < initialQuery.length; i++) h = (h * 31 + initialQuery.charCodeAt(i)) | 0;
  return `${name}-${Math.abs(h).toString(36)}`;
}

/** The props every calculator island takes (from the tool page or an article's <Calculator>). */
export interface IslandProps<C> {
  /** Query string the calculator starts from (an article's example); the tool page reads the URL. */
  initialQuery?: string;
  /** Inside an article: do not touch the page URL, offer a link to the tool page instead. */
  embedded?: boolean;
  /** The tool page's URL, for the "open in the calculator" link. */
  toolHref?: string;
  /** Longer fixed sentences, passed in by the page (src/lib/calculators/copy.ts). */
  copy: C;
}

/** What an island's view gets: the URL-backed state, a unique id prefix and the island's props. */
export interface ViewProps<V, C> {
  api: QueryApi<V>;
  uid: string;
  embedded: boolean;
  toolHref: string;
  copy: C;
}

/**
 * An island's default export: its view wrapped in QueryState, with the id prefix `name`. The model
 * may depend on the page's copy (the comparison reads its messages from it).
 */
export function calculatorIsland<V extends Record<string, string>, C>(
  name: string,
  modelFor: (copy: C) => QueryModel<V>,
  View: (props: ViewProps<V, C>) => ComponentChildren,
) {
  return function CalculatorIsland({ initialQuery = "", embedded = false, toolHref = "", copy }: IslandProps<C>) {
    const uid = idPrefix(name, embedded, initialQuery);
    return (
      <QueryState<V> model={modelFor(copy)} initialQuery={initialQuery} embedded={embedded}>
        {(api) => <View api={api} uid={uid} embedded={embedded} toolHref={toolHref} copy={copy} />}
      </QueryState>
    );
  };
}
