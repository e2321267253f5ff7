// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isJobPageUrl, isListPageUrl, jobKeyFromUrl, listBoardOf } from '../../lib/capture/job-key';
import { findCards } from '../../lib/list-badges/card-keys';

/**
 * Job cards of the two boards' lists and their keys. Markup written for these tests after the layouts in
 * ../shared/reference/job-board-selectors.md (§1, §2, §11); every key must be the one the product gives the posting
 * when its page is analysed or saved (jobKeyFromUrl of the posting's own URL).
 */

const LINKEDIN_LIST = 'https://www.linkedin.com/jobs/search/?keywords=ai&location=Remote';
const INDEED_LIST = 'https://www.indeed.com/jobs?q=ai+program+manager&l=Remote';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const keysOf = (cards: Map<string, Element>) => [...cards.keys()];

describe('list pages: where the detector asks for badges', () => {
  it('LinkedIn search and collections, with or without a job open; Indeed result pages', () => {
    for (const url of [
      LINKEDIN_LIST,
      'https://www.linkedin.com/jobs/search/?currentJobId=4100000201&keywords=ai',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4100000201',
      'https://www.linkedin.com/jobs/search-results/?keywords=tpm',
      INDEED_LIST,
      'https://www.indeed.com/jobs?q=tpm&vjk=a1b2c3d4e5f60701',
      'https://uk.indeed.com/jobs?q=tpm',
      'https://www.indeed.com/q-ai-program-manager-jobs.html',
      'https://www.indeed.com/l-remote-jobs.html',
      'https://www.indeed.com/m/jobs?q=tpm',
    ]) {
      expect(isListPageUrl(url), url).toBe(true);
    }
    expect(listBoardOf(LINKEDIN_LIST)).toBe('linkedin');
    expect(listBoardOf(INDEED_LIST)).toBe('indeed');
  });

  it('not the feed, a single job, a company page, another board or another site', () => {
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/jobs/view/4100000201/',
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/company/contoso/jobs/',
      'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60701',
      'https://www.indeed.com/',
      'https://www.indeed.com/cmp/Contoso/jobs',
      'https://job-boards.greenhouse.io/quillmark',
      'https://example.com/jobs/search/',
      'https://www.linkedin.com.example.com/jobs/search/',
      'not a url',
    ]) {
      expect(isListPageUrl(url), url).toBe(false);
    }
  });
});

describe('LinkedIn cards', () => {
  it('logged-in list: one card per occludable slot, keyed as the posting is when opened or saved', () => {
    const doc = page(`
      <ul>
        <li data-occludable-job-id="4100000101"><div class="job-card-container" data-job-id="4100000101">
          <a class="job-card-list__title" href="/jobs/view/4100000101/?eBP=x&amp;trk=flagship3">AI Program Manager</a></div></li>
        <li data-occludable-job-id="4100000102"></li>
        <li data-occludable-job-id="4100000103"><div class="job-card-container" data-job-id="4100000103">
          <a href="/jobs/view/4100000103/">TPM</a></div></li>
      </ul>`);
    const cards = findCards(doc, 'linkedin', LINKEDIN_LIST);
    // The emptied (occluded) slot keeps its card: the badge stays keyed to it.
    expect(keysOf(cards)).toEqual(['linkedin:4100000101', 'linkedin:4100000102', 'linkedin:4100000103']);
    expect(cards.get('linkedin:4100000102')).toBe(doc.querySelector('li[data-occludable-job-id="4100000102"]'));
    expect(cards.get('linkedin:4100000101')?.tagName).toBe('LI');
    // The same posting opened on its own page, or beside the list, or saved: the same key.
    expect(jobKeyFromUrl('https://www.linkedin.com/jobs/view/ai-program-manager-at-contoso-4100000101/')).toBe('linkedin:4100000101');
    expect(jobKeyFromUrl('https://www.linkedin.com/jobs/search/?currentJobId=4100000101&keywords=ai')).toBe('linkedin:4100000101');
  });

  it('cards without a slot (data-job-id), the guest list (data-entity-urn) and the newer layout (listitem + currentJobId link)', () => {
    const doc = page(`
      <div class="job-card-container" data-job-id="4100000201"><a href="/jobs/view/4100000201/">A</a></div>
      <div class="base-card base-search-card" data-entity-urn="urn:li:jobPosting:4100000202">
        <a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/tpm-at-fabrikam-4100000202">B</a></div>
      <div role="list"><div role="listitem" componentkey="x1"><a href="/jobs/search-results/?currentJobId=4100000203&amp;keywords=ai">C</a></div></div>`);
    expect(keysOf(findCards(doc, 'linkedin', LINKEDIN_LIST))).toEqual(['linkedin:4100000201', 'linkedin:4100000202', 'linkedin:4100000203']);
    expect(findCards(doc, 'linkedin', LINKEDIN_LIST).get('linkedin:4100000203')?.getAttribute('role')).toBe('listitem');
  });

  it('ignores what is not a job id, and looks at a bounded number of elements', () => {
    const doc = page(`
      <li data-occludable-job-id="search"></li>
      <div data-job-id="12"></div>
      <div data-job-id="${'9'.repeat(300)}"></div>
      <div data-entity-urn="urn:li:company:4100000301"></div>
      <div role="listitem"><a href="javascript:alert(1)//currentJobId=4100000302">x</a></div>
      <a href="/jobs/view/4100000303/">a link outside any card</a>`);
    expect(keysOf(findCards(doc, 'linkedin', LINKEDIN_LIST))).toEqual([]);

    page(Array.from({ length: 50 }, (_, i) => `<li data-occludable-job-id="${4100001000 + i}"></li>`).join(''));
    expect(findCards(document, 'linkedin', LINKEDIN_LIST, 10).size).toBe(10);
  });
});

describe('Indeed cards', () => {
  it('result cards keyed by data-jk or the jk of their link, as the posting is when opened or saved', () => {
    const doc = page(`
      <ul>
        <li><div class="cardOutline tapItem result job_b974b400e0228d67"><div class="job_seen_beacon"><h2 class="jobTitle">
          <a class="jcs-JobTitle" data-jk="b974b400e0228d67" href="/rc/clk?jk=b974b400e0228d67&amp;from=serp">PHP Developer</a></h2></div></div></li>
        <li><div class="job_seen_beacon"><a href="/rc/clk?jk=A1B2C3D4E5F60701&amp;from=serp">Mixed-case key</a></div></li>
        <li><div class="cardOutline"><a data-jk="not ok!" href="/rc/clk?jk=x">bad</a></div></li>
      </ul>`);
    const cards = findCards(doc, 'indeed', INDEED_LIST);
    expect(keysOf(cards)).toEqual(['indeed:b974b400e0228d67', 'indeed:a1b2c3d4e5f60701']);
    expect(cards.get('indeed:b974b400e0228d67')?.classList.contains('cardOutline')).toBe(true);
    expect(cards.get('indeed:a1b2c3d4e5f60701')?.tagName).toBe('LI');
    // The posting's own page and the result pane with it open: the same keys.
    expect(jobKeyFromUrl('https://www.indeed.com/viewjob?jk=b974b400e0228d67&from=serp')).toBe('indeed:b974b400e0228d67');
    expect(jobKeyFromUrl('https://www.indeed.com/jobs?q=ai&vjk=A1B2C3D4E5F60701')).toBe('indeed:a1b2c3d4e5f60701');
    expect(isJobPageUrl(INDEED_LIST)).toBe(false);
  });
});
