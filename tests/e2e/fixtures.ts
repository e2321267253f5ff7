/**
 * Fixture pages for the browser tests — written for Pathway Lens (fictional companies), served by
 * scripts/fixture-server.ts under the real board hostnames.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureRoutes } from '../../scripts/fixture-server';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixture = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

export const LINKEDIN_JOB_PATH = '/jobs/view/ai-program-manager-at-harborlight-health-4087213345';
export const LINKEDIN_JOB_URL = `https://www.linkedin.com${LINKEDIN_JOB_PATH}/`;
export const LINKEDIN_FEED_URL = 'https://www.linkedin.com/feed/';
export const GREENHOUSE_BOARD_URL = 'https://job-boards.greenhouse.io/quillmark';
export const NON_BOARD_CAREERS_URL = 'https://careers.example.com/jobs/ai-program-manager';

export const FIXTURE_ROUTES: FixtureRoutes = {
  'www.linkedin.com': {
    [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') },
    '/feed': { body: fixture('linkedin-feed.html') },
  },
  'job-boards.greenhouse.io': {
    '/quillmark': { body: fixture('greenhouse-board.html') },
  },
  'careers.example.com': {
    '/jobs/ai-program-manager': { body: fixture('careers-example.html') },
  },
};
