import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Views whose code loads on first use (My plan, the details dialog) take over a second to appear
// on a busy two-core machine; findBy* waits 5 s rather than 1 s for them.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom has <dialog> but not its modal methods; these mirror the platform's steps that the
// component tests rely on (open, Escape fires a cancelable "cancel", focus returns on close).
// The real behaviour, inert background and backdrop included, is checked in Chromium (tests/e2e/dialog.test.ts).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  const openers = new WeakMap<HTMLDialogElement, Element | null>();
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    openers.set(this, document.activeElement);
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    const opener = openers.get(this);
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = Array.from(document.querySelectorAll('dialog[open]')).at(-1);
    if (!(open instanceof HTMLDialogElement)) return;
    if (open.dispatchEvent(new Event('cancel', { cancelable: true }))) open.close();
  });
}

// jsdom's Blob has no arrayBuffer(); this reads it through jsdom's own FileReader instead.
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
      reader.readAsArrayBuffer(this);
    });
  };
}
