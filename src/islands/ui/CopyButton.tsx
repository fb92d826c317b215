/**
 * Copies a block of text. Where the clipboard is not available (older browsers, http, a denied
 * permission), it selects the text on the page instead and says how to copy it by hand.
 */
import { Component } from "preact";
import type { FrameCopy } from "@/lib/calculators/copy";

interface Props {
  /** The text to copy. */
  text: string;
  /** id of the element that shows the text, selected when copying is not possible. */
  target: string;
  /** Button label, e.g. "复制这句话". */
  label: string;
  /** What it says after copying or selecting (src/lib/calculators/copy.ts). */
  copy: FrameCopy;
}

type Status = "" | "copied" | "selected";

function selectText(id: string): boolean {
  const el = document.getElementById(id);
  const selection = window.getSelection();
  if (!el || !selection) return false;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

export class CopyButton extends Component<Props, { status: Status }> {
  override state = { status: "" as Status };

  private copy = async () => {
    const { text, target } = this.props;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      this.setState({ status: "copied" });
    } catch {
      this.setState({ status: selectText(target) ? "selected" : "" });
    }
  };

  override componentDidUpdate(previous: Props) {
    if (previous.text !== this.props.text && this.state.status !== "") this.setState({ status: "" });
  }

  render() {
    return (
      <span class="no-print inline-flex flex-wrap items-center gap-2">
        <button
          type="button"
          class="min-h-11 rounded-md border border-accent bg-accent-soft px-4 font-medium text-accent-strong hover:bg-surface-2"
          onClick={this.copy}
        >
          {this.props.label}
        </button>
        <span role="status" class="text-sm text-muted">
          {this.state.status && this.props.copy[this.state.status]}
        </span>
      </span>
    );
  }
}
