import { vi } from 'vitest';

/** What a test saw downloaded: the blobs handed to object URLs and the links clicked. */
export interface CapturedDownloads {
  blobs: Blob[];
  links: HTMLAnchorElement[];
}

/**
 * Catches downloads in jsdom, which has no object URLs and cannot follow a download link:
 * each blob gets the URL `blob:test/<n>` and each link click is recorded instead of followed.
 * Undo with `vi.restoreAllMocks()`.
 */
export function captureDownloads(): CapturedDownloads {
  const captured: CapturedDownloads = { blobs: [], links: [] };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    captured.blobs.push(blob);
    return `blob:test/${captured.blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    captured.links.push(this);
  });
  return captured;
}

/** jsdom's Blob has no text(), so read it the way old browsers did. */
export function readBlobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob was downloaded'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
