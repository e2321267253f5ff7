import type { KnownBoard } from '../../job-boards';
import { ashbyAdapter } from './ashby';
import type { BoardAdapter } from './board-adapter';
import { glassdoorAdapter } from './glassdoor';
import { greenhouseAdapter } from './greenhouse';
import { indeedAdapter } from './indeed';
import { leverAdapter } from './lever';
import { linkedinAdapter } from './linkedin';
import { smartrecruitersAdapter } from './smartrecruiters';
import { wellfoundAdapter } from './wellfound';
import { workdayAdapter } from './workday';

export const BOARD_ADAPTERS: Readonly<Record<KnownBoard, BoardAdapter>> = {
  linkedin: linkedinAdapter,
  indeed: indeedAdapter,
  greenhouse: greenhouseAdapter,
  lever: leverAdapter,
  workday: workdayAdapter,
  ashby: ashbyAdapter,
  smartrecruiters: smartrecruitersAdapter,
  glassdoor: glassdoorAdapter,
  wellfound: wellfoundAdapter,
};
