import { describe, expect, it } from 'vitest';
import {
  detectBoard,
  genericCanonicalUrl,
  genericJobKey,
  isJobPageUrl,
  jobKeyFromUrl,
  jobRefFromUrl,
} from '../../lib/capture/job-key';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';

// Every URL in a group names the same posting: the key must not depend on tracking, pane, apply step or hash.
const SAME_POSTING: Record<string, { key: string; canonical: string; urls: string[] }> = {
  linkedin: {
    key: 'linkedin:4100000102',
    canonical: 'https://www.linkedin.com/jobs/view/4100000102/',
    urls: [
      'https://www.linkedin.com/jobs/view/4100000102/',
      'https://www.linkedin.com/jobs/view/ai-program-manager-at-tailwind-traders-4100000102?trk=public_jobs_topcard-title&refId=abc%3D%3D',
      'https://www.linkedin.com/jobs/search/?currentJobId=4100000102&geoId=103644278&keywords=program%20manager&origin=JOB_SEARCH_PAGE_SEARCH_BUTTON',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4100000102&discover=recommended',
      'https://uk.linkedin.com/jobs/view/ai-program-manager-at-tailwind-traders-4100000102#main-content',
      'https://www.linkedin.com/comm/jobs/view/4100000102/?trackingId=xyz&midToken=AQ',
      'https://www.linkedin.com/jobs/search/#?currentJobId=4100000102',
    ],
  },
  indeed: {
    key: 'indeed:1a2b3c4d5e6f7081',
    canonical: 'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7081',
    urls: [
      'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7081',
      'https://www.indeed.com/viewjob?jk=1A2B3C4D5E6F7081&from=serp&vjs=3&tk=1hx',
      'https://www.indeed.com/jobs?q=program+manager&l=Remote&vjk=1a2b3c4d5e6f7081',
      'https://www.indeed.com/rc/clk?jk=1a2b3c4d5e6f7081&bb=abc&xkcb=SoD&fccid=123#top',
    ],
  },
  greenhouse: {
    key: 'greenhouse:4555000008',
    canonical: 'https://job-boards.greenhouse.io/litwareai/jobs/4555000008',
    urls: [
      'https://job-boards.greenhouse.io/litwareai/jobs/4555000008',
      'https://job-boards.greenhouse.io/litwareai/jobs/4555000008?gh_src=8a1b2c3d&utm_source=LinkedIn',
      'https://job-boards.greenhouse.io/embed/job_app?for=litwareai&token=4555000008',
      'https://job-boards.greenhouse.io/litwareai/jobs/4555000008#app',
    ],
  },
  lever: {
    key: 'lever:0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
    canonical: 'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
    urls: [
      'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
      'https://jobs.lever.co/proseware/0F2C7A9E-5B1D-4E8A-9C3F-2D4B6A8E1F00?lever-source=LinkedIn&lever-origin=applied',
      'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00/apply',
      'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00#application',
    ],
  },
  workday: {
    key: 'workday:woodgrove:JR2001234',
    canonical:
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234',
    urls: [
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234',
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234?source=LinkedIn',
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234/apply/applyManually',
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234#jobs',
    ],
  },
  ashby: {
    key: 'ashby:7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
    canonical: 'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
    urls: [
      'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
      'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e/application?utm_source=wellfound',
      'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e#overview',
    ],
  },
  smartrecruiters: {
    key: 'smartrecruiters:743999123456789',
    canonical: 'https://jobs.smartrecruiters.com/AlpineSkiHouse/743999123456789-program-manager-data-ai',
    urls: [
      'https://jobs.smartrecruiters.com/AlpineSkiHouse/743999123456789-program-manager-data-ai',
      'https://jobs.smartrecruiters.com/AlpineSkiHouse/743999123456789-program-manager-data-ai?trid=abc&dcr_ci=AlpineSkiHouse',
      'https://jobs.smartrecruiters.com/AlpineSkiHouse/743999123456789-program-manager-data-ai#apply',
    ],
  },
  glassdoor: {
    key: 'glassdoor:1009123456789',
    canonical: 'https://www.glassdoor.com/job-listing/ml-program-manager-JV_IC1128808_KO0,18.htm?jl=1009123456789',
    urls: [
      'https://www.glassdoor.com/job-listing/ml-program-manager-JV_IC1128808_KO0,18.htm?jl=1009123456789',
      'https://www.glassdoor.com/job-listing/ml-program-manager-JV_IC1128808_KO0,18.htm?jl=1009123456789&pos=101&ao=1136043&s=58&guid=0000&src=GD_JOB_AD&t=SR',
      'https://www.glassdoor.com/job-listing/ml-program-manager-JV_IC1128808_KO0,18.htm?jl=1009123456789#jd-anchor',
    ],
  },
  wellfound: {
    key: 'wellfound:3012345',
    canonical: 'https://wellfound.com/jobs/3012345-founding-ai-program-manager',
    urls: [
      'https://wellfound.com/jobs/3012345-founding-ai-program-manager',
      'https://wellfound.com/jobs/3012345-founding-ai-program-manager?utm_source=newsletter&utm_medium=email',
      'https://wellfound.com/jobs/3012345-founding-ai-program-manager#apply',
    ],
  },
};

describe('jobRefFromUrl / jobKeyFromUrl', () => {
  for (const [board, { key, canonical, urls }] of Object.entries(SAME_POSTING)) {
    it(`gives one key for every URL shape of a ${board} posting`, () => {
      expect(urls.length).toBeGreaterThanOrEqual(3);
      for (const url of urls) {
        const ref = jobRefFromUrl(url);
        expect(ref?.board, url).toBe(board);
        expect(ref?.jobKey, url).toBe(key);
        expect(jobKeyFromUrl(url), url).toBe(key);
      }
      expect(jobRefFromUrl(urls[0] ?? '')?.canonicalUrl).toBe(canonical);
    });
  }

  it('keys a Glassdoor partner link by jobListingId and keeps regional hosts', () => {
    expect(jobKeyFromUrl('https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009123456789')).toBe(
      'glassdoor:1009123456789',
    );
    expect(jobKeyFromUrl('https://www.glassdoor.co.uk/job-listing/x.htm?jl=1009123456789')).toBe('glassdoor:1009123456789');
  });

  it('recognises Greenhouse and Ashby ids on employer sites, in query or hash route', () => {
    expect(jobKeyFromUrl('https://careers.coho.example/jobs?gh_jid=5566778&utm_campaign=x')).toBe('greenhouse:5566778');
    expect(jobKeyFromUrl('https://careers.coho.example/jobs/#/?gh_jid=5566778')).toBe('greenhouse:5566778');
    expect(jobKeyFromUrl('https://boards.greenhouse.io/litwareai?gh_jid=4555000008')).toBe('greenhouse:4555000008');
    expect(jobKeyFromUrl('https://fourthcoffee.example/careers?ashby_jid=7D3E9C1A-2B4F-4A6E-8D0C-5F1A2B3C4D5E')).toBe(
      'ashby:7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
    );
  });

  it('keys Workday by tenant and requisition, also on /details/ and myworkdaysite.com', () => {
    expect(jobKeyFromUrl('https://woodgrove.wd5.myworkdayjobs.com/External/details/Senior-TPM_JR2001234?q=tpm')).toBe(
      'workday:woodgrove:JR2001234',
    );
    expect(jobKeyFromUrl('https://wd3.myworkdaysite.com/recruiting/woodgrove/External/job/Remote/TPM_R-10442')).toBe(
      'workday:woodgrove:R-10442',
    );
    // Same requisition number at another employer is another posting.
    expect(jobKeyFromUrl('https://fabrikam.wd1.myworkdayjobs.com/Careers/job/Remote/TPM_JR2001234')).toBe(
      'workday:fabrikam:JR2001234',
    );
  });

  it('prefers the query to a misleading hash, and currentJobId to the path', () => {
    expect(jobKeyFromUrl('https://www.linkedin.com/jobs/search/?currentJobId=4100000102#currentJobId=999999')).toBe(
      'linkedin:4100000102',
    );
    expect(jobKeyFromUrl('https://www.linkedin.com/jobs/view/4100000001/?currentJobId=4100000102')).toBe(
      'linkedin:4100000102',
    );
  });

  it('rejects malformed ids', () => {
    for (const url of [
      'https://www.linkedin.com/jobs/search/?currentJobId=12ab',
      'https://www.indeed.com/viewjob?jk=%3Cscript%3E',
      'https://jobs.lever.co/proseware/not-a-uuid',
      'https://job-boards.greenhouse.io/litwareai/jobs/abc',
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/No-Requisition',
      'https://www.glassdoor.com/Job/index.htm?jl=x1',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(jobRefFromUrl(url), url).toBeNull();
    }
  });
});

describe('generic keys', () => {
  it('drops tracking parameters and the hash, keeps meaningful parameters sorted', () => {
    expect(genericJobKey('https://www.lucerne.example/careers/118/?utm_source=x&gclid=1#apply')).toBe(
      'generic:lucerne.example/careers/118',
    );
    expect(genericJobKey('https://careers.example.com/job?lang=en&id=77&fbclid=abc')).toBe(
      'generic:careers.example.com/job?id=77&lang=en',
    );
    expect(genericCanonicalUrl('https://careers.example.com/job?utm_medium=x&id=77#top')).toBe(
      'https://careers.example.com/job?id=77',
    );
    expect(jobKeyFromUrl('https://careers.example.com/job?id=77')).toBe('generic:careers.example.com/job?id=77');
    expect(genericJobKey('data:text/html,hi')).toBeNull();
  });
});

describe('detectBoard / isJobPageUrl', () => {
  it('detects boards by host, including subdomains and regional domains, but not look-alikes', () => {
    expect(detectBoard('https://www.linkedin.com/feed/')).toBe('linkedin');
    expect(detectBoard('https://uk.indeed.com/viewjob?jk=1a2b3c4d5e6f7081')).toBe('indeed');
    expect(detectBoard('https://job-boards.eu.greenhouse.io/x/jobs/1234')).toBe('greenhouse');
    expect(detectBoard('https://www.glassdoor.de/Job/x.htm')).toBe('glassdoor');
    expect(detectBoard('https://wd3.myworkdaysite.com/recruiting/x')).toBe('workday');
    expect(detectBoard('https://linkedin.com.evil.example/jobs/view/4100000102')).toBeNull();
    expect(detectBoard('https://notlinkedin.com/jobs/view/4100000102')).toBeNull();
    expect(detectBoard('file:///C:/linkedin.com/jobs')).toBeNull();
  });

  it('says which URLs show one posting', () => {
    const yes = [
      'https://www.linkedin.com/jobs/view/4100000102/',
      'https://www.linkedin.com/jobs/search/?currentJobId=1234567',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4100000102',
      'https://www.indeed.com/jobs?q=pm&vjk=1a2b3c4d5e6f7081',
      'https://job-boards.greenhouse.io/litwareai/jobs/4555000008',
      'https://jobs.lever.co/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
      'https://jobs.ashbyhq.com/fourthcoffee/7d3e9c1a-2b4f-4a6e-8d0c-5f1a2b3c4d5e',
    ];
    const no = [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/jobs/search/?keywords=program%20manager',
      'https://www.linkedin.com/company/tailwind-traders/jobs/',
      'https://www.indeed.com/jobs?q=program+manager',
      'https://job-boards.greenhouse.io/litwareai',
      'https://jobs.lever.co/proseware',
      'https://jobs.ashbyhq.com/fourthcoffee',
      'https://woodgrove.wd5.myworkdayjobs.com/en-US/External',
      'https://careers.coho.example/jobs?gh_jid=5566778', // not a board host: on-demand only
    ];
    for (const url of yes) expect(isJobPageUrl(url), url).toBe(true);
    for (const url of no) expect(isJobPageUrl(url), url).toBe(false);
  });

  it('keeps the manifest match list that wxt.config.ts reads', () => {
    expect(JOB_BOARD_MATCHES).toContain('*://*.linkedin.com/*');
    expect(JOB_BOARD_MATCHES).toHaveLength(9);
  });
});
