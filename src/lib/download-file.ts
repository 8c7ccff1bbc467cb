export interface DownloadableFile {
  fileName: string;
  /** The MIME type, e.g. `text/calendar;charset=utf-8`. */
  type: string;
  content: string;
}

/** How long the file's object URL stays alive; revoking it at once can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves text as a file through a Blob, an object URL and a click on an `<a download>`. Unlike the
 * File System Access API, Web Share or the clipboard, this also works outside a secure context,
 * e.g. over plain HTTP from a host name on the local network.
 *
 * @example downloadFile({ fileName: 'plan.ics', type: 'text/calendar;charset=utf-8', content: ics })
 */
export function downloadFile({ fileName, type, content }: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Older Firefox only follows a download link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
