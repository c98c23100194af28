/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-words.h"

/* Every person, company and message here is invented. Addresses and links use the .example
 * domain, which can never reach anyone; names come from many languages so that lists, sorting and
 * search meet the letters real users have. Names with letters that have no ASCII spelling (Đ, Þ)
 * are left out only because e-mail addresses are made from them. */

#define LIST(name, ...)                                                     \
  static const char * const name##_items[] = { __VA_ARGS__ };              \
  const PathwayDemoList pathway_demo_##name = { name##_items, G_N_ELEMENTS (name##_items) }

LIST (first_names,
  /* West and Central Africa */
  "Amara", "Chidi", "Ngozi", "Kwame", "Ama", "Kofi", "Abena", "Oluwaseun", "Folake", "Tunde",
  "Chiamaka", "Emeka", "Adaeze", "Yaw", "Efua", "Aminata", "Moussa", "Fatoumata",
  /* East and Southern Africa */
  "Wanjiru", "Achieng", "Baraka", "Zawadi", "Amani", "Makena", "Sipho", "Thandiwe", "Lerato",
  "Kagiso", "Naledi", "Tesfaye", "Selam", "Abebe",
  /* North Africa and the Middle East */
  "Youssef", "Amina", "Omar", "Layla", "Karim", "Nour", "Hana", "Samir", "Rania", "Tariq", "Salma",
  "Farah", "Noa", "Yael", "Eitan", "Tamar",
  /* Turkey, Iran, Central Asia */
  "Ayşe", "Emre", "Elif", "Mehmet", "Zeynep", "Ömer", "Deniz", "Dariush", "Shirin", "Arash",
  "Parisa", "Navid", "Aigerim", "Timur",
  /* South Asia */
  "Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Meera", "Sanjay", "Divya",
  "Ishaan", "Nisha", "Farhan", "Ayesha", "Imran", "Rukhsana", "Tharindu", "Nimali", "Sita", "Ravi",
  /* East Asia */
  "Wei", "Mei", "Jun", "Xiaoling", "Hao", "Yuna", "Minjun", "Seoyeon", "Jiho", "Haruto", "Yuki",
  "Sakura", "Ren", "Aiko", "Kenji",
  /* Southeast Asia and the Pacific */
  "Linh", "Minh", "Thanh", "Siti", "Putri", "Budi", "Rizal", "Arnel", "Niran", "Ploy", "Aroha",
  "Tane", "Leilani", "Mahina", "Kai",
  /* Europe */
  "Sofia", "Lukas", "Emma", "Matteo", "Giulia", "Léa", "Hugo", "Chloé", "Mateusz", "Zofia",
  "Łukasz", "Agnieszka", "Søren", "Freja", "Ingrid", "Lars", "Björn", "Saoirse", "Siobhán", "Cian",
  "Niamh", "Dmitri", "Anastasia", "Olena", "Taras", "Ioana", "Andrei", "Eleni", "Nikos", "Iñaki",
  "Carmen", "Javier", "Lucía", "Joana", "Tiago", "Jan", "Tereza", "Bence", "Réka", "Ólafur",
  "François", "Małgorzata", "Zoë",
  /* The Americas */
  "James", "Olivia", "Jordan", "Taylor", "Marcus", "Jasmine", "DeShawn", "Keisha", "Camila",
  "Santiago", "Valentina", "Mateo", "Diego", "Isabela", "Gabriel", "Luana", "Thiago", "Ximena",
  "Alejandro", "Ayelen", "Avery", "Riley");

LIST (last_names,
  "Okafor", "Mensah", "Adeyemi", "Boateng", "Owusu", "Nwosu", "Eze", "Diallo", "Traoré", "Keita",
  "Mwangi", "Otieno", "Kamau", "Wanjiku", "Haile", "Tesfaye", "Bekele", "Dlamini", "Nkosi",
  "Ndlovu", "Khumalo", "Mokoena", "El-Amin", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh",
  "Benali", "Cohen", "Levi", "Mizrahi", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Ahmadi",
  "Hosseini", "Karimi", "Rahimi", "Nurlanov", "Sharma", "Patel", "Gupta", "Iyer", "Nair", "Reddy",
  "Mehta", "Chatterjee", "Singh", "Kapoor", "Khan", "Qureshi", "Siddiqui", "Rahman", "Hossain",
  "Perera", "Fernando", "Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Wu", "Lin", "Kim",
  "Park", "Lee", "Choi", "Jung", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Nguyen",
  "Tran", "Pham", "Le", "Hoang", "Santoso", "Wijaya", "Halim", "Reyes", "Santos", "Cruz",
  "Bautista", "Ngata", "Parata", "Kealoha", "Garcia", "Rodríguez", "Martínez", "Hernández", "López",
  "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz",
  "Morales", "Castillo", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira", "Rossi",
  "Russo", "Bianchi", "Romano", "Colombo", "Ricci", "Müller", "Schmidt", "Schneider", "Fischer",
  "Weber", "Wagner", "Becker", "Hoffmann", "Dubois", "Martin", "Bernard", "Moreau", "Laurent",
  "Lefèvre", "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Novák", "Svoboda", "Dvořák", "Nagy",
  "Kovács", "Horváth", "Popescu", "Ionescu", "Papadopoulos", "Georgiou", "Ivanov", "Petrova",
  "Smirnov", "Kovalenko", "Shevchenko", "Jensen", "Nielsen", "Hansen", "Andersson", "Johansson",
  "Larsen", "Virtanen", "Korhonen", "Jónsdóttir", "O'Brien", "Murphy", "Byrne", "Kelly", "Walsh",
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson", "Taylor", "Thomas",
  "Moore", "Jackson", "White", "Harris", "Clark", "Robinson", "Walker", "Young", "Allen", "King",
  "Wright", "Scott", "Green", "Baker", "Adams", "Campbell", "Mitchell", "Roberts", "Carter",
  "Evans", "Turner");

LIST (universities,
  "University of Lagos", "University of Ghana", "University of Nairobi", "Makerere University",
  "Addis Ababa University", "University of Cape Town", "Cairo University",
  "American University of Beirut", "Boğaziçi University", "Sharif University of Technology",
  "IIT Bombay", "University of Delhi", "BITS Pilani", "Anna University", "University of Dhaka",
  "University of Colombo", "National University of Singapore", "Universitas Indonesia",
  "University of the Philippines", "Tsinghua University", "Seoul National University",
  "University of Tokyo", "Vietnam National University", "Universidad de Buenos Aires",
  "Universidade de São Paulo", "Universidad Nacional Autónoma de México", "Universidad de Chile",
  "University of Toronto", "McGill University", "University of Michigan", "Georgia Tech",
  "Arizona State University", "Technical University of Munich", "KU Leuven", "Sorbonne University",
  "Politecnico di Milano", "Universidad Complutense de Madrid", "University of Warsaw",
  "Charles University", "University of Helsinki", "Trinity College Dublin",
  "University of Edinburgh", "University of Manchester", "The Open University",
  "University of Melbourne", "University of Auckland");

LIST (fields_of_study,
  "computer science", "statistics", "economics", "electrical engineering", "mathematics",
  "information systems", "physics", "business administration", "interaction design", "biology",
  "software engineering", "data science", "mechanical engineering", "psychology");

LIST (former_careers,
  "retail management", "teaching", "accounting", "logistics", "nursing", "hospitality",
  "journalism", "customer support", "civil engineering", "marketing", "graphic design",
  "laboratory research", "banking", "the army", "sales");

LIST (interests,
  "open source", "game development", "climate tech", "fintech", "health tech",
  "education technology", "data journalism", "robotics", "music production", "photography",
  "chess", "hackathons", "accessibility", "sustainability", "cybersecurity", "developer tooling",
  "e-commerce", "sports analytics", "AI ethics", "digital art", "public transport data",
  "space exploration", "agritech", "language learning", "UX research", "startups", "mentoring",
  "technical writing", "competitive programming", "cycling", "football", "cooking", "hiking",
  "volunteering", "3D printing", "home automation", "podcasts", "board games", "film",
  "science fiction", "urban planning", "bioinformatics", "music streaming data");

/* Daily study time as ISO-8601 durations, the form onboarding.time_commitment holds. */
LIST (time_commitments,
  "PT30M", "PT45M", "PT1H", "PT1H", "PT1H30M", "PT2H", "PT3H");

const PathwayDemoCity pathway_demo_cities[] = {
  { "New York", "$", 1.15 }, { "San Francisco", "$", 1.25 }, { "Austin", "$", 1.0 },
  { "Seattle", "$", 1.15 }, { "Chicago", "$", 1.0 }, { "Atlanta", "$", 0.95 },
  { "Boston", "$", 1.1 }, { "Denver", "$", 1.0 }, { "Toronto", "CA$", 1.1 },
  { "Vancouver", "CA$", 1.1 }, { "Montréal", "CA$", 1.0 }, { "Mexico City", "$", 0.45 },
  { "São Paulo", "$", 0.45 }, { "Buenos Aires", "$", 0.4 }, { "Bogotá", "$", 0.4 },
  { "London", "£", 0.75 }, { "Manchester", "£", 0.62 }, { "Edinburgh", "£", 0.62 },
  { "Dublin", "€", 0.85 }, { "Amsterdam", "€", 0.8 }, { "Berlin", "€", 0.75 },
  { "Munich", "€", 0.8 }, { "Paris", "€", 0.72 }, { "Lyon", "€", 0.62 }, { "Madrid", "€", 0.58 },
  { "Barcelona", "€", 0.6 }, { "Lisbon", "€", 0.52 }, { "Milan", "€", 0.6 },
  { "Vienna", "€", 0.7 }, { "Helsinki", "€", 0.7 }, { "Tallinn", "€", 0.55 },
  { "Athens", "€", 0.45 }, { "Lagos", "$", 0.35 }, { "Nairobi", "$", 0.35 },
  { "Accra", "$", 0.33 }, { "Cape Town", "$", 0.4 }, { "Cairo", "$", 0.3 }, { "Dubai", "$", 0.9 },
  { "Istanbul", "$", 0.4 }, { "Bengaluru", "$", 0.35 }, { "Hyderabad", "$", 0.33 },
  { "Singapore", "$", 0.95 }, { "Jakarta", "$", 0.3 }, { "Manila", "$", 0.3 },
  { "Ho Chi Minh City", "$", 0.3 }, { "Seoul", "$", 0.7 }, { "Tokyo", "$", 0.75 },
  { "Sydney", "$", 0.95 }, { "Auckland", "$", 0.8 },
};
const guint pathway_demo_n_cities = G_N_ELEMENTS (pathway_demo_cities);

const PathwayDemoCompany pathway_demo_companies[] = {
  { "Northwind Analytics", "northwind", "turns grocery sales into weekly decisions for independent shops" },
  { "Bluefin Health", "bluefinhealth", "builds scheduling and records software for community clinics" },
  { "Kestrel Logistics", "kestrel", "plans delivery routes for fleets of electric vans" },
  { "Lumen Learning Labs", "lumenlabs", "makes maths practice apps used in two thousand schools" },
  { "Harbor & Pine", "harborpine", "runs an online marketplace for handmade furniture" },
  { "Quillstone", "quillstone", "writes document tools for small law firms" },
  { "Greenwire Energy", "greenwire", "balances home solar batteries against the power grid" },
  { "Tidepool Games", "tidepool", "makes cosy mobile games played by four million people" },
  { "Orbital Freight", "orbitalfreight", "tracks shipping containers across forty ports" },
  { "Cobalt Credit Union", "cobaltcu", "offers fee-free banking to teachers and nurses" },
  { "Fernleaf Agritech", "fernleaf", "helps farmers plan irrigation from soil sensor data" },
  { "Mosaic Transit", "mosaictransit", "publishes real-time arrival data for city buses" },
  { "Paperkite Studio", "paperkite", "designs and builds apps for museums and theatres" },
  { "Sable Security", "sablesec", "monitors cloud accounts for risky configuration" },
  { "Juniper Insurance", "juniperins", "prices bicycle and e-scooter insurance by the month" },
  { "Brightline Media", "brightline", "measures which podcasts and newsletters people finish" },
  { "Atlas Robotics", "atlasrobotics", "builds warehouse robots that pick and pack orders" },
  { "Marigold Foods", "marigold", "delivers meal kits planned around local harvests" },
  { "Cedar Payments", "cedarpay", "processes card payments for cafés and market stalls" },
  { "Polaris Travel", "polaristravel", "compares rail and ferry journeys across Europe" },
  { "Riverbend Hospital Group", "riverbend", "runs six hospitals and a telehealth service" },
  { "Starling Civic Tech", "starlingcivic", "builds open-source tools for local councils" },
  { "Helix Bio", "helixbio", "analyses lab results to speed up clinical trials" },
  { "Nimbus Cloudworks", "nimbuscloud", "hosts and scales web apps for small teams" },
  { "Copperleaf Retail", "copperleaf", "runs ninety clothing stores and an online shop" },
  { "Wayfarer Maps", "wayfarer", "draws offline hiking and cycling maps" },
  { "Saffron Fintech", "saffron", "lets families send money abroad at low fees" },
  { "Ironbark Construction", "ironbark", "plans building projects with digital site models" },
  { "Blue Heron Books", "blueheron", "sells e-books and audiobooks from independent publishers" },
  { "Vantage Sports Data", "vantagesports", "tracks player movement for football clubs" },
  { "Oakridge University Press", "oakridgepress", "publishes textbooks and online courses" },
  { "Zephyr Mobility", "zephyr", "rents shared e-bikes in twelve cities" },
  { "Lighthouse Nonprofit", "lighthouse", "connects volunteers with food banks" },
  { "Emberline Studios", "emberline", "animates films and makes visual effects" },
  { "Granite Ledger", "graniteledger", "builds accounting software for freelancers" },
  { "Aurora Telecom", "auroratel", "runs a mobile network across three countries" },
  { "Pebble Home", "pebblehome", "makes smart thermostats and the app that controls them" },
  { "Silverline Pharmacy", "silverline", "delivers prescriptions to people's doors" },
  { "Meridian Public Data", "meridiandata", "publishes open datasets on housing and jobs" },
  { "Thistle Recruiting", "thistle", "hires engineers for fast-growing startups" },
};
const guint pathway_demo_n_companies = G_N_ELEMENTS (pathway_demo_companies);

#define STRINGS(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* Skills are spelled as in data/curricula/catalogue.json, so matching them against what students
 * list is exact. */
const PathwayDemoJobTemplate pathway_demo_jobs[] = {
  { "Frontend Developer", "full-stack-developer", "product", 85000,
    STRINGS ("JavaScript", "TypeScript", "React", "HTML", "CSS", "Responsive Design", "Web Accessibility",
             "Jest", "Git", "REST APIs"),
    STRINGS ("build accessible, responsive interfaces in React and TypeScript",
             "turn designs from Figma into reusable components",
             "agree clean REST APIs with the backend developers",
             "keep pages fast on slow phones and networks") },
  { "Full Stack Developer", "full-stack-developer", "product", 95000,
    STRINGS ("JavaScript", "TypeScript", "React", "Node.js", "Express", "PostgreSQL", "REST APIs", "Docker",
             "Git", "Testing"),
    STRINGS ("ship features end to end, from the database schema to the React screen",
             "write tests that let the team deploy several times a day",
             "design tables and queries that stay fast as customers grow",
             "review code and pair with other developers") },
  { "Backend Developer", "full-stack-developer", "platform", 95000,
    STRINGS ("Node.js", "Express", "PostgreSQL", "SQL", "REST APIs", "Docker", "Redis", "Authentication",
             "Testing", "OpenAPI"),
    STRINGS ("design and document REST APIs that other teams rely on",
             "tune PostgreSQL queries and caching with Redis",
             "keep sign-in and permissions secure",
             "run services in Docker containers in production") },
  { "Web Developer", "full-stack-developer", "marketing", 70000,
    STRINGS ("HTML", "CSS", "JavaScript", "Responsive Design", "Git", "UX Design", "Web Performance",
             "Web Accessibility"),
    STRINGS ("build and maintain the public website and landing pages",
             "work with designers to make pages clear and accessible",
             "measure and improve page speed",
             "publish content changes safely with Git") },
  { "DevOps Engineer", "full-stack-developer", "infrastructure", 105000,
    STRINGS ("Linux", "Bash", "Docker", "Kubernetes", "CI/CD", "GitHub Actions", "AWS", "Observability",
             "Prometheus", "Helm"),
    STRINGS ("automate builds and deployments with CI/CD pipelines",
             "run Kubernetes clusters on AWS",
             "set up monitoring and alerts with Prometheus and Grafana",
             "help developers ship safely and often") },
  { "Software Engineer", "full-stack-developer", "engineering", 100000,
    STRINGS ("Data Structures", "Algorithms", "TypeScript", "System Design", "Testing", "Git", "SQL",
             "Clean Code", "Design Patterns"),
    STRINGS ("design and build services used by thousands of customers",
             "choose the right data structures for demanding workloads",
             "write clear, tested and reviewed code",
             "take part in design discussions and on-call rotations") },
  { "Data Analyst", "data-analyst", "data", 70000,
    STRINGS ("SQL", "Excel", "Python", "pandas", "Data Visualization", "Tableau", "Statistics",
             "Dashboards", "Data Cleaning"),
    STRINGS ("answer questions from across the business with SQL and Python",
             "build and maintain Tableau dashboards",
             "clean messy data and document where numbers come from",
             "present findings to managers in plain language") },
  { "Business Intelligence Analyst", "data-analyst", "finance", 75000,
    STRINGS ("SQL", "Power BI", "DAX", "Data Modeling", "Dashboards", "Excel", "KPIs",
             "Stakeholder Management"),
    STRINGS ("build Power BI reports that leaders read every Monday",
             "model sales and finance data for self-service reporting",
             "agree KPI definitions with department heads",
             "automate reports that are still built by hand") },
  { "Product Analyst", "data-analyst", "product", 85000,
    STRINGS ("SQL", "Product Analytics", "A/B Testing", "Funnel Analysis", "Cohort Analysis", "Python",
             "Statistics", "Experiment Design"),
    STRINGS ("design and analyse A/B tests with product managers",
             "find where users drop out of sign-up and checkout funnels",
             "track retention by cohort and explain what moves it",
             "turn analysis into clear recommendations") },
  { "Analytics Engineer", "data-analyst", "data platform", 95000,
    STRINGS ("SQL", "dbt", "Data Modeling", "Data Warehousing", "Snowflake", "BigQuery", "Git",
             "Data Testing"),
    STRINGS ("build tested dbt models on top of the warehouse",
             "design dimensional models analysts can trust",
             "review SQL and keep the data catalogue up to date",
             "work with engineers on reliable data sources") },
  { "Marketing Analyst", "data-analyst", "growth", 68000,
    STRINGS ("SQL", "Marketing Analytics", "Attribution Modeling", "Excel", "Google Sheets",
             "Data Visualization", "A/B Testing"),
    STRINGS ("measure which campaigns bring customers who stay",
             "build attribution reports for the marketing team",
             "plan and read out A/B tests on emails and landing pages",
             "keep budget and results spreadsheets honest") },
  { "Data Engineer", "data-analyst", "data platform", 100000,
    STRINGS ("Python", "SQL", "Apache Airflow", "ETL", "Data Pipelines", "Apache Spark", "Docker",
             "Data Quality"),
    STRINGS ("build and schedule data pipelines with Airflow",
             "process large datasets with Spark",
             "add data quality checks that catch problems early",
             "keep the warehouse fresh, documented and cheap to run") },
  { "Machine Learning Engineer", "machine-learning-engineer", "machine learning", 120000,
    STRINGS ("Python", "PyTorch", "scikit-learn", "MLOps", "Docker", "Model Serving", "FastAPI",
             "Feature Engineering"),
    STRINGS ("train, evaluate and ship models to production",
             "serve models behind FastAPI services",
             "build features and training pipelines that can be reproduced",
             "monitor models and retrain them when data drifts") },
  { "Data Scientist", "machine-learning-engineer", "data science", 105000,
    STRINGS ("Python", "pandas", "Statistics", "scikit-learn", "Machine Learning", "SQL",
             "Data Visualization", "Regression Analysis"),
    STRINGS ("build forecasting and classification models with scikit-learn",
             "explore data and explain what drives the numbers",
             "design experiments and measure their effect",
             "share results with clear charts and writing") },
  { "NLP Engineer", "machine-learning-engineer", "language AI", 125000,
    STRINGS ("Python", "NLP", "Transformers", "Hugging Face", "PyTorch", "LLM Integration", "RAG",
             "Vector Databases"),
    STRINGS ("fine-tune and evaluate transformer models",
             "build retrieval-augmented generation over our documents",
             "measure answer quality with careful evaluations",
             "keep inference fast and affordable") },
  { "Computer Vision Engineer", "machine-learning-engineer", "perception", 120000,
    STRINGS ("Python", "Computer Vision", "CNNs", "PyTorch", "Deep Learning", "Transfer Learning",
             "Docker"),
    STRINGS ("train image models with transfer learning",
             "label, clean and version image datasets",
             "deploy models to cameras and edge devices",
             "measure accuracy in the field, not only in the lab") },
  { "MLOps Engineer", "machine-learning-engineer", "ML platform", 118000,
    STRINGS ("MLOps", "MLflow", "Docker", "Kubernetes", "CI/CD", "Model Monitoring", "AWS", "Python"),
    STRINGS ("run the platform data scientists train and deploy on",
             "track experiments and models with MLflow",
             "automate model releases with CI/CD",
             "watch production models for drift and errors") },
  { "AI Application Developer", "machine-learning-engineer", "AI products", 110000,
    STRINGS ("Python", "LLM Integration", "Prompt Engineering", "RAG", "FastAPI", "Vector Databases",
             "LLM Evaluation"),
    STRINGS ("build product features on top of large language models",
             "design prompts and retrieval that give grounded answers",
             "evaluate quality, cost and latency before each release",
             "ship APIs the web and mobile apps call") },
  { "Android Developer", "mobile-developer", "mobile", 95000,
    STRINGS ("Kotlin", "Android", "Jetpack Compose", "Kotlin Coroutines", "MVVM", "Room", "Retrofit",
             "Hilt"),
    STRINGS ("build screens in Jetpack Compose",
             "keep the app smooth and usable offline",
             "write unit and UI tests for every feature",
             "release to Google Play every two weeks") },
  { "iOS Developer", "mobile-developer", "mobile", 100000,
    STRINGS ("Swift", "SwiftUI", "iOS", "Xcode", "Swift Concurrency", "XCTest", "URLSession"),
    STRINGS ("build features in SwiftUI",
             "talk to our APIs with async Swift code",
             "test with XCTest and ship through TestFlight",
             "care about accessibility and battery life") },
  { "Mobile Developer", "mobile-developer", "apps", 95000,
    STRINGS ("Kotlin", "Swift", "Kotlin Multiplatform", "REST APIs", "Firebase", "Git", "CI/CD"),
    STRINGS ("share business logic between Android and iOS with Kotlin Multiplatform",
             "integrate REST APIs and Firebase services",
             "automate builds and store releases",
             "work closely with designers on every screen") },
  { "Mobile QA Engineer", "mobile-developer", "quality", 75000,
    STRINGS ("Testing", "Compose UI Testing", "XCTest", "JUnit", "Unit Testing", "CI/CD", "Android"),
    STRINGS ("write automated UI tests for Android and iOS",
             "run tests on every pull request in CI",
             "reproduce and document bugs from user reports",
             "help developers make their code easier to test") },
  { "Mobile UI Engineer", "mobile-developer", "design systems", 90000,
    STRINGS ("Jetpack Compose", "SwiftUI", "Material Design", "Design Systems", "Mobile Accessibility",
             "Compose Animation", "Figma"),
    STRINGS ("build the shared component library both apps use",
             "turn Figma designs into polished, animated screens",
             "make every screen work with screen readers and large text",
             "document components so other teams can use them") },
  { "Mobile Platform Engineer", "mobile-developer", "mobile platform", 110000,
    STRINGS ("Gradle", "Modularization", "Fastlane", "CI/CD", "Crashlytics", "Feature Flags",
             "Android Performance"),
    STRINGS ("keep builds fast by splitting the app into modules",
             "automate releases with Fastlane",
             "track crashes and startup time and fix the worst",
             "run feature flags and staged rollouts") },
};
const guint pathway_demo_n_jobs = G_N_ELEMENTS (pathway_demo_jobs);

const PathwayDemoLevel pathway_demo_levels[] = {
  { "", " Intern", 0.45, 0 },
  { "Graduate ", "", 0.7, 0 },
  { "Junior ", "", 0.8, 1 },
  { "", "", 1.0, 2 },
  { "", "", 1.0, 3 },
  { "Senior ", "", 1.35, 5 },
  { "Lead ", "", 1.55, 7 },
};
const guint pathway_demo_n_levels = G_N_ELEMENTS (pathway_demo_levels);

/* Who the student is, in the order of PathwayGrade. */
LIST (grade_who,
  "High school student",
  "Undergraduate in {field} at {university}",
  "Graduate student in {field} at {university}",
  "Working professional moving into tech from {career}",
  "Self-taught learner");

LIST (summary_goal_sentences,
  "{who}, working towards a career as a {goal}.",
  "{who}, on the way to becoming a {goal}.",
  "{who}, preparing for a first role as a {goal}.",
  "{who}, following a structured plan to work as a {goal}.",
  "{who}, aiming to work as a {goal}.");

LIST (summary_skill_sentences,
  "Comfortable with {skills}.",
  "Has practised {skills}.",
  "Skills so far: {skills}.",
  "Builds small projects with {skills}.",
  "Already uses {skills} in coursework and side projects.");

LIST (summary_extra_sentences,
  "Interested in {interests}.",
  "Outside study, enjoys {interests}.",
  "Based in {city} and curious about {interests}.",
  "Would like to work on {interests}.",
  "Lives in {city}; open to remote work.");

LIST (job_openers,
  "{company} {business}.",
  "{company}, founded in {year}, {business}.",
  "{company} {business}, and the team is growing.");

LIST (job_closers,
  "We review every application and reply within two weeks.",
  "We offer flexible hours, a learning budget and 28 days of paid leave.",
  "You will have a mentor for your first three months.",
  "Our teams write things down, so people in every time zone can take part.",
  "We welcome applicants from every background and career path.",
  "The interview is a conversation and a short paid exercise, never a whiteboard puzzle.",
  "We cover the cost of home-office equipment and a yearly conference.");

LIST (skill_requirements,
  "{years}+ years of professional experience with {skill}",
  "Working knowledge of {skill} and {skill2}",
  "Experience shipping features with {skill}",
  "Comfortable writing {skill} in a team that reviews code",
  "Familiarity with {skill}, or the will to learn it quickly",
  "A portfolio or public repository that shows {skill} work",
  "Hands-on experience with {skill} in a real project",
  "Good understanding of {skill} and when to reach for {skill2}");

LIST (entry_requirements,
  "Studying or recently graduated in {field} or a related subject",
  "A finished course, bootcamp or self-study project in {skill}",
  "Eager to learn from code review and pair programming");

LIST (general_requirements,
  "Clear written communication in English",
  "Able to explain technical trade-offs to non-technical colleagues",
  "Experience working in an agile team",
  "A habit of writing tests and documentation",
  "Curiosity and care for the people who use what you build",
  "Comfortable giving and receiving feedback");

LIST (shortlist_notes,
  "Strong fundamentals; ask about the capstone project in the interview.",
  "Great communicator in the screening call.",
  "Portfolio is solid. Check availability from next month.",
  "Referred by a current team member.",
  "Impressive open source contributions.",
  "Salary expectation slightly above the range; discuss flexibility.",
  "Prefers remote work; open to two office days a week.",
  "Follow up after the take-home exercise.",
  "Second interview with the team lead.",
  "Learning fast: finished several months of the plan ahead of schedule.",
  "Good culture fit; needs more depth in testing.",
  "Asked thoughtful questions about the team's on-call rotation.",
  "Could start on a part-time basis while finishing studies.");

LIST (interaction_notes,
  "Candidate confirmed by email.",
  "Rescheduled once at the candidate's request.",
  "Feedback shared with the hiring manager.",
  "Left a voicemail and sent a follow-up email.",
  "Panel: hiring manager and one engineer.",
  "Candidate asked for the interview in the morning.",
  "Shared the team's onboarding guide.",
  "Sent the take-home exercise with a one-week deadline.");

LIST (invitation_subjects,
  "Interview invitation: {title}",
  "Next steps for the {title} role",
  "Let's talk about the {title} role at {company}",
  "Your interview with {company}");

LIST (update_subjects,
  "Update on your {title} application",
  "Your application to {company}",
  "Thank you for interviewing with {company}");

LIST (offer_subjects,
  "Offer: {title} at {company}",
  "Your offer from {company}",
  "Welcome to {company}: your offer letter");

LIST (application_subjects,
  "Application for {title}",
  "{title} application: {name}",
  "CV for the {title} position",
  "Interested in the {title} role at {company}",
  "Application: {title} ({city})",
  "Open application from {name}");

LIST (application_openers,
  "Dear {first},",
  "Hello {company} team,",
  "Hi {first},",
  "Dear hiring team,");

/* The letter's middle, in the first person: {who} is "an undergraduate in …", "a self-taught learner". */
LIST (application_middles,
  "I am {who}, working towards a career as a {goal}, and I have worked with {skills}.",
  "I am {who}. Over the past months I have practised {skills}, and I would love to grow as a {goal}.",
  "As {who}, I have built small projects with {skills} and I am looking for my first role as a {goal}.");

LIST (application_closers,
  "I have attached my CV and would welcome the chance to talk.",
  "My CV is attached; I am available for a call any weekday.",
  "Thank you for reading. I would be glad to complete a short exercise.",
  "I attach my CV and links to two recent projects.");

/* How a student sums themselves up for recruiters, in the order of PathwayGrade. */
LIST (grade_headlines,
  "High school student",
  "Undergraduate",
  "Graduate student",
  "Career changer",
  "Self-taught learner");

LIST (headlines,
  "Aspiring {goal} · {grade}",
  "{grade} working towards {goal} roles",
  "{grade} building {skill} skills for a career as a {goal}",
  "{goal} in training · {skill}, {skill2} · {grade}",
  "{grade} open to junior {goal} roles",
  "Future {goal}: {grade}, learning {skill}");

LIST (playlist_titles,
  "{month}: full course",
  "{month}, lectures and exercises",
  "Learn {skill} in {days} days",
  "{topic} crash course",
  "{month} study group playlist");

LIST (video_titles,
  "{topic}: an introduction",
  "{topic} explained",
  "{topic} in practice",
  "{topic}, worked examples",
  "Common mistakes with {topic}",
  "{topic}: exercises and solutions",
  "{topic} deep dive",
  "{skill} for beginners: {topic}");
