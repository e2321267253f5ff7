import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/popup-app';
import { pathway } from '../../data/pathway';
import '../../components/ui/theme.css';
import '../../components/roadmap/roadmap.css';
import '../../components/popup/popup.css';

// Wiring only: the UI lives in components/popup and components/roadmap.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp pathway={pathway} />
    </StrictMode>,
  );
}
