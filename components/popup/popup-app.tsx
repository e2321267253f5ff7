import type { Pathway } from '../../lib/pathway/schema';
import { ROADMAP_SECTIONS, RoadmapView } from '../roadmap/roadmap-view';
import { PopupHeader } from './popup-header';

/**
 * The toolbar popup. The pathway comes in as a prop (the entry passes the bundled data) so the
 * component can be rendered in tests with any pathway.
 */
export function PopupApp({ pathway }: { readonly pathway: Pathway }) {
  return (
    <div className="popup">
      <PopupHeader links={ROADMAP_SECTIONS} />
      <main className="popup__main">
        <RoadmapView pathway={pathway} />
        <footer className="popup__footer">
          <p>Nothing you do in Pathway Lens leaves your browser.</p>
        </footer>
      </main>
    </div>
  );
}
