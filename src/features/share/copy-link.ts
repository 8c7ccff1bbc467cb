/** Whether the link reached the clipboard, or the reader must copy the selected text themselves. */
export type CopyOutcome = 'copied' | 'select-and-copy';

async function writeWithClipboardApi(text: string): Promise<boolean> {
  // The Clipboard API exists only in secure contexts (https or localhost).
  if (!window.isSecureContext || !navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function copySelection(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Copies `text`, selecting it in `field` first so that, if no way of copying works, it is ready for Ctrl+C.
 *
 * @example await copyLink(link, inputElement) // 'copied' on https, maybe 'select-and-copy' on plain http
 */
export async function copyLink(text: string, field: HTMLInputElement | null): Promise<CopyOutcome> {
  field?.focus();
  field?.select();
  if (await writeWithClipboardApi(text)) return 'copied';
  return field !== null && copySelection() ? 'copied' : 'select-and-copy';
}
