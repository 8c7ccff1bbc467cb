import { describe, expect, it } from 'vitest';
import { endWithCrlf } from './end-with-crlf';

describe('endWithCrlf', () => {
  it('adds the missing CRLF after the last line', () => {
    expect(endWithCrlf('BEGIN:VCALENDAR\r\nEND:VCALENDAR')).toBe(
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    );
  });

  it('leaves a file that already ends with CRLF alone', () => {
    expect(endWithCrlf('END:VCALENDAR\r\n')).toBe('END:VCALENDAR\r\n');
  });
});
