/**
 * Short job postings written for this project (never copied from a board), labelled with their language, to
 * measure lib/analysis/language.ts. Each is the size of a real posting's opening: a few sentences and bullets,
 * with the English tool names real postings in every language carry.
 */
export const LANGUAGE_SAMPLES: readonly { readonly lang: string; readonly text: string }[] = [
  // English
  {
    lang: 'en',
    text: `Technical Program Manager, ML Platform
About the role
You will own the delivery plan for our model serving platform and keep research, infrastructure and product aligned.
Requirements:
- 5+ years of program management experience with distributed systems.
- Strong written communication; you can explain trade-offs to executives.
- Experience with AWS, Kubernetes and SQL is a plus.`,
  },
  {
    lang: 'en',
    text: `We are looking for a Delivery Lead who is comfortable working across several teams at once. In this role you
will run sprint planning, track dependencies and report risks to the leadership team. You should have shipped software
before, ideally as a backend engineer, and be able to read a design document critically.`,
  },
  {
    lang: 'en',
    text: `Senior Software Engineer - Payments
What you'll do: design and build the APIs that move money for millions of customers; review code; mentor engineers.
What we're looking for: Java or Go, PostgreSQL, Kafka, CI/CD. Bonus points if you have worked in fintech.
Benefits include private health insurance, a learning budget and 30 days of paid leave.`,
  },
  // French
  {
    lang: 'fr',
    text: `Chef de projet technique IA (H/F)
Au sein de notre équipe plateforme, vous piloterez la livraison des projets d'apprentissage automatique et serez
l'interlocuteur des équipes produit et infrastructure.
Profil recherché :
- Au moins 5 ans d'expérience dans la gestion de projets informatiques.
- Une bonne connaissance des méthodes agiles et de Jira.
- La maîtrise de l'anglais est un plus.`,
  },
  {
    lang: 'fr',
    text: `Nous recherchons un développeur backend pour rejoindre notre équipe à Lyon. Vous travaillerez sur des API
en Python et participerez aux choix d'architecture. Ce poste est ouvert en CDI, avec deux jours de télétravail par
semaine et une mutuelle prise en charge à 100 %.`,
  },
  {
    lang: 'fr',
    text: `Missions principales : coordonner les équipes de développement, suivre le budget du programme et rendre compte
de l'avancement au comité de direction. Vous avez une expérience réussie en gestion de programme et le sens du
service client. Rejoignez une entreprise qui place l'humain au cœur de ses projets !`,
  },
  // German
  {
    lang: 'de',
    text: `Technischer Programmmanager (m/w/d) KI-Plattform
Deine Aufgaben: Du steuerst die Umsetzung unserer Projekte im Bereich maschinelles Lernen und bist Ansprechpartner
für die Teams aus Produkt und Infrastruktur.
Dein Profil:
- Mehrjährige Erfahrung im Projektmanagement, idealerweise mit Scrum.
- Sehr gute Deutsch- und Englischkenntnisse.`,
  },
  {
    lang: 'de',
    text: `Wir suchen eine erfahrene Backend-Entwicklerin oder einen Backend-Entwickler, die oder der unser Team in
München verstärkt. Sie arbeiten mit Java, Kafka und Kubernetes und gestalten die Architektur unserer Dienste mit.
Wir bieten Ihnen flexible Arbeitszeiten, ein Jobticket und 30 Tage Urlaub.`,
  },
  {
    lang: 'de',
    text: `Über uns: Seit zehn Jahren entwickeln wir Software für Krankenhäuser. Was dich erwartet: ein kleines Team,
kurze Entscheidungswege und die Freiheit, eigene Ideen einzubringen. Was du mitbringst: Erfahrung mit SQL und der
Cloud, Freude an sauberem Code und an der Zusammenarbeit mit Kolleginnen und Kollegen.`,
  },
  // Spanish
  {
    lang: 'es',
    text: `Gerente de Programa Técnico - Inteligencia Artificial
Buscamos una persona que coordine los proyectos de aprendizaje automático y sea el enlace entre los equipos de
producto e infraestructura.
Requisitos:
- Al menos cinco años de experiencia en gestión de proyectos.
- Conocimientos de metodologías ágiles y de Jira.
- Nivel alto de inglés.`,
  },
  {
    lang: 'es',
    text: `¿Te apasiona la tecnología? Únete a nuestro equipo en Madrid como desarrollador backend. Trabajarás con
Python y PostgreSQL, diseñarás APIs para nuestros clientes y participarás en las decisiones de arquitectura.
Ofrecemos horario flexible, formación continua y un buen ambiente de trabajo.`,
  },
  {
    lang: 'es',
    text: `Responsabilidades: planificar las entregas del programa, hacer seguimiento del presupuesto y comunicar los
riesgos a la dirección. Valoramos la experiencia previa como ingeniero de software y la capacidad para trabajar con
equipos distribuidos en varios países.`,
  },
  // Italian
  {
    lang: 'it',
    text: `Program Manager Tecnico - Intelligenza Artificiale
Cerchiamo una persona che coordini i progetti di apprendimento automatico e sia il punto di riferimento per i team
di prodotto e infrastruttura.
Requisiti:
- Almeno cinque anni di esperienza nella gestione di progetti.
- Conoscenza delle metodologie agili e di Jira.
- Ottima conoscenza della lingua inglese.`,
  },
  {
    lang: 'it',
    text: `La nostra azienda è alla ricerca di uno sviluppatore backend da inserire nel team di Milano. Lavorerai con
Python e PostgreSQL, progetterai le API per i nostri clienti e parteciperai alle scelte di architettura. Offriamo un
contratto a tempo indeterminato, buoni pasto e smart working.`,
  },
  {
    lang: 'it',
    text: `Responsabilità: pianificare i rilasci del programma, seguire il budget e comunicare i rischi alla direzione.
Sarà considerato un plus l'esperienza come ingegnere del software e la capacità di lavorare con gruppi distribuiti
in più paesi.`,
  },
  // Portuguese
  {
    lang: 'pt',
    text: `Gerente de Programa Técnico - Inteligência Artificial
Procuramos uma pessoa para coordenar os projetos de aprendizado de máquina e fazer a ponte entre as equipes de
produto e infraestrutura.
Requisitos:
- Pelo menos cinco anos de experiência em gestão de projetos.
- Conhecimento de metodologias ágeis e do Jira.
- Inglês avançado.`,
  },
  {
    lang: 'pt',
    text: `Você vai fazer parte do nosso time em São Paulo como desenvolvedor backend. Vai trabalhar com Python e
PostgreSQL, desenhar as APIs dos nossos clientes e participar das decisões de arquitetura. Oferecemos vale-refeição,
plano de saúde e horário flexível.`,
  },
  {
    lang: 'pt',
    text: `Responsabilidades: planejar as entregas do programa, acompanhar o orçamento e comunicar os riscos à
diretoria. Não é obrigatório, mas valorizamos a experiência como engenheiro de software e a capacidade de trabalhar
com equipes em vários países.`,
  },
  // Dutch
  {
    lang: 'nl',
    text: `Technisch Programmamanager AI
Als programmamanager ben je verantwoordelijk voor de levering van onze projecten op het gebied van machine learning
en ben je het aanspreekpunt voor de teams van product en infrastructuur.
Wat vragen wij:
- Minimaal vijf jaar ervaring met projectmanagement.
- Kennis van Scrum en Jira.`,
  },
  {
    lang: 'nl',
    text: `Wij zoeken een backend developer die ons team in Utrecht komt versterken. Je werkt met Java en Kafka, denkt
mee over de architectuur en helpt collega's met code reviews. Wij bieden een goed salaris, een leasefiets en de
ruimte om jezelf te ontwikkelen.`,
  },
  {
    lang: 'nl',
    text: `Over ons: wij bouwen al tien jaar software voor ziekenhuizen. Wat ga je doen? Je plant de releases van het
programma, bewaakt het budget en rapporteert de risico's aan de directie. Ervaring als software engineer is een pré.`,
  },
  // Polish
  {
    lang: 'pl',
    text: `Kierownik Programu Technicznego - Sztuczna Inteligencja
Szukamy osoby, która będzie koordynować projekty uczenia maszynowego i łączyć zespoły produktu oraz infrastruktury.
Wymagania:
- Co najmniej pięć lat doświadczenia w zarządzaniu projektami.
- Znajomość metodyk zwinnych i Jira.
- Bardzo dobra znajomość języka angielskiego.`,
  },
  {
    lang: 'pl',
    text: `Dołącz do naszego zespołu w Krakowie jako programista backend. Będziesz pracować z Javą i PostgreSQL,
projektować API dla naszych klientów i brać udział w decyzjach dotyczących architektury. Oferujemy elastyczne godziny
pracy, prywatną opiekę medyczną oraz budżet szkoleniowy.`,
  },
  {
    lang: 'pl',
    text: `Twoje zadania: planowanie wydań programu, kontrola budżetu i raportowanie ryzyk do zarządu. Mile widziane
doświadczenie jako inżynier oprogramowania oraz umiejętność pracy z zespołami rozproszonymi w kilku krajach.`,
  },
  // Swedish
  {
    lang: 'sv',
    text: `Teknisk programansvarig AI
Som programansvarig leder du leveransen av våra projekt inom maskininlärning och är kontaktperson för teamen inom
produkt och infrastruktur.
Vi söker dig som har:
- Minst fem års erfarenhet av projektledning.
- Kunskap om Scrum och Jira.`,
  },
  {
    lang: 'sv',
    text: `Vi söker en backendutvecklare som vill förstärka vårt team i Göteborg. Du kommer att arbeta med Java och
Kafka, vara med och forma arkitekturen och hjälpa kollegor med kodgranskning. Vi erbjuder friskvårdsbidrag,
flexibla arbetstider och möjlighet att arbeta hemifrån.`,
  },
  {
    lang: 'sv',
    text: `Om oss: vi har byggt programvara för sjukhus i tio år. Det här kommer du att göra: planera programmets
leveranser, följa upp budgeten och rapportera risker till ledningen. Erfarenhet som mjukvaruutvecklare är meriterande.`,
  },
  // Russian
  {
    lang: 'ru',
    text: `Технический руководитель программ (ИИ)
Мы ищем человека, который будет координировать проекты по машинному обучению и связывать команды продукта и
инфраструктуры.
Требования:
- Не менее пяти лет опыта в управлении проектами.
- Знание Scrum и Jira.
- Английский язык на хорошем уровне.`,
  },
  {
    lang: 'ru',
    text: `Присоединяйтесь к нашей команде в Москве в качестве backend-разработчика. Вы будете работать с Python и
PostgreSQL, проектировать API для наших клиентов и участвовать в выборе архитектуры. Мы предлагаем гибкий график,
ДМС и бюджет на обучение.`,
  },
  {
    lang: 'ru',
    text: `Обязанности: планирование релизов программы, контроль бюджета и отчёт о рисках перед руководством. Будет
плюсом опыт работы инженером-программистом и умение работать с распределёнными командами из разных стран.`,
  },
  // Ukrainian
  {
    lang: 'uk',
    text: `Ми шукаємо backend-розробника, який приєднається до нашої команди у Києві. Ви будете працювати з Python та
PostgreSQL, проєктувати API для наших клієнтів і брати участь у виборі архітектури. Ми пропонуємо гнучкий графік
та бюджет на навчання.`,
  },
  // Scripts
  { lang: 'el', text: 'Αναζητούμε έναν έμπειρο μηχανικό λογισμικού για την ομάδα μας στην Αθήνα. Θα εργαστείτε με Python και Kubernetes.' },
  { lang: 'he', text: 'אנחנו מחפשים מנהל פרויקטים טכני עם ניסיון של חמש שנים לפחות בניהול צוותי פיתוח ותשתיות ענן.' },
  { lang: 'ar', text: 'نبحث عن مدير برامج تقني لديه خبرة لا تقل عن خمس سنوات في إدارة المشاريع وتنسيق فرق الهندسة.' },
  { lang: 'ja', text: '私たちは、機械学習プロジェクトを推進するテクニカルプログラムマネージャーを募集しています。プロジェクト管理の経験が五年以上ある方を歓迎します。' },
  { lang: 'zh', text: '我们正在招聘一名技术项目经理，负责协调机器学习项目，并与产品和基础设施团队紧密合作。要求具有五年以上项目管理经验。' },
  { lang: 'ko', text: '저희는 머신러닝 프로젝트를 이끌 기술 프로그램 매니저를 찾고 있습니다. 프로젝트 관리 경력 5년 이상이 필요합니다.' },
];

/** Texts that do not say one language: too short, only tool names, two languages in equal parts, or a local intro before English requirements. */
export const UNDECIDED_SAMPLES: readonly string[] = [
  '',
  'Requirements: SQL',
  'Python, Go, AWS, GCP, Kubernetes, Terraform, Kafka, PostgreSQL, Redis, gRPC, React, TypeScript',
  `Nous recherchons un chef de projet. We are looking for a project manager. Vous piloterez les équipes de livraison.
You will lead the delivery teams. Le poste est basé à Paris. The role is based in Paris.`,
  // A local introduction, then the requirements in English: read as English, not hidden.
  `Over ons: wij bouwen al tien jaar software voor ziekenhuizen in Nederland en België. Je komt te werken in een klein
team in Utrecht.
Requirements:
- You have at least five years of experience as a program manager for software teams.
- You are comfortable with Jira, Scrum and the delivery of cloud projects.
- You can write clear status updates for the leadership team.`,
];
