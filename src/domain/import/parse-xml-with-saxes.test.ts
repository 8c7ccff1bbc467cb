// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../tests/helpers/schedule-fixtures';
import { importSchedule, type ImportResult } from './import-schedule';
import { parseXmlWithSaxes } from './parse-xml-with-saxes';
import { parseXmlWithXmldom } from './parse-xml-with-xmldom';
import { childElement, childElements, childText } from './xml-tree';

const FRAB_FILES = [
  'frab-xml/fosdem-2026.xml',
  'frab-xml/debconf23-wafer.xml',
  'frab-xml/denog16-pretalx.xml',
];

/**
 * xmldom turns U+2028 LINE SEPARATOR into a line feed (XML 1.1's end-of-line rule); saxes keeps
 * it, as XML 1.0 says. One FOSDEM abstract has three of them; nothing else may differ.
 */
const asXmldomReadsIt = (result: ImportResult) =>
  JSON.parse(JSON.stringify(result).replaceAll('\u2028', '\\n')) as ImportResult;

describe('the import worker’s XML parser (saxes)', () => {
  // FOSDEM is 3.3 MB, read twice: a busy machine needs longer than the default 5 s.
  it.each(FRAB_FILES)('opens %s exactly as @xmldom/xmldom does', { timeout: 30_000 }, (path) => {
    const bytes = fixtureBytes(path);
    const withSaxes = importSchedule({ text: bytes }, { parseXml: parseXmlWithSaxes });
    const withXmldom = importSchedule({ text: bytes }, { parseXml: parseXmlWithXmldom });
    expect(withSaxes.kind).toBe('schedule');
    expect(asXmldomReadsIt(withSaxes)).toEqual(withXmldom);
  });

  it('keeps U+2028 in FOSDEM’s “Latency reduction in Video streaming” abstract as written', () => {
    const result = importSchedule(
      { text: fixtureBytes('frab-xml/fosdem-2026.xml') },
      { parseXml: parseXmlWithSaxes },
    );
    if (result.kind !== 'schedule') throw new Error(result.kind);
    const talk = result.schedule.talks.find((t) =>
      t.title.startsWith('Latency reduction in Video'),
    );
    expect(talk?.abstract).toMatchObject({ format: 'html' });
    expect(JSON.stringify(talk?.abstract)).toContain('encoder API.\u2028\u2028 I will have');
  });

  it('reads elements, attributes, entities, character references and CDATA', () => {
    const root = parseXmlWithSaxes(
      `<?xml version="1.0"?><schedule><event guid="a&amp;b"><title>Tom &amp; Jerry&#x2019;s</title>` +
        `<abstract><![CDATA[<p>raw</p>]]> and more</abstract><links/><persons>` +
        `<person id="1">Ada</person><person id="2">Bo</person></persons></event></schedule>`,
    );
    expect(root.nodeName).toBe('schedule');
    const event = childElement(root, 'event');
    expect(event?.getAttribute('guid')).toBe('a&b');
    expect(event?.getAttribute('id')).toBeNull();
    expect(event && childText(event, 'title')).toBe('Tom & Jerry’s');
    expect(event && childText(event, 'abstract')).toBe('<p>raw</p> and more');
    expect(event && childElements(event).map((e) => e.nodeName)).toEqual([
      'title',
      'abstract',
      'links',
      'persons',
    ]);
    expect(event?.textContent).toBe('Tom & Jerry’s<p>raw</p> and moreAdaBo');
  });

  it('says where the XML breaks, by line and column', () => {
    const xml =
      '<?xml version="1.0"?>\n<schedule>\n  <day date="2024-11-17">\n  <room name="Hall"></day>\n</schedule>';
    expect(() => parseXmlWithSaxes(xml)).toThrow(/ at line 4, column \d+$/);
  });

  it('refuses a file cut short and an undefined entity', () => {
    expect(() => parseXmlWithSaxes('<schedule><day date="2024-11-17">')).toThrow(/unclosed/i);
    expect(() => parseXmlWithSaxes('<schedule>&nbsp;</schedule>')).toThrow(/entity/i);
  });
});
