import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { LangProvider } from './lib/i18n.js';
import { matchRoute } from './lib/router.js';
import { SessionProvider } from './lib/session.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // The member survey needs no session: it does not ask who is signed in.
  const publicPage = matchRoute(window.location.pathname).page === 'survey';
  createRoot(root).render(
    <StrictMode>
      <LangProvider>
        {publicPage ? (
          <App />
        ) : (
          <SessionProvider>
            <App />
          </SessionProvider>
        )}
      </LangProvider>
    </StrictMode>,
  );
}
