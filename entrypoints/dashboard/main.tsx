import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from '../../components/compare/dashboard-page';
import { ReanalysisSourceContext } from '../../components/saved/reanalysis-progress';
import { applyCachedTheme } from '../../components/ui/use-theme';
import { messagingSource, reanalysisSource, selectionFromUrl } from './dashboard-source';
import '../../components/ui/theme.css';
import '../../components/saved/controls.css';
import '../../components/saved/saved.css';
import '../../components/charts/charts.css';
import '../../components/insights/insights.css';
import '../../components/compare/compare.css';
import '../../components/compare/dashboard.css';
import '../../components/profile/profile.css';
import '../../components/pipeline/pipeline.css';

// Wiring only: the UI lives in components/compare (DashboardPage/DashboardApp), components/profile and their siblings.
applyCachedTheme();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ReanalysisSourceContext value={reanalysisSource}>
        <DashboardPage source={messagingSource} initialSelection={selectionFromUrl(location.search)} />
      </ReanalysisSourceContext>
    </StrictMode>,
  );
}
