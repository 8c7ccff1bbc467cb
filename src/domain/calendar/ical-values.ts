import { escape, foldLines } from 'ical-generator';

/**
 * A text value escaped for a property ical-generator 10 writes as given (NAME, X-WR-CALNAME):
 * backslashes, semicolons, commas and line breaks as RFC 5545 §3.3.11 asks, by ical-generator's
 * own escape function, so a calendar named `Foo, Bar; Baz\Qux` reads back whole.
 *
 * @example rawTextValue('Foo, Bar; Baz\\Qux') // "Foo\\, Bar\\; Baz\\\\Qux"
 */
export function rawTextValue(text: string): string {
  return escape(text, false);
}

/**
 * A talk's link as a URI value: normalised by the URL parser, which drops line breaks and tabs
 * and percent-encodes spaces; null when it is not a URL at all.
 *
 * @example uriValue('https://example.com/a b,c') // "https://example.com/a%20b,c"
 */
export function uriValue(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** An event's URL property with its continuation lines, as ical-generator folds it. */
const URL_PROPERTY = /^URL;VALUE=URI:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*/gm;

/** The characters ical-generator 10 escapes in every value, URIs included. */
const TEXT_ESCAPED = /[\\;,]/;

/**
 * True when ical-generator would write this URI with escapes that `unescapeUriValues` must take
 * back; most links have none, and their calendar then needs no second pass.
 *
 * @example hasTextEscapedCharacters('https://x/a,b') // true
 */
export function hasTextEscapedCharacters(uri: string): boolean {
  return TEXT_ESCAPED.test(uri);
}

/**
 * Takes back the text escaping ical-generator 10 puts into URL values. RFC 5545 §3.3.13 defines
 * no backslash escaping for URIs, so ical.js and python-icalendar read `a\,b` as a backslash
 * and a comma; each URL line is unfolded, unescaped and folded again by ical-generator.
 * Needs values that hold no line break, as `uriValue` gives.
 *
 * @example unescapeUriValues('URL;VALUE=URI:https://x/a\\,b\r\n') // "URL;VALUE=URI:https://x/a,b\r\n"
 */
export function unescapeUriValues(ics: string): string {
  return ics.replace(URL_PROPERTY, (property) =>
    foldLines(property.replace(/\r\n[ \t]/g, '').replace(/\\([\\;,])/g, '$1')),
  );
}
