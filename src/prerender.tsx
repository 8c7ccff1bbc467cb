import { renderToString } from 'react-dom/server';
import { Root } from './app/root';

/**
 * The first screen as HTML, for the build to put into index.html (config/prerender-first-screen.ts):
 * the bundled conference's header, day tabs and first day, readable before any script runs.
 */
export const renderFirstScreen = (): string => renderToString(<Root />);
