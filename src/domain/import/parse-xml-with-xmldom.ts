import { DOMParser } from '@xmldom/xmldom';
import type { ParseXml, XmlElement } from './xml-tree';

/**
 * The XML parser the converters need outside a page (Node, a worker): @xmldom/xmldom, which decodes every character
 * reference. Its first error or fatal error is thrown with the line and column where the XML breaks.
 */
export const parseXmlWithXmldom: ParseXml = (text) => {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message, context) => {
      if (level === 'warning' || problem) return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } })
        .locator;
      const place = locator?.lineNumber
        ? ` at line ${locator.lineNumber}, column ${locator.columnNumber}`
        : '';
      problem = `${message.trim()}${place}`;
    },
  });
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    throw new Error(problem ?? (error as Error).message, { cause: error });
  }
  if (problem) throw new Error(problem);
  const root = document.documentElement;
  if (!root) throw new Error('there is no root element');
  return root as unknown as XmlElement;
};
