/// <reference types="vite-plugin-pwa/vanillajs" />
// Kept in its own module and loaded only where service workers exist, so tests never import the virtual module.
export { registerSW } from 'virtual:pwa-register';
