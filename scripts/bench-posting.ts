/**
 * A deterministic synthetic posting of about `words` words for the benchmark: headings, bullets and
 * prose written for this project (never corpus text), with skill mentions, typos and negations
 * mixed in so every stage of the analysis does its normal work.
 */
const HEADINGS = ['About Example AI', 'About the role', 'Responsibilities:', 'Minimum qualifications:', 'Preferred qualifications:', 'Benefits'];
const PHRASES = [
  'Own the delivery plan for model training and inference launches across research and infrastructure teams',
  'Keep executives informed with clear written updates on milestones, dependencies and risks',
  'Partner with data engineering on labelling pipelines, data quality checks and SQL dashboards',
  'Run sprint planning and retrospectives for a distributed platform team using Scrum and Kanban',
  'Experience with AWS or GCP cloud infrastructure, Kubernetes and CI/CD release pipelines',
  'Familiarity with large language models, evaluation methods and responsible AI practices',
  'Manage a seven-figure budget, vendor contracts and cost forecasting for compute capacity',
  'PMP or PRINCE2 certification is a plus; CSM not required',
  'Strong stakeholder managment skills and the ability to influence without authority',
  'Design reviews for distributed systems, APIs and model serving architecture',
  'We offer generous parental leave, a learning stipend and flexible hours',
  'Our mission is to make machine learning dependable for hospitals and schools',
  'Python, Jira, Confluence and technical writing for program documentation',
  'Define OKRs, track KPIs and lead change management across product and policy teams',
];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatePosting(words: number, seed = 1): string {
  const rand = lcg(seed);
  const out: string[] = [];
  let count = 0;
  let h = 0;
  while (count < words) {
    const heading = HEADINGS[h % HEADINGS.length] ?? 'Responsibilities:';
    h++;
    out.push('', heading);
    count += heading.split(' ').length;
    const bullets = 4 + Math.floor(rand() * 5);
    for (let i = 0; i < bullets && count < words; i++) {
      const p = PHRASES[Math.floor(rand() * PHRASES.length)] ?? '';
      const line = rand() < 0.5 ? `- ${p}.` : `${p}.`;
      out.push(line);
      count += p.split(' ').length;
    }
  }
  return out.join('\n');
}
