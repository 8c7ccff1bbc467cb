import { afterEach, describe, expect, it } from 'vitest';
import { holdEarlyPresses } from './early-presses';

/** A page drawn ahead of time: buttons in a root, and what the live page hears of them. */
function drawnPage() {
  document.body.innerHTML = `<div id="root">
    <button type="button">Mon 6 Nov</button>
    <button type="button">Tue 7 Nov</button>
  </div>`;
  const root = document.getElementById('root')!;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const heard: string[] = [];
  // Registered after the hold, on the same element, as React's listeners are at hydration.
  const listen = () =>
    root.addEventListener('click', (event) =>
      heard.push((event.target as HTMLElement).textContent ?? ''),
    );
  return { root, button, heard, listen };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('holdEarlyPresses', () => {
  it('keeps a press from the page until it is live, then presses that button once', () => {
    const { root, button, heard, listen } = drawnPage();
    const release = holdEarlyPresses(root);
    listen();
    button('Tue 7 Nov').click();
    expect(heard).toEqual([]);
    release();
    expect(heard).toEqual(['Tue 7 Nov']);
  });

  it('presses only the latest of several early presses', () => {
    const { root, button, heard, listen } = drawnPage();
    const release = holdEarlyPresses(root);
    listen();
    button('Tue 7 Nov').click();
    button('Mon 6 Nov').click();
    release();
    expect(heard).toEqual(['Mon 6 Nov']);
  });

  it('lets presses through untouched once released', () => {
    const { root, button, heard, listen } = drawnPage();
    holdEarlyPresses(root)();
    listen();
    button('Tue 7 Nov').click();
    expect(heard).toEqual(['Tue 7 Nov']);
  });

  it('presses nothing if the button is gone by then', () => {
    const { root, button, heard, listen } = drawnPage();
    const release = holdEarlyPresses(root);
    listen();
    const tuesday = button('Tue 7 Nov');
    tuesday.click();
    tuesday.remove();
    release();
    expect(heard).toEqual([]);
  });
});
