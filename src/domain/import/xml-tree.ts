/**
 * The little of the DOM the XML converters read, met by the browser's DOMParser, @xmldom/xmldom
 * and the light tree built from saxes alike, so the domain needs none of them.
 */
export interface XmlElement {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: { readonly length: number; item(index: number): XmlNode | null };
  getAttribute(name: string): string | null;
}

/** Any node: only elements (nodeType 1) are read. */
export type XmlNode = Pick<XmlElement, 'nodeType' | 'nodeName'>;

/**
 * Parses XML text into its root element; throws an Error whose message says where the XML breaks.
 * In Node: @xmldom/xmldom; in the import worker, which has no DOMParser: saxes.
 */
export type ParseXml = (text: string) => XmlElement;

const ELEMENT_NODE = 1;

/** The element children of `parent`, optionally only those named `name` (never deeper ones). */
export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  const children: XmlElement[] = [];
  const nodes = parent.childNodes;
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes.item(index);
    if (node?.nodeType === ELEMENT_NODE && (name === undefined || node.nodeName === name)) {
      children.push(node as XmlElement);
    }
  }
  return children;
}

/** The first child element named `name`, or null: a direct child, so nested titles are not read. */
export function childElement(parent: XmlElement, name: string): XmlElement | null {
  return childElements(parent, name)[0] ?? null;
}

/** The text of the first child element named `name`, or null when there is none. */
export function childText(parent: XmlElement, name: string): string | null {
  return childElement(parent, name)?.textContent ?? null;
}
