import { pathway } from './pathway';
import type { PathwaySkillId } from '../lib/pathway/ids';
import type { LexiconEntry, RoleCue, SkillCategory } from './skills-lexicon-schema';

// The zod schemas (and the types inferred from them) live in ./skills-lexicon-schema.ts, so the content script,
// which bundles this lexicon, does not bundle zod.
export type { LexiconEntry, RoleCue, SkillCategory } from './skills-lexicon-schema';

/**
 * The skills lexicon: every skill the analyzer can name, with the words postings use for it.
 * Pathway entries reuse the canonical aliases of data/pathway.ts and add the rich and indirect
 * phrasings postings actually use; the other entries are skills the pathway does not cover.
 * Aliases are matched on whole tokens, case-insensitively; `caseSensitiveAliases` are matched
 * on the raw text (e.g. `SAFe` the framework, never the word "safe").
 * The analyzer's domain rules are fields of the entries (needsSkillCue, managesParty, roleCue; see
 * ./skills-lexicon-schema.ts), each with its tests in tests/analysis/lexicon-rules.test.ts.
 */
export const SKILL_CATEGORIES = [
  'pathway',
  'language',
  'tool',
  'data',
  'ai',
  'infrastructure',
  'security-compliance',
  'management',
  'business',
  'people',
  'method',
  'domain',
] as const;

/** Phrasings postings use for each pathway skill, beyond the pathway's own aliases. */
const PATHWAY_PHRASINGS: Record<PathwaySkillId, { aliases: string[]; caseSensitive?: string[]; roleCue?: RoleCue }> = {
  'api-development': {
    aliases: [
      'api', 'apis', 'api integrations', 'api-based', 'rest apis', 'restful apis', 'sdk', 'sdks', 'web services',
      'developer platform', 'developer platforms', 'api design patterns', 'api gateway', 'api gateways', 'webhooks',
      'api development experience', 'api ecosystem', 'api products', 'public apis', 'internal apis', 'api contracts',
    ],
  },
  'system-architecture': {
    aliases: [
      'architecture', 'architectures', 'architectural', 'systems architecture', 'system designs', 'systems design',
      'technical architecture', 'architecture reviews', 'architecture review', 'distributed system', 'large-scale systems',
      'large scale distributed systems', 'scalable infrastructure', 'scalability', 'infrastructure design',
      'backend systems', 'back-end systems', 'service-oriented architecture', 'event-driven architecture',
      'model serving infrastructure', 'serving infrastructure', 'serving systems', 'model serving systems',
      'data pipeline design', 'data pipeline architecture', 'high availability', 'fault tolerance', 'fault-tolerant',
      'technical design', 'design documents', 'design docs', 'enterprise architecture', 'ml infrastructure',
      'ai infrastructure', 'training infrastructure', 'inference infrastructure', 'inference systems', 'ml systems',
      'ml platform', 'ml platforms', 'ai platform', 'ai platforms', 'machine learning infrastructure',
      'production systems', 'production services', 'real-time systems', 'systems engineering', 'platform architecture',
      'systems integration', 'system integration', 'infrastructure programs', 'compute infrastructure',
    ],
  },
  'cloud-platforms': {
    aliases: [
      'cloud platform', 'cloud services', 'cloud providers', 'cloud provider', 'public cloud', 'multi-cloud', 'hybrid cloud',
      'cloud-native', 'cloud environments', 'cloud environment', 'cloud costs', 'cloud cost', 'cloud spend',
      'cloud capacity', 'cloud migration', 'cloud migrations', 'cloud technologies', 'cloud-based', 'ec2', 's3',
      'amazon bedrock', 'bedrock', 'vertex', 'google cloud platform', 'microsoft azure', 'azure ml', 'azure openai',
      'oracle cloud', 'oci', 'ibm cloud', 'gke', 'eks', 'aks', 'cloud ml services', 'cloud cost optimization',
      'cloud infrastructure management', 'cloud architecture', 'aws services', 'azure services', 'gcp services',
    ],
  },
  'sql-data-management': {
    aliases: [
      'databases', 'database', 'data governance', 'data labeling', 'data labelling', 'data annotation', 'annotation',
      'annotations', 'labeling workflows', 'labelling workflows', 'annotation workflows', 'data collection',
      'datasets', 'dataset', 'data sets', 'data set', 'training data', 'data pipelines', 'data pipeline', 'etl', 'elt',
      'data warehouse', 'data warehousing', 'data warehouses', 'data lake', 'data lakes', 'warehousing',
      'data engineering', 'data infrastructure', 'data platform', 'data platforms', 'data practices', 'data integrity',
      'data validation', 'data cleaning', 'data curation', 'data querying', 'querying databases', 'nosql',
      'postgres', 'bigquery', 'snowflake', 'redshift', 'databricks', 'data ops', 'dataops', 'data operations',
      'feature store', 'feature stores', 'data lineage', 'master data management', 'metadata management',
      'data stewardship', 'data catalog', 'schema design', 'data readiness', 'data quality standards',
      'data requirements', 'query languages', 'data querying languages', 'sql queries', 'data modelling',
      'relational database', 'data migration', 'data migrations', 'data retention', 'data strategy',
    ],
  },
  'devops-cicd': {
    aliases: [
      'ci cd pipelines', 'cicd', 'devsecops', 'llmops', 'mlops pipelines', 'kubernetes', 'k8s', 'docker',
      'containers', 'containerization', 'terraform', 'ansible', 'jenkins', 'github actions', 'gitlab ci', 'argo cd',
      'helm', 'deployment processes', 'deployment process', 'cross-platform deployments', 'multi-team deployments',
      'software deployments', 'service deployments', 'code deployments', 'staged rollouts', 'canary releases',
      'rollback', 'rollbacks', 'rollback procedures', 'release pipelines', 'release pipeline', 'build pipelines', 'release engineering',
      'site reliability engineering', 'sre', 'infrastructure automation', 'deployment automation', 'model deployments',
      'deploying models', 'production deployment', 'production deployments', 'deployment strategies',
      'deployment strategy', 'ml pipelines', 'training pipelines', 'model pipelines', 'build and release',
      'continuous delivery pipelines', 'automated provisioning', 'gitops', 'deployment governance',
    ],
  },
  'agile-scrum': {
    aliases: [
      'agile', 'agile methodologies', 'agile practices', 'agile methods', 'agile frameworks', 'agile framework',
      'sprint', 'sprints', 'sprint reviews', 'retrospectives', 'standups', 'daily standups', 'daily stand-ups',
      'backlog grooming', 'backlog refinement', 'scrum master', 'scrum masters', 'scaled agile framework',
      'scaled agile', 'lean agile', 'agile delivery', 'agile environment', 'agile environments', 'agile teams',
      'agile software development', 'scrum teams', 'scrumban',
    ],
    caseSensitive: ['SAFe'],
  },
  'stakeholder-management': {
    aliases: [
      'stakeholder', 'stakeholders', 'managing stakeholders', 'manage stakeholders', 'cross-functional',
      'cross-functionally', 'cross-team', 'cross-organizational', 'cross-org', 'cross-group', 'communication skills',
      'communicator', 'communication', 'communications', 'written and verbal communication',
      'verbal and written communication', 'written communication', 'verbal communication', 'executive communications',
      'communicate', 'communicating', 'influence without authority', 'influence', 'influencing', 'negotiation',
      'negotiate', 'negotiating', 'negotiations', 'keep executives informed', 'keeping executives informed',
      'executive updates', 'leadership updates', 'status updates', 'executive stakeholders', 'senior leadership',
      'executives', 'executive', 'c-suite', 'relationship building', 'build relationships', 'building relationships',
      'alignment', 'align', 'aligning', 'build consensus', 'consensus building', 'interpersonal skills', 'interpersonal',
      'presentation skills', 'present to leadership', 'partner closely', 'collaborate with', 'collaborating with',
      'collaboration', 'coordination', 'coordinate', 'coordinating', 'business partners', 'partner teams',
      'write clearly', 'clear writing', 'storytelling', 'diplomacy', 'expectation management', 'managing expectations',
    ],
  },
  'ai-risk-management': {
    aliases: [
      'risk management', 'risk mitigation', 'risks', 'risk', 'mitigations', 'mitigation', 'mitigate', 'risk assessment',
      'risk assessments', 'ai safety', 'safety policy', 'ai policy', 'ai safety policy', 'trust and safety',
      'trust & safety', 'responsible scaling', 'model risk', 'ai risk', 'ai risks', 'ai compliance',
      'ai regulation', 'ai regulations', 'fairness', 'bias', 'algorithmic bias', 'ethical ai', 'ethical', 'ethics',
      'red teaming', 'red-teaming', 'safeguards', 'harms', 'misuse', 'iso 42001', 'ai act', 'model governance',
      'governance', 'responsible deployment', 'ai assurance', 'ai audits', 'impact assessments', 'risk frameworks',
      'risk registers', 'risk register', 'contingency planning', 'contingencies', 'responsible ai principles',
    ],
    // "Risk" and "governance" are asked of every program manager; "AI safety", "model risk" and "fairness" are AI work.
    roleCue: {
      kind: 'ai',
      onlyWith: ['ai', 'model', 'responsible', 'safety', 'fairness', 'bias', 'ethical', 'ethics', 'safeguards', 'misuse', 'harms'],
    },
  },
  'program-management-frameworks': {
    aliases: [
      'technical program management', 'tpm', 'program manager', 'project manager', 'project plans', 'project plan',
      'project planning', 'program planning', 'project schedules', 'project schedule', 'schedules', 'milestones',
      'milestone', 'dependencies', 'dependency management', 'scope', 'scoping', 'timelines', 'timeline',
      'deliverables', 'work breakdown structure', 'critical path', 'gantt', 'raid log', 'program charter',
      'project charter', 'project lifecycle', 'program lifecycle', 'pmo', 'waterfall', 'prince 2', 'pmi',
      'pmp certification', 'pmp certified', 'program delivery', 'project delivery', 'delivery management',
      'project management methodologies', 'program execution', 'project execution', 'end-to-end delivery',
      'drive programs', 'run programs', 'managing programs', 'manage programs', 'managing projects', 'manage projects',
      'complex programs', 'complex projects', 'large-scale programs', 'project tracking', 'program management skills',
      'program management experience', 'project management experience', 'technical project management',
      'project coordination', 'program coordination', 'execution plans', 'program plans', 'programs end-to-end',
      'projects end-to-end', 'lead programs', 'leading programs', 'planning and execution', 'program governance',
    ],
  },
  'ai-ml-fundamentals': {
    aliases: [
      'ai', 'ml', 'llm', 'llms', 'large language model', 'gen ai', 'genai', 'nlp', 'natural language processing',
      'computer vision', 'neural networks', 'neural network', 'reinforcement learning', 'foundation models',
      'foundation model', 'frontier models', 'ai models', 'ml models', 'machine learning models', 'model inference',
      'inference', 'fine-tuning', 'model evaluations', 'evals', 'model development', 'ml lifecycle',
      'machine learning lifecycle', 'model lifecycle', 'ai fundamentals', 'ml fundamentals', 'ml concepts',
      'ai concepts', 'transformers', 'embeddings', 'rag', 'retrieval augmented generation', 'prompt engineering',
      'ai agents', 'agentic', 'conversational ai', 'speech recognition', 'recommendation systems',
      'recommender systems', 'classifiers', 'classifier', 'model capabilities', 'ai research', 'ml research',
      'applied ml', 'applied machine learning', 'ai technologies', 'ml technologies', 'ai/ml technologies',
      'ai systems', 'ai products', 'ai solutions', 'ai applications', 'ai use cases', 'ai tools', 'model training runs',
      'training runs', 'ml engineering', 'machine learning engineering', 'multimodal', 'diffusion models',
      'gpt', 'chatgpt', 'ai-powered', 'ai-driven', 'ml-based', 'ai-based',
    ],
    roleCue: { kind: 'ai', marksAiCompany: true },
  },
  'agile-certification': {
    aliases: [
      'acp', 'safe certification', 'icagile', 'icp-acc', 'cspo', 'certified scrum product owner',
      'scrum master certification', 'agile certifications', 'scrum certifications', 'csm certification',
      'psm certification', 'safe program consultant', 'scrum alliance', 'psm i', 'psm ii', 'professional scrum',
      'certified scrum', 'safe agile certification', 'disciplined agile',
    ],
    caseSensitive: ['SAFe SPC', 'SAFe certified', 'SAFe POPM'],
  },
  'financial-budget-management': {
    aliases: [
      'budget', 'budgets', 'budget ownership', 'budget oversight', 'budgetary', 'financial forecasting',
      'cost forecasting', 'budget forecasting', 'financial forecasts', 'financial acumen', 'financial analysis',
      'financial reporting', 'cost tracking', 'cost control', 'cost controls', 'cost estimation', 'cost estimates',
      'roi', 'return on investment', 'business case', 'business cases', 'profit and loss', 'spend management',
      'opex', 'capex', 'cost-benefit', 'seven-figure budget', 'multi-million dollar budget', 'financial planning and analysis',
      'fp&a', 'total cost of ownership', 'tco', 'cost modeling', 'cost models', 'financials', 'financial goals',
      'financial targets', 'financial oversight', 'funding requests', 'cost benefit analysis', 'fiscal',
    ],
  },
};

/** The entry's rules (see LexiconEntry in ./skills-lexicon-schema.ts), with `caseSensitive` for its caseSensitiveAliases. */
type OtherOptions = Pick<LexiconEntry, 'needsSkillCue' | 'managesParty' | 'roleCue'> & { caseSensitive?: string[] };
type OtherSpec = [id: string, label: string, category: SkillCategory, aliases: string[], options?: OtherOptions];
/** Industry / product-domain entries: named by a posting's products as often as asked of the candidate. */
const CUE: OtherOptions = { needsSkillCue: true };
/** Tools, hardware and vendors of AI/ML work: a role naming them is about AI. */
const AI_WORK: OtherOptions = { roleCue: { kind: 'ai' } };
/** Domains whose program roles are not AI roles, even at an AI company. */
const OTHER_DOMAIN: OtherOptions = { roleCue: { kind: 'otherDomain' } };
const OTHER_DOMAIN_CUE: OtherOptions = { ...CUE, ...OTHER_DOMAIN };
/** Skills of dealing with a party ("manage vendor teams" asks for vendor management). */
const PARTY: OtherOptions = { managesParty: true };
/** Livestock work, where "AI technicians" inseminate cattle. */
const LIVESTOCK: OtherOptions = { ...CUE, roleCue: { kind: 'otherDomain', bareAiMeans: 'livestock breeding (artificial insemination)' } };

/** Skills AI program-manager postings ask for that no pathway skill covers. */
const OTHER_SKILLS: OtherSpec[] = [
  ['python', 'python', 'language', ['python', 'python3']],
  ['java', 'java', 'language', ['java']],
  ['javascript', 'javascript', 'language', ['javascript', 'js']],
  ['typescript', 'typescript', 'language', ['typescript']],
  ['golang', 'go', 'language', ['golang', 'go programming']],
  ['cpp', 'c++', 'language', ['c++', 'cpp']],
  ['csharp', 'c#', 'language', ['c#']],
  ['rust', 'rust', 'language', ['rust']],
  ['scala', 'scala', 'language', ['scala']],
  ['r-language', 'r', 'language', ['r programming', 'rstudio']],
  ['ruby', 'ruby', 'language', ['ruby', 'ruby on rails']],
  ['kotlin', 'kotlin', 'language', ['kotlin']],
  ['swift', 'swift', 'language', ['swift']],
  ['shell-scripting', 'shell scripting', 'language', ['bash', 'shell scripting', 'shell scripts']],
  ['matlab', 'matlab', 'language', ['matlab']],
  ['spark', 'spark', 'tool', ['spark', 'apache spark', 'pyspark']],
  ['hadoop', 'hadoop', 'tool', ['hadoop', 'hive']],
  ['kafka', 'kafka', 'tool', ['kafka', 'apache kafka']],
  ['airflow', 'airflow', 'tool', ['airflow', 'apache airflow']],
  ['dbt', 'dbt', 'tool', ['dbt']],
  ['pandas', 'pandas', 'tool', ['pandas', 'numpy']],
  ['pytorch', 'pytorch', 'tool', ['pytorch', 'torch'], AI_WORK],
  ['tensorflow', 'tensorflow', 'tool', ['tensorflow', 'keras'], AI_WORK],
  ['jax', 'jax', 'tool', ['jax'], AI_WORK],
  ['scikit-learn', 'scikit-learn', 'tool', ['scikit-learn', 'sklearn']],
  ['hugging-face', 'hugging face', 'tool', ['hugging face', 'huggingface'], AI_WORK],
  ['langchain', 'langchain', 'tool', ['langchain', 'llamaindex'], AI_WORK],
  ['jupyter', 'jupyter', 'tool', ['jupyter', 'jupyter notebooks']],
  ['tableau', 'tableau', 'tool', ['tableau']],
  ['looker', 'looker', 'tool', ['looker']],
  ['power-bi', 'power bi', 'tool', ['power bi', 'powerbi']],
  ['excel', 'excel', 'tool', ['microsoft excel', 'advanced excel', 'excel spreadsheets', 'spreadsheets', 'google sheets']],
  ['jira', 'jira', 'tool', ['jira', 'jira align']],
  ['confluence', 'confluence', 'tool', ['confluence']],
  ['asana', 'asana', 'tool', ['asana']],
  ['smartsheet', 'smartsheet', 'tool', ['smartsheet']],
  ['ms-project', 'ms project', 'tool', ['ms project', 'microsoft project']],
  ['trello', 'trello', 'tool', ['trello']],
  ['git', 'git', 'tool', ['git', 'github', 'gitlab', 'version control']],
  ['linux', 'linux', 'tool', ['linux', 'unix']],
  ['salesforce', 'salesforce', 'tool', ['salesforce']],
  ['servicenow', 'servicenow', 'tool', ['servicenow']],
  ['sap', 'sap', 'tool', ['sap erp', 'sap s/4hana'], { caseSensitive: ['SAP'] }],
  ['workday', 'workday', 'tool', ['workday']],
  ['figma', 'figma', 'tool', ['figma']],
  ['microsoft-office', 'microsoft office', 'tool', ['microsoft office', 'ms office', 'office 365', 'microsoft 365', 'powerpoint']],
  ['google-workspace', 'google workspace', 'tool', ['google workspace', 'g suite']],
  ['vendor-management', 'vendor management', 'management', ['vendor management', 'vendors', 'vendor', 'vendor relationships', 'supplier management', 'suppliers', 'third-party vendors'], PARTY],
  ['contract-management', 'contract management', 'business', ['contract management', 'contracts', 'contract negotiation', 'statements of work', 'sows'], PARTY],
  ['procurement', 'procurement', 'business', ['procurement', 'purchasing', 'sourcing']],
  ['capacity-planning', 'capacity planning', 'management', ['capacity planning', 'capacity management', 'capacity models', 'capacity modeling', 'capacity modelling']],
  ['resource-planning', 'resource planning', 'management', ['resource planning', 'resource allocation', 'resourcing', 'headcount planning']],
  ['change-management', 'change management', 'management', ['change management', 'organizational change', 'change enablement']],
  ['process-improvement', 'process improvement', 'method', ['process improvement', 'process improvements', 'continuous improvement', 'operational excellence', 'process optimization', 'streamline processes']],
  ['okrs', 'okrs', 'management', ['okrs', 'okr', 'objectives and key results']],
  ['kpis-and-metrics', 'kpis and metrics', 'management', ['kpis', 'kpi', 'success metrics', 'key metrics', 'program metrics', 'delivery metrics', 'operational metrics', 'business metrics', 'performance metrics', 'outcome metrics', 'metrics frameworks', 'metrics-driven', 'define metrics', 'track metrics', 'key performance indicators', 'dashboards', 'dashboard', 'scorecards', 'scorecard']],
  ['data-driven-decision-making', 'data-driven decision making', 'management', ['data-driven', 'data driven decisions', 'data-informed', 'using data to drive decisions']],
  ['technical-writing', 'technical writing', 'business', ['technical writing', 'technical writer']],
  ['technical-documentation', 'technical documentation', 'business', ['technical documentation', 'program documentation', 'project documentation', 'process documentation', 'architecture documentation', 'system documentation', 'user documentation', 'documentation skills', 'write documentation', 'writing documentation', 'runbooks', 'runbook', 'playbooks', 'playbook', 'specifications', 'requirements documents', 'prds']],
  ['hiring', 'hiring', 'people', ['hiring', 'recruiting', 'recruitment', 'interviewing', 'talent acquisition'], PARTY],
  ['mentoring', 'mentoring', 'people', ['mentoring', 'mentorship', 'coaching', 'mentor'], PARTY],
  ['people-management', 'people management', 'people', ['people management', 'managing people', 'direct reports', 'line management', 'team management', 'performance management', 'managing managers'], PARTY],
  ['team-leadership', 'team leadership', 'people', ['team leadership', 'leading teams', 'team building', 'building teams', 'high-performing teams'], PARTY],
  ['strategic-planning', 'strategic planning', 'management', ['strategic planning', 'strategic thinking', 'strategy development', 'long-term planning', 'annual planning', 'quarterly planning']],
  ['roadmap-planning', 'roadmap planning', 'management', ['roadmap', 'roadmaps', 'roadmapping', 'technical roadmap', 'product roadmap']],
  ['product-management', 'product management', 'business', ['product management', 'product development lifecycle', 'product lifecycle', 'product requirements', 'product sense']],
  ['product-strategy', 'product strategy', 'business', ['product strategy', 'product vision', 'product-market fit']],
  ['go-to-market', 'go-to-market', 'business', ['go-to-market', 'gtm', 'go to market strategy']],
  ['launch-management', 'launch management', 'management', ['launches', 'launch', 'product launches', 'launch readiness', 'launch planning']],
  ['release-management', 'release management', 'management', ['release management', 'releases', 'release planning', 'release coordination', 'release cycles']],
  ['incident-management', 'incident management', 'infrastructure', ['incident management', 'incident response', 'incidents', 'postmortems', 'post-mortems', 'root cause analysis']],
  ['on-call-support', 'on-call support', 'infrastructure', ['on-call', 'on call rotation', 'pager duty', 'pagerduty']],
  ['sla-management', 'sla management', 'management', ['slas', 'sla', 'service level agreements', 'service level objectives', 'slos', 'slo']],
  ['quality-assurance', 'quality assurance', 'method', ['quality assurance', 'qa', 'quality control', 'quality standards', 'test plans']],
  ['software-testing', 'software testing', 'method', ['software testing', 'test automation', 'automated testing', 'unit testing', 'integration testing']],
  ['user-research', 'user research', 'business', ['user research', 'customer research', 'usability testing', 'user interviews']],
  ['ux-design', 'ux design', 'business', ['ux', 'user experience', 'ui design', 'ux design', 'interaction design']],
  ['ab-testing', 'a/b testing', 'data', ['a/b testing', 'a/b tests', 'ab testing', 'experimentation', 'experiment design', 'online experiments']],
  ['statistics', 'statistics', 'data', ['statistics', 'statistical analysis', 'statistical methods', 'statistical modeling', 'econometrics', 'hypothesis testing', 'regression']],
  ['causal-inference', 'causal inference', 'data', ['causal inference', 'causal analysis']],
  ['data-analysis', 'data analysis', 'data', ['data analysis', 'analyzing data', 'analyze data', 'quantitative analysis', 'analytical skills', 'analytics']],
  ['data-visualization', 'data visualization', 'data', ['data visualization', 'visualizations', 'data storytelling']],
  ['business-intelligence', 'business intelligence', 'data', ['business intelligence', 'bi tools', 'reporting tools']],
  ['data-science', 'data science', 'data', ['data science', 'data scientist']],
  ['product-analytics', 'product analytics', 'data', ['product analytics', 'product metrics', 'user behavior', 'funnel analysis']],
  ['forecasting', 'forecasting', 'data', ['demand forecasting', 'forecasting models', 'forecasting methods', 'time series forecasting', 'sales forecasting', 'predictive analytics', 'predictive modeling']],
  ['operations-management', 'operations management', 'management', ['operations management', 'business operations', 'operational management', 'running operations']],
  ['supply-chain', 'supply chain', 'domain', ['supply chain', 'supply chains', 'logistics', 'inventory management']],
  ['hardware-integration', 'hardware integration', 'infrastructure', ['hardware integration', 'hardware integrations', 'hardware design', 'hardware development', 'hardware engineering', 'hardware bring-up', 'silicon']],
  ['semiconductors', 'semiconductors', 'domain', ['semiconductors', 'semiconductor', 'chip design', 'asic', 'asics', 'fpga', 'fpgas'], CUE],
  ['optics', 'optics', 'domain', ['optics', 'optical', 'optical design', 'photonics', 'lasers'], CUE],
  ['gpu-clusters', 'gpu clusters', 'infrastructure', ['gpu', 'gpus', 'gpu clusters', 'accelerators', 'accelerator', 'tpu', 'tpus', 'accelerated computing', 'compute capacity', 'compute clusters', 'compute resources', 'ml compute'], AI_WORK],
  ['hpc', 'high-performance computing', 'infrastructure', ['hpc', 'high-performance computing', 'high performance computing', 'supercomputing']],
  ['data-center-operations', 'data center operations', 'infrastructure', ['data center', 'data centers', 'datacenter', 'datacenters', 'data centre', 'colocation'], OTHER_DOMAIN],
  ['networking', 'networking', 'infrastructure', ['networking', 'network infrastructure', 'network engineering', 'tcp/ip', 'interconnect', 'interconnects']],
  ['storage-systems', 'storage systems', 'infrastructure', ['storage systems', 'object storage', 'storage infrastructure', 'distributed storage']],
  ['observability', 'observability', 'infrastructure', ['observability', 'monitoring and alerting', 'monitoring systems', 'monitoring tools', 'production monitoring', 'system monitoring', 'model monitoring', 'alerting', 'telemetry', 'logging and monitoring']],
  ['performance-optimization', 'performance optimization', 'infrastructure', ['performance optimization', 'performance tuning', 'performance engineering', 'latency optimization', 'throughput optimization', 'utilization optimization']],
  ['reliability', 'reliability', 'infrastructure', ['reliability engineering', 'service reliability', 'system reliability', 'systems reliability', 'platform reliability', 'resilience engineering']],
  ['disaster-recovery', 'disaster recovery', 'infrastructure', ['disaster recovery', 'business continuity', 'failover']],
  ['security', 'security', 'security-compliance', ['security', 'cybersecurity', 'information security', 'infosec', 'application security', 'network security', 'security controls']],
  ['security-compliance', 'security compliance', 'security-compliance', ['security compliance', 'compliance', 'regulatory compliance', 'compliance requirements', 'compliance frameworks', 'regulatory requirements']],
  ['soc-2', 'soc 2', 'security-compliance', ['soc 2', 'soc2', 'soc ii']],
  ['iso-27001', 'iso 27001', 'security-compliance', ['iso 27001', 'iso/iec 27001', 'iso27001']],
  ['fedramp', 'fedramp', 'security-compliance', ['fedramp']],
  ['hipaa', 'hipaa', 'security-compliance', ['hipaa']],
  ['gdpr', 'gdpr', 'security-compliance', ['gdpr', 'ccpa']],
  ['pci-dss', 'pci dss', 'security-compliance', ['pci dss', 'pci-dss', 'pci compliance']],
  ['privacy', 'privacy', 'security-compliance', ['data privacy', 'data protection', 'privacy engineering', 'privacy compliance', 'privacy regulations', 'privacy reviews', 'privacy by design', 'privacy programs']],
  ['audit', 'audit', 'security-compliance', ['audit', 'audits', 'auditing', 'internal audit', 'audit readiness']],
  ['threat-modeling', 'threat modeling', 'security-compliance', ['threat modeling', 'threat models', 'penetration testing', 'vulnerability management']],
  ['identity-access-management', 'identity and access management', 'security-compliance', ['identity and access management', 'iam', 'access controls', 'access control', 'sso', 'single sign-on']],
  ['legal', 'legal review', 'business', ['legal review', 'legal reviews', 'legal requirements', 'legal and regulatory', 'legal compliance', 'legal frameworks', 'regulatory affairs']],
  ['public-policy', 'public policy', 'domain', ['public policy', 'policy development', 'policy analysis', 'policy implementation', 'policy writing', 'regulatory policy', 'government relations']],
  ['content-moderation', 'content moderation', 'domain', ['content moderation', 'content policy', 'abuse detection', 'fraud detection', 'fraud prevention']],
  ['partnerships', 'partnerships', 'business', ['partnerships', 'partnership', 'partner management', 'strategic partnerships', 'alliances'], PARTY],
  ['customer-success', 'customer success', 'business', ['customer success', 'customer engagement', 'customer experience', 'customer-facing', 'client-facing', 'customer relationships'], PARTY],
  ['enterprise-customers', 'enterprise customers', 'business', ['enterprise customers', 'enterprise clients', 'enterprise software', 'enterprise readiness', 'b2b'], PARTY],
  ['sales', 'sales', 'business', ['sales', 'pre-sales', 'business development', 'account management'], CUE],
  ['marketing', 'marketing', 'business', ['marketing', 'product marketing', 'growth marketing'], CUE],
  ['pricing', 'pricing', 'business', ['pricing', 'packaging', 'monetization', 'revenue optimization', 'revenue']],
  ['consulting', 'consulting', 'business', ['consulting', 'management consulting', 'advisory'], CUE],
  ['problem-solving', 'problem solving', 'people', ['problem solving', 'problem-solving', 'troubleshooting', 'critical thinking']],
  ['decision-making-under-pressure', 'decision making under pressure', 'people', ['decision making', 'decision-making', 'under pressure', 'judgment', 'sound judgment']],
  ['bias-for-action', 'bias for action', 'people', ['bias for action', 'bias toward action', 'bias towards action', 'bias to action']],
  ['ambiguity', 'comfort with ambiguity', 'people', ['ambiguity', 'ambiguous', 'fast-paced', 'fast paced', 'startup environment']],
  ['prioritization', 'prioritization', 'management', ['prioritization', 'prioritize', 'prioritizing', 'competing priorities', 'trade-offs', 'tradeoffs']],
  ['time-management', 'time management', 'people', ['time management', 'multitasking', 'multi-tasking', 'juggle multiple']],
  ['organizational-skills', 'organizational skills', 'people', ['organizational skills', 'highly organized', 'organized', 'attention to detail', 'detail-oriented', 'detail oriented']],
  ['conflict-resolution', 'conflict resolution', 'people', ['conflict resolution', 'resolve conflicts', 'resolving conflicts', 'escalations', 'escalation management']],
  ['facilitation', 'facilitation', 'people', ['facilitation', 'workshop facilitation', 'facilitate', 'facilitating', 'run meetings']],
  ['training-and-enablement', 'training and enablement', 'people', ['enablement', 'training programs', 'training materials', 'onboarding', 'knowledge sharing']],
  ['knowledge-management', 'knowledge management', 'management', ['knowledge management', 'knowledge base', 'wikis']],
  ['grant-management', 'grant management', 'business', ['grantmaking', 'grants', 'grant management', 'funding programs']],
  ['research-coordination', 'research coordination', 'domain', ['research coordination', 'research operations', 'research programs', 'research partnerships', 'academic partnerships', 'scientific research']],
  ['lean-six-sigma', 'lean six sigma', 'method', ['six sigma', 'lean six sigma', 'lean methodology', 'kaizen']],
  ['itil', 'itil', 'method', ['itil', 'it service management', 'itsm']],
  ['togaf', 'togaf', 'method', ['togaf']],
  ['design-thinking', 'design thinking', 'method', ['design thinking', 'human-centered design']],
  ['okr-governance', 'operating cadence', 'management', ['operating cadence', 'operating rhythm', 'business reviews', 'quarterly business reviews', 'qbrs']],
  ['executive-presence', 'executive presence', 'people', ['executive presence']],
  ['mobile-development', 'mobile development', 'domain', ['mobile development', 'ios', 'android', 'mobile apps']],
  ['frontend-development', 'frontend development', 'domain', ['frontend', 'front-end', 'react', 'web development', 'html', 'css']],
  ['backend-development', 'backend development', 'domain', ['backend development', 'back-end development', 'server-side', 'backend engineering']],
  ['full-stack-development', 'full-stack development', 'domain', ['full-stack', 'full stack']],
  ['software-engineering', 'software engineering', 'domain', ['software engineering', 'software development', 'coding', 'programming', 'engineering background']],
  ['technical-background', 'technical background', 'domain', ['technical background', 'technical depth', 'technical expertise', 'technical fluency', 'technical acumen', 'technical degree']],
  ['computer-science-degree', 'computer science degree', 'domain', ['computer science', 'computer engineering', 'electrical engineering', 'stem degree', 'stem']],
  ['advanced-degree', 'advanced degree', 'domain', ['phd', 'ph.d', "master's degree", 'masters degree', 'mba', 'advanced degree']],
  ['robotics', 'robotics', 'domain', ['robotics', 'robots', 'autonomous systems'], CUE],
  ['autonomous-vehicles', 'autonomous vehicles', 'domain', ['autonomous vehicles', 'autonomous driving', 'self-driving', 'adas'], CUE],
  ['simulation', 'simulation', 'domain', ['simulation', 'simulations', 'digital twin'], CUE],
  ['embedded-systems', 'embedded systems', 'domain', ['embedded systems', 'firmware', 'embedded software'], CUE],
  ['iot', 'iot', 'domain', ['iot', 'internet of things', 'edge computing', 'edge devices'], CUE],
  ['edge-ai', 'on-device ml', 'ai', ['on-device', 'on device'], AI_WORK],
  ['healthcare', 'healthcare', 'domain', ['healthcare', 'health care', 'healthcare domain', 'healthcare industry', 'health tech', 'healthtech', 'digital health', 'ehr', 'electronic health records', 'clinical workflows', 'clinical operations', 'clinical research', 'clinical trials', 'clinical informatics', 'clinical data', 'medical devices'], CUE],
  ['life-sciences', 'life sciences', 'domain', ['life sciences', 'biology', 'drug discovery', 'biotech', 'genomics'], CUE],
  ['financial-services', 'financial services', 'domain', ['financial services', 'banking', 'fintech', 'insurance'], CUE],
  ['public-sector', 'public sector', 'domain', ['public sector', 'government', 'state agencies', 'federal agencies'], CUE],
  ['education-sector', 'education', 'domain', ['higher education', 'k-12', 'edtech'], CUE],
  ['construction-management', 'construction management', 'domain', ['construction', 'construction management', 'commissioning', 'general contractors', 'mep'], OTHER_DOMAIN],
  ['facilities', 'facilities', 'domain', ['facilities', 'real estate', 'workplace operations'], OTHER_DOMAIN_CUE],
  ['energy-power', 'power and energy', 'domain', ['energy', 'utilities', 'electrical power', 'power systems', 'power infrastructure', 'power and cooling', 'cooling'], OTHER_DOMAIN_CUE],
  ['agriculture', 'agriculture', 'domain', ['agriculture', 'livestock', 'cattle', 'dairy', 'beef', 'bovine', 'herd', 'herds', 'breeding', 'insemination', 'artificial insemination', 'semen', 'genetics', 'farm', 'farms', 'ranch', 'ranchers', 'veterinary'], LIVESTOCK],
  ['manufacturing', 'manufacturing', 'domain', ['manufacturing', 'production lines', 'npi', 'new product introduction']],
  ['hr-operations', 'hr operations', 'people', ['hr', 'human resources', 'people operations', 'hris', 'payroll', 'immigration', 'benefits administration'], OTHER_DOMAIN],
  ['talent-management', 'talent management', 'people', ['internal mobility', 'talent management', 'career development', 'employee development', 'learning and development', 'employee experience'], OTHER_DOMAIN],
  ['event-planning', 'event planning', 'business', ['event planning', 'event management', 'conference planning', 'event logistics']],
  ['customer-support', 'customer support', 'business', ['customer support', 'technical support', 'support operations', 'help desk']],
  ['solutions-engineering', 'solutions engineering', 'business', ['solutions engineering', 'solution engineering', 'sales engineering', 'solutions architecture']],
  ['m-and-a', 'mergers and acquisitions', 'business', ['mergers and acquisitions', 'm&a', 'due diligence', 'integration programs']],
  ['localization', 'localization', 'domain', ['localization', 'internationalization', 'globalization', 'translation management']],
  ['accessibility', 'accessibility', 'domain', ['accessibility', 'a11y', 'wcag']],
  ['open-source', 'open source', 'domain', ['open source', 'open-source'], CUE],
  ['search-systems', 'search systems', 'domain', ['search systems', 'search infrastructure', 'search quality', 'information retrieval', 'search ranking'], CUE],
  ['ads-systems', 'ads', 'domain', ['ads', 'advertising', 'ad tech'], CUE],
  ['video-media', 'video and media', 'domain', ['video', 'streaming', 'digital media', 'media processing'], CUE],
  ['image-processing', 'image processing', 'domain', ['image processing', 'image classification', 'image analysis', 'image recognition', 'medical imaging', 'imaging systems'], CUE],
  ['data-labeling-vendors', 'annotation vendor management', 'management', ['annotation vendors', 'labeling vendors', 'crowdsourcing', 'human raters', 'raters'], { ...AI_WORK, ...PARTY }],
  ['benchmarking', 'benchmarking', 'data', ['benchmarking', 'benchmark design', 'benchmark development']],
  ['technical-strategy', 'technical strategy', 'management', ['technical strategy', 'technology strategy', 'technical vision']],
  ['operational-planning', 'operational planning', 'management', ['operational planning', 'operations planning', 'planning cycles']],
  ['program-evaluation', 'program evaluation', 'management', ['program evaluation', 'impact measurement', 'impact evaluation', 'post-launch review', 'lessons learned']],
  ['cost-optimization', 'cost optimization', 'business', ['cost optimization', 'cost reduction', 'cost savings', 'efficiency gains']],
  ['executive-reporting', 'executive reporting', 'management', ['executive reporting', 'program reporting', 'status reports', 'status reporting', 'weekly reports']],
  ['customer-requirements', 'requirements gathering', 'business', ['requirements gathering', 'requirements analysis', 'gather requirements', 'business requirements', 'user stories']],
  ['portfolio-management', 'portfolio management', 'management', ['portfolio management', 'project portfolio', 'program portfolio']],
  ['operational-readiness', 'operational readiness', 'management', ['operational readiness', 'readiness reviews', 'go/no-go', 'go-live']],
  ['mlperf-evaluation', 'model benchmarking', 'ai', ['leaderboards', 'mlperf'], AI_WORK],
  ['research-ethics', 'research ethics', 'domain', ['irb', 'institutional review board', 'research ethics']],
  ['technical-communication', 'technical presentations', 'business', ['technical presentations', 'whitepapers', 'white papers', 'technical blogs']],
  ['workforce-planning', 'workforce planning', 'people', ['workforce planning', 'org design', 'organizational design']],
  ['community-management', 'community management', 'business', ['community management', 'developer relations', 'devrel', 'community building'], PARTY],
  ['innovation', 'innovation', 'management', ['innovation management', 'innovation programs', 'proof of concept', 'proofs of concept', 'pilots', 'prototyping', 'prototypes']],
  ['digital-transformation', 'digital transformation', 'management', ['digital transformation', 'platform modernization', 'legacy modernization', 'application modernization', 'it modernization', 'modernization programs', 'transformation programs']],
  ['blockchain', 'blockchain', 'domain', ['blockchain', 'web3', 'crypto'], CUE],
  ['erp', 'erp systems', 'tool', ['erp', 'oracle erp', 'netsuite']],
  ['crm', 'crm systems', 'tool', ['crm', 'hubspot']],
  ['low-code', 'low-code platforms', 'tool', ['low-code', 'no-code', 'power automate', 'power apps']],
  ['rpa', 'robotic process automation', 'tool', ['rpa', 'robotic process automation', 'uipath']],
  ['automation', 'automation', 'method', ['automation', 'workflow automation', 'intelligent automation', 'process automation']],
];

function mergeAliases(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const a of list) {
      const key = a.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  return out;
}

function pathwayEntries(): LexiconEntry[] {
  const skills = [...pathway.transferableSkills, ...pathway.skillsToLearn];
  return skills.map((s) => {
    const extra = PATHWAY_PHRASINGS[s.id];
    return {
      id: s.id,
      label: s.name,
      category: 'pathway' as const,
      // The pathway's own name and canonical aliases come first; ours add the posting phrasings.
      aliases: mergeAliases([s.name], s.aliases, extra.aliases),
      ...(extra.caseSensitive ? { caseSensitiveAliases: extra.caseSensitive } : {}),
      pathwaySkillId: s.id,
      ...(extra.roleCue ? { roleCue: extra.roleCue } : {}),
    };
  });
}

export const skillsLexicon: readonly LexiconEntry[] = [
  ...pathwayEntries(),
  ...OTHER_SKILLS.map(([id, label, category, aliases, options]): LexiconEntry => {
    const { caseSensitive, ...rules } = options ?? {};
    return { id, label, category, aliases, ...(caseSensitive ? { caseSensitiveAliases: caseSensitive } : {}), ...rules };
  }),
];
