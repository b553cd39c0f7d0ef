import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionProvider } from './session';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <App />
      </SessionProvider>
    </StrictMode>,
  );
}

// The service worker keeps the app's shell available offline; it never stores API answers. It comes
// once the page has loaded: installing it downloads every screen's file, which would otherwise
// compete with what the first screen needs.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener(
    'load',
    () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // Without a service worker the app still works; it just cannot open offline.
      });
    },
    { once: true },
  );
}
