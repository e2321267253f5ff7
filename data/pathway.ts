import type { Pathway } from '../lib/pathway/schema';

/**
 * The whole career pathway of the seed (`../shared/seed/backend-developer-to-ai-program-manager.txt`) as data.
 *
 * Typed, not parsed here: this module ships in the content script too, and parsing at load would cost
 * start-up time on every job page. `tests/pathway/pathway.test.ts` parses it with `PathwaySchema`.
 *
 * Aliases are short canonical search terms that the analysis lexicon matches in postings, so each must
 * point at one skill only — no bare common words ("agile", "risk", "budget", "AI").
 * Checklist ids (tasks, action plan) are stored with the user's progress: never rename them.
 */
export const pathway: Pathway = {
  meta: {
    fromRole: 'Backend Developer',
    toRole: 'AI Program Manager',
    headline: 'From Backend Developer to AI Program Manager: Your 9-Month Transition Guide',
    difficulty: 'Challenging',
    timeline: { label: '9–12 months', minMonths: 9, maxMonths: 12 },
    salaryChange: { label: '+20%', percent: 20 },
    demand:
      'Very high demand as organizations seek leaders who can manage complex AI projects across teams and ensure alignment with business strategy.',
  },

  overview: [
    'Your deep technical background as a Backend Developer gives you a powerful edge in transitioning to AI Program Manager. You already understand how systems are built, how APIs work, and how data flows—critical knowledge for managing AI projects that rely on robust infrastructure and data pipelines. AI Program Managers need to bridge the gap between technical teams and business stakeholders, and your hands-on experience with cloud platforms, databases, and system architecture means you can earn credibility quickly with engineers and data scientists.',
    "This transition leverages your existing skills while expanding into strategic program management, stakeholder communication, and AI/ML fundamentals. You'll move from building features to orchestrating entire AI initiatives—defining scope, managing risks, and ensuring delivery aligns with business goals. The salary potential is higher, and demand for AI Program Managers is surging as companies race to deploy AI at scale. Your backend expertise is not a departure but a foundation for a more impactful, strategic role.",
  ],

  transferableSkills: [
    {
      id: 'api-development',
      name: 'API Development',
      explanation:
        'You understand how AI models are integrated via APIs—critical for managing AI product integrations and ensuring smooth deployment.',
      aliases: ['API development', 'API design', 'API integration', 'REST API', 'RESTful API', 'GraphQL', 'gRPC', 'OpenAPI'],
    },
    {
      id: 'system-architecture',
      name: 'System Architecture',
      explanation:
        'Designing scalable backend systems translates to planning AI system architectures, including data pipelines and model serving infrastructure.',
      aliases: [
        'system architecture',
        'system design',
        'software architecture',
        'solution architecture',
        'distributed systems',
        'microservices',
        'scalable systems',
        'model serving',
      ],
    },
    {
      id: 'cloud-platforms',
      name: 'Cloud Platforms',
      qualifier: 'AWS/GCP',
      explanation:
        'AI projects often run on cloud ML services (e.g., SageMaker, Vertex AI). Your cloud expertise helps you oversee infrastructure and cost optimization.',
      aliases: [
        'cloud platforms',
        'cloud computing',
        'cloud infrastructure',
        'AWS',
        'Amazon Web Services',
        'GCP',
        'Google Cloud',
        'Azure',
        'SageMaker',
        'Vertex AI',
        'Azure Machine Learning',
      ],
    },
    {
      id: 'sql-data-management',
      name: 'SQL and Data Management',
      explanation:
        'AI projects rely heavily on data quality and preparation. Your SQL skills enable you to understand data requirements and validate data readiness.',
      aliases: [
        'SQL',
        'data management',
        'relational databases',
        'database design',
        'data modeling',
        'PostgreSQL',
        'MySQL',
        'data quality',
        'data preparation',
      ],
    },
    {
      id: 'devops-cicd',
      name: 'DevOps and CI/CD',
      explanation:
        'Managing ML model deployment pipelines (MLOps) is similar to DevOps. Your experience with automation and continuous delivery is directly applicable.',
      aliases: [
        'DevOps',
        'CI/CD',
        'MLOps',
        'continuous integration',
        'continuous delivery',
        'continuous deployment',
        'deployment pipelines',
        'model deployment',
        'infrastructure as code',
      ],
    },
    {
      id: 'agile-scrum',
      name: 'Agile/Scrum',
      qualifier: 'from development teams',
      explanation:
        "You've likely participated in agile ceremonies, giving you a foundation to lead sprint planning and stand-ups for AI project teams.",
      aliases: [
        'Agile/Scrum',
        'Scrum',
        'Agile methodology',
        'Agile development',
        'agile ceremonies',
        'sprint planning',
        'stand-ups',
        'Kanban',
      ],
    },
  ],

  skillsToLearn: [
    {
      id: 'stakeholder-management',
      name: 'Stakeholder Management and Communication',
      importance: 'Important',
      weeks: 6,
      howToLearn:
        "Practice through leading cross-functional meetings, or take 'Strategic Communication' on LinkedIn Learning. Read 'The Art of Stakeholder Management'.",
      resources: [
        { provider: 'LinkedIn Learning', title: 'Strategic Communication' },
        { provider: 'Book', title: 'The Art of Stakeholder Management' },
      ],
      aliases: [
        'stakeholder management',
        'stakeholder communication',
        'stakeholder engagement',
        'stakeholder alignment',
        'cross-functional leadership',
        'cross-functional collaboration',
        'executive communication',
        'strategic communication',
        'influencing without authority',
      ],
      phases: [2, 3],
    },
    {
      id: 'ai-risk-management',
      name: 'Risk Management for AI Projects',
      importance: 'Important',
      weeks: 4,
      howToLearn:
        "Study AI risk frameworks (e.g., NIST AI Risk Management Framework) and take 'AI Risk Management' course on edX.",
      resources: [
        {
          provider: 'NIST',
          title: 'AI Risk Management Framework',
          url: 'https://www.nist.gov/itl/ai-risk-management-framework',
        },
        { provider: 'edX', title: 'AI Risk Management' },
      ],
      aliases: [
        'AI risk management',
        'NIST AI RMF',
        'NIST AI Risk Management Framework',
        'responsible AI',
        'AI governance',
        'AI ethics',
        'model risk management',
        'EU AI Act',
        'ISO/IEC 42001',
      ],
      phases: [3],
    },
    {
      id: 'program-management-frameworks',
      name: 'Program Management Frameworks',
      qualifier: 'e.g., PMP, PRINCE2',
      importance: 'Critical',
      weeks: 12,
      howToLearn:
        "Enroll in PMP certification prep course (e.g., PMI's official training or Coursera's 'PMP Exam Prep') and study the PMBOK guide.",
      resources: [
        {
          provider: 'PMI',
          title: 'PMP certification official training',
          url: 'https://www.pmi.org/certifications/project-management-pmp',
        },
        { provider: 'Coursera', title: 'PMP Exam Prep' },
        { provider: 'PMI', title: 'PMBOK Guide' },
      ],
      aliases: [
        'PMP',
        'Project Management Professional',
        'PgMP',
        'Program Management Professional',
        'PRINCE2',
        'PMBOK',
        'program management',
        'programme management',
        'project management',
      ],
      // Studied from phase 1 on; the PMP exam itself is taken in phase 4.
      phases: [1, 2, 3, 4],
    },
    {
      id: 'ai-ml-fundamentals',
      name: 'AI/ML Fundamentals',
      importance: 'Critical',
      weeks: 8,
      howToLearn:
        "Take Andrew Ng's 'AI For Everyone' on Coursera, then 'Machine Learning' specialization to understand model types, training, and evaluation.",
      resources: [
        {
          provider: 'Coursera',
          title: 'AI For Everyone',
          author: 'Andrew Ng',
          url: 'https://www.coursera.org/learn/ai-for-everyone',
        },
        {
          provider: 'Coursera',
          title: 'Machine Learning Specialization',
          author: 'Andrew Ng',
          url: 'https://www.coursera.org/specializations/machine-learning-introduction',
        },
      ],
      aliases: [
        'AI/ML',
        'ML/AI',
        'AI/ML fundamentals',
        'machine learning',
        'artificial intelligence',
        'deep learning',
        'AI literacy',
        'model training',
        'model evaluation',
        'large language models',
        'generative AI',
      ],
      phases: [1, 2],
    },
    {
      id: 'agile-certification',
      name: 'Agile Certification',
      qualifier: 'e.g., Certified ScrumMaster',
      importance: 'Nice to have',
      weeks: 2,
      howToLearn: "Attend a 2-day CSM course (Scrum Alliance) or take 'Agile Project Management' on Coursera.",
      resources: [
        {
          provider: 'Scrum Alliance',
          title: 'Certified ScrumMaster (CSM) course',
          url: 'https://www.scrumalliance.org/get-certified/scrum-master-track/certified-scrummaster',
        },
        { provider: 'Coursera', title: 'Agile Project Management' },
      ],
      aliases: [
        'CSM',
        'Certified ScrumMaster',
        'Certified Scrum Master',
        'PSM',
        'Professional Scrum Master',
        'PMI-ACP',
        'agile certification',
        'Scrum certification',
        'SAFe Agilist',
      ],
      phases: [2],
    },
    {
      id: 'financial-budget-management',
      name: 'Financial and Budget Management',
      importance: 'Nice to have',
      weeks: 4,
      howToLearn: "Learn via 'Financial Planning for Projects' on Coursera or internal company training on budget tracking.",
      resources: [
        { provider: 'Coursera', title: 'Financial Planning for Projects' },
        { provider: 'Your company', title: 'Internal training on budget tracking' },
      ],
      aliases: [
        'budget management',
        'budgeting',
        'budget tracking',
        'financial planning',
        'financial management',
        'cost management',
        'P&L',
        'cost-benefit analysis',
      ],
      // The seed's roadmap schedules no phase for it: say so rather than invent one.
      phases: [],
      selfStudyNote: 'Self-study, 4 weeks: the roadmap gives it no phase of its own.',
    },
  ],

  phases: [
    {
      number: 1,
      title: 'Foundation: AI Literacy and Program Management Basics',
      duration: { label: '8 weeks', minWeeks: 8, maxWeeks: 8 },
      tasks: [
        {
          id: 'p1-ai-for-everyone',
          text: "Complete 'AI For Everyone' (Coursera) to understand AI terminology and use cases.",
        },
        {
          id: 'p1-read-pm-books',
          text: "Read 'The Lean Startup' and 'Project Management for the Unofficial Project Manager'.",
        },
        { id: 'p1-start-pmp-study', text: 'Start studying for PMP certification (read PMBOK chapters 1-5).' },
      ],
      resources: [
        {
          provider: 'Coursera',
          title: 'AI For Everyone',
          author: 'Andrew Ng',
          url: 'https://www.coursera.org/learn/ai-for-everyone',
        },
        {
          provider: 'Book',
          title: 'Project Management for the Unofficial Project Manager',
          author: 'Kogon, Blakemore, and Wood',
        },
        {
          provider: 'PMI.org',
          title: 'PMP Exam Prep Resources',
          url: 'https://www.pmi.org/certifications/project-management-pmp',
        },
      ],
    },
    {
      number: 2,
      title: 'Deep Dive: Machine Learning and Agile Program Management',
      duration: { label: '8 weeks', minWeeks: 8, maxWeeks: 8 },
      tasks: [
        {
          id: 'p2-ml-specialization',
          text: "Take 'Machine Learning' specialization (Coursera) or 'Applied Data Science with Python' (University of Michigan).",
        },
        { id: 'p2-agile-certification', text: 'Obtain Certified ScrumMaster (CSM) or complete Agile certification.' },
        {
          id: 'p2-lead-cross-functional-project',
          text: 'Lead a small cross-functional project at work to practice program coordination.',
        },
      ],
      resources: [
        {
          provider: 'Coursera',
          title: 'Machine Learning',
          author: 'Stanford University',
          url: 'https://www.coursera.org/specializations/machine-learning-introduction',
        },
        {
          provider: 'Scrum Alliance',
          title: 'Certified ScrumMaster (CSM) course',
          url: 'https://www.scrumalliance.org/get-certified/scrum-master-track/certified-scrummaster',
        },
        { provider: 'LinkedIn Learning', title: 'Agile Project Management' },
      ],
    },
    {
      number: 3,
      title: 'Advanced: AI Project Management and Stakeholder Skills',
      duration: { label: '8 weeks', minWeeks: 8, maxWeeks: 8 },
      tasks: [
        {
          id: 'p3-ai-risk-management',
          text: 'Study AI risk management (NIST AI RMF) and apply to a hypothetical project.',
        },
        { id: 'p3-pmp-exam-prep', text: 'Complete PMP exam preparation (full course + practice tests).' },
        { id: 'p3-ai-poc-project', text: 'Volunteer to manage a small AI proof-of-concept project at work.' },
      ],
      resources: [
        { provider: 'edX', title: 'AI Risk Management' },
        {
          provider: 'PMI',
          title: 'PMP Exam Prep Course',
          url: 'https://www.pmi.org/certifications/project-management-pmp',
        },
        { provider: 'Book', title: 'The AI Ladder', author: 'IBM', note: 'free PDF' },
      ],
    },
    {
      number: 4,
      title: 'Certification and Practical Application',
      duration: { label: '8 weeks', minWeeks: 8, maxWeeks: 8 },
      tasks: [
        { id: 'p4-pass-pmp-exam', text: 'Take and pass the PMP exam.' },
        {
          id: 'p4-ai-program-charter',
          text: 'Develop an AI program charter and roadmap for a real or simulated project.',
        },
        {
          id: 'p4-network-ai-pms',
          text: "Network with AI PMs via LinkedIn and attend AI conferences (e.g., O'Reilly AI, NeurIPS workshops).",
        },
      ],
      resources: [
        { provider: 'PMI', title: 'PMP Exam', url: 'https://www.pmi.org/certifications/project-management-pmp' },
        { provider: 'LinkedIn', title: "Join 'AI Program Managers' group" },
        { provider: 'Eventbrite', title: 'Local AI meetups' },
      ],
    },
    {
      number: 5,
      title: 'Job Search and Transition',
      duration: { label: '4–8 weeks', minWeeks: 4, maxWeeks: 8 },
      tasks: [
        {
          id: 'p5-update-resume-linkedin',
          text: 'Update resume and LinkedIn to highlight program management and AI knowledge.',
        },
        {
          id: 'p5-star-interview-prep',
          text: 'Prepare for behavioral interviews using STAR method for AI project examples.',
        },
        {
          id: 'p5-apply-ai-pm-roles',
          text: 'Apply to AI Program Manager roles at tech companies, consultancies, and startups.',
        },
      ],
      resources: [
        { provider: 'LinkedIn', title: 'Optimize profile with new skills' },
        { provider: 'Glassdoor', title: 'Research AI PM salaries' },
        { provider: 'Book', title: 'Cracking the PM Interview', author: 'Gayle Laakmann McDowell' },
      ],
    },
  ],

  realityCheck: {
    love: [
      "You'll have strategic impact, shaping AI initiatives that affect entire organizations.",
      "You'll work with diverse teams (data scientists, engineers, business leaders) and learn constantly.",
      'Your technical background will give you credibility and deep understanding of project challenges.',
      'Higher salary potential and growing demand for AI program leaders.',
    ],
    miss: [
      'Hands-on coding and building systems yourself instead of overseeing others.',
      'The immediate satisfaction of shipping features and fixing bugs.',
      'Deep technical problem-solving and debugging complex issues.',
      'Fewer late-night coding sessions and more meetings.',
    ],
    challenges: [
      'Adapting from a doer role to a delegator and facilitator—letting go of technical control.',
      'Managing ambiguity and uncertainty in AI projects where outcomes are not guaranteed.',
      'Building soft skills like persuasion, negotiation, and conflict resolution from a technical background.',
      'Keeping up with AI advancements while managing day-to-day program responsibilities.',
    ],
  },

  actionPlan: {
    thisWeek: [
      { id: 'week-enroll-ai-for-everyone', text: "Enroll in 'AI For Everyone' on Coursera and start the first module." },
      {
        id: 'week-update-linkedin-headline',
        text: "Update your LinkedIn headline to 'Backend Developer | Aspiring AI Program Manager'.",
      },
      {
        id: 'week-find-coordination-project',
        text: 'Identify one small cross-functional project at work where you can take on coordination tasks.',
      },
    ],
    thisMonth: [
      {
        id: 'month-finish-ai-for-everyone',
        text: "Complete 'AI For Everyone' and write a summary of key AI concepts.",
      },
      { id: 'month-pmp-fundamentals', text: 'Start studying PMP fundamentals (first 3 chapters of PMBOK).' },
      {
        id: 'month-shadow-program-manager',
        text: 'Shadow a program manager at your company or request an informational interview.',
      },
    ],
    next90Days: [
      { id: '90d-schedule-pmp-exam', text: 'Finish PMP exam preparation and schedule the exam.' },
      {
        id: '90d-ml-course',
        text: "Complete a machine learning course (e.g., Andrew Ng's 'Machine Learning' specialization).",
      },
      {
        id: '90d-lead-ai-initiative',
        text: 'Lead a small AI-related initiative at work (e.g., automating a data pipeline) to gain program management experience.',
      },
    ],
  },

  faq: [
    {
      // The seed kept only the answer; this question is written to match it.
      question: 'Do I need deep machine-learning expertise to become an AI Program Manager?',
      answer:
        "Not necessarily. AI Program Managers are valued for their ability to manage projects, not build models. Your backend skills plus foundational AI knowledge (via courses like 'AI For Everyone') are sufficient. Focus on demonstrating how you've managed technical projects and learned AI concepts.",
    },
  ],
};
