import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download-file';

/** jsdom's Blob has no text(), so read it the way old browsers did. */
function readText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('downloadFile', () => {
  let blobs: Blob[];
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    blobs = [];
    clicked = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a download link to a blob of the content, with the name and type given', async () => {
    downloadFile({ fileName: 'plan.ics', type: 'text/calendar;charset=utf-8', content: 'A\r\nB' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('plan.ics');
    expect(clicked[0]?.href).toBe('blob:test/1');
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(await readText(blobs[0])).toBe('A\r\nB');
  });

  it('leaves no link behind and frees the object URL later, not at once', () => {
    vi.useFakeTimers();
    downloadFile({ fileName: 'plan.ics', type: 'text/calendar', content: 'x' });
    expect(document.querySelector('a[download]')).toBeNull();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });
});
