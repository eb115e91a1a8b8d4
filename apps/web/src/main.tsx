import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// The reader's language arrives before the first render: no keys, no other language, no second pass.
loadI18n().then(
  (i18n) =>
    createRoot(container).render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    ),
  // No texts arrived, so none of them can say so: a blank page would be worse than these three lines.
  () => {
    container.setAttribute('role', 'alert');
    container.innerText = [
      'The page could not be loaded. Please check your connection and reload it.',
      'Sayfa yüklenemedi. Lütfen bağlantınızı kontrol edip sayfayı yeniden yükleyin.',
      'Die Seite konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und laden Sie sie neu.',
    ].join('\n');
  },
);
