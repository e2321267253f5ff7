import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isPopupTab } from '../../components/popup/popup-header';
import { PopupApp } from '../../components/popup/popup-app';
import { applyCachedTheme } from '../../components/ui/use-theme';
import { pathway } from '../../data/pathway';
import { createPopupSource, tabFromSearch } from './popup-source';
import '../../components/ui/theme.css';
import '../../components/saved/controls.css';
import '../../components/saved/saved.css';
import '../../components/saved/pipeline.css';
import '../../components/charts/charts.css';
import '../../components/insights/insights.css';
import '../../components/roadmap/roadmap.css';
import '../../components/popup/popup.css';

// Wiring only: the UI lives in components/popup (and the views it shows).
// Browser tests time the popup from here (its code running) to 'pathway-lens:popup-ready' (data on screen).
performance.mark('pathway-lens:popup-start');
applyCachedTheme();
const hash = location.hash.slice(1);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp pathway={pathway} source={createPopupSource(tabFromSearch(location.search))} {...(isPopupTab(hash) ? { initialTab: hash } : {})} />
    </StrictMode>,
  );
}
