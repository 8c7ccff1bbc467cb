import { describe, expect, it } from 'vitest';
import { absoluteUrl, abstractFrom, cleanText } from './source-text';

describe('absoluteUrl', () => {
  it('resolves relative links against the source (camp2019 attachments)', () => {
    expect(
      absoluteUrl(
        '/system/event_attachments/a.pdf?1566398735',
        'https://fahrplan.events.ccc.de/camp/2019/',
      ),
    ).toBe('https://fahrplan.events.ccc.de/system/event_attachments/a.pdf?1566398735');
  });

  it('mends FOSDEM’s one-slash https:/ links', () => {
    expect(absoluteUrl('https:/fosdem.org/2026/schedule/event/X/')).toBe(
      'https://fosdem.org/2026/schedule/event/X/',
    );
  });

  it('never lets a file hand over a script or data link', () => {
    expect(absoluteUrl('javascript:alert(1)')).toBeNull();
    expect(absoluteUrl('JavaScript:alert(1)', 'https://example.org/')).toBeNull();
    expect(absoluteUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
  });

  it('gives null for nothing, or a relative link with nothing to resolve it against', () => {
    expect(absoluteUrl('   ')).toBeNull();
    expect(absoluteUrl('/talk/1')).toBeNull();
  });
});

describe('abstractFrom', () => {
  it('labels HTML by its tags, else the producer’s usual format, and joins abstract and description', () => {
    expect(abstractFrom(['<p>Hi</p>'], 'markdown')).toEqual({
      format: 'html',
      source: '<p>Hi</p>',
    });
    expect(abstractFrom(['**Hi**', 'More'], 'markdown')).toEqual({
      format: 'markdown',
      source: '**Hi**\n\nMore',
    });
    expect(abstractFrom([null, ''], 'text')).toEqual({ format: 'text', source: '' });
  });
});

describe('cleanText', () => {
  it('trims spaces and no-break spaces, and makes nothing null', () => {
    expect(cleanText('\u00a0 Janson \u00a0')).toBe('Janson');
    expect(cleanText(' ')).toBeNull();
  });
});
