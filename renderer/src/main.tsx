import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setUpTranslations } from './i18n/setup';
import './styles/station.css';

async function start(): Promise<void> {
  await setUpTranslations();
  const container = document.getElementById('root');
  if (container === null) {
    throw new Error('index.html has no #root element to mount the station into');
  }
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
