/**
 * Test helper: a strict XML parser (sax, the parser svgo uses) into a small tree, so tests can
 * check that generated SVG and Atom are well-formed and read back what they say.
 */
import { createRequire } from "node:module";

interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  write(xml: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)("sax") as { parser(strict: boolean): SaxParser };

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parse `xml` strictly; throws on anything that is not well-formed. Returns the root element. */
export function parseXml(xml: string): XmlNode {
  const parser = sax.parser(true);
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (node) => {
    const el: XmlNode = { name: node.name, attrs: node.attributes, children: [], text: "" };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0]!;
}

/** Every element named `name` under `node`, depth first. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
