import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads, readBlobText as readText } from '../../tests/helpers/capture-downloads';
import { downloadFile } from './download-file';

describe('downloadFile', () => {
  let blobs: Blob[];
  let links: HTMLAnchorElement[];

  beforeEach(() => {
    ({ blobs, links } = captureDownloads());
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a download link to a blob of the content, with the name and type given', async () => {
    downloadFile({ fileName: 'plan.ics', type: 'text/calendar;charset=utf-8', content: 'A\r\nB' });
    expect(links).toHaveLength(1);
    expect(links[0]?.download).toBe('plan.ics');
    expect(links[0]?.href).toBe('blob:test/1');
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
