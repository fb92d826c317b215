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
    const query = this.props.model.write(this.state.values);
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
      query: this.props.model.write(values),
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
