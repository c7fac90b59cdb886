#pragma once

#include <array>

// The words generated roles are made of. Changing any list changes every generated catalog:
// the benchmarks' figures are only comparable between runs on the same lists.
namespace rolelens::bench {

struct Category {
    const char *name;
    std::array<const char *, 3> domains;
    std::array<const char *, 6> objects;
};

// About 20 categories, each with the words its titles and responsibilities draw on.
inline constexpr std::array<Category, 20> kCategories{{
    {"Logistics",
     {"logistics", "fleet", "warehouse"},
     {"delivery routes", "stock transfers", "carrier bookings", "pallet counts",
      "returns processing", "shipping labels"}},
    {"Retail",
     {"retail", "store", "merchandising"},
     {"shelf layouts", "store promotions", "till reconciliations", "window displays",
      "seasonal ranges", "loyalty offers"}},
    {"Marketing",
     {"marketing", "brand", "campaign"},
     {"campaign briefs", "brand guidelines", "media plans", "promotional calendars",
      "market research", "ad creatives"}},
    {"Communications",
     {"communications", "press", "internal communications"},
     {"press releases", "media lists", "speaking notes", "crisis statements", "interview requests",
      "company announcements"}},
    {"Customer service",
     {"customer service", "support", "client care"},
     {"support tickets", "live chat queues", "refund requests", "call scripts",
      "satisfaction scores", "help centre pages"}},
    {"Administration",
     {"office", "administrative", "facilities"},
     {"office supplies", "meeting rooms", "visitor logs", "travel bookings", "filing systems",
      "expense claims"}},
    {"Web",
     {"web", "website", "online"},
     {"landing pages", "site backups", "page speed", "broken links", "content updates",
      "search rankings"}},
    {"Finance",
     {"finance", "accounts", "payroll"},
     {"invoices", "bank reconciliations", "payroll runs", "cash flow forecasts", "tax filings",
      "budget variances"}},
    {"Human resources",
     {"people", "recruitment", "HR"},
     {"job adverts", "interview panels", "employment contracts", "holiday requests",
      "appraisal cycles", "exit interviews"}},
    {"Sales",
     {"sales", "account", "business development"},
     {"sales pipelines", "client proposals", "price quotes", "account reviews", "trade show leads",
      "renewal calls"}},
    {"Product",
     {"product", "roadmap", "catalogue"},
     {"product backlogs", "release notes", "feature requests", "user interviews",
      "product specifications", "pricing tiers"}},
    {"Data and analytics",
     {"data", "analytics", "insights"},
     {"data pipelines", "sales dashboards", "customer segments", "A/B tests", "attribution models",
      "data quality checks"}},
    {"Events",
     {"events", "conference", "venue"},
     {"event budgets", "speaker line-ups", "venue contracts", "attendee lists", "catering orders",
      "event signage"}},
    {"Hospitality",
     {"guest services", "front office", "hospitality"},
     {"room bookings", "guest reviews", "housekeeping rotas", "welcome packs", "menu changes",
      "group reservations"}},
    {"Operations",
     {"operations", "production", "site"},
     {"shift patterns", "maintenance schedules", "safety inspections", "production targets",
      "equipment logs", "incident reports"}},
    {"Procurement",
     {"procurement", "purchasing", "sourcing"},
     {"tender documents", "supplier audits", "price negotiations", "framework agreements",
      "order approvals", "spend analyses"}},
    {"Legal and compliance",
     {"compliance", "legal", "privacy"},
     {"privacy notices", "contract templates", "policy reviews", "consent records",
      "regulatory filings", "audit findings"}},
    {"Design",
     {"design", "creative", "visual"},
     {"design systems", "photo shoots", "packaging artwork", "presentation templates",
      "illustration briefs", "print proofs"}},
    {"Education and training",
     {"training", "learning", "education"},
     {"course outlines", "workshop materials", "e-learning modules", "assessment results",
      "trainer schedules", "certification records"}},
    {"Partnerships",
     {"partnerships", "alliances", "affiliate"},
     {"partner agreements", "co-marketing plans", "affiliate payouts", "referral programmes",
      "partner reviews", "sponsorship packages"}},
}};

inline constexpr const char *kQualifiers[] = {
    "Regional",  "Senior",  "Junior",  "Lead",      "Associate", "Global",
    "Digital",   "Field",   "Remote",  "Principal", "Assistant", "Deputy",
    "Freelance", "Interim", "Trainee", "Group",     "Local",     "Area"};

struct Noun {
    const char *noun;
    const char *synonym;
};
inline constexpr Noun kNouns[] = {
    {"coordinator", "organiser"}, {"manager", "lead"},           {"specialist", "expert"},
    {"analyst", "researcher"},    {"strategist", "planner"},     {"officer", "representative"},
    {"consultant", "adviser"},    {"planner", "scheduler"},      {"designer", "creator"},
    {"editor", "reviewer"},       {"producer", "maker"},         {"administrator", "clerk"},
    {"associate", "assistant"},   {"supervisor", "team leader"}, {"executive", "director"},
};

inline constexpr const char *kAudiences[] = {
    "small retailers",   "regional customers", "first-time buyers",
    "the sales team",    "suppliers",          "partner agencies",
    "local communities", "enterprise clients", "returning customers",
    "new employees",     "the board",          "franchise owners",
    "online shoppers",   "event attendees",    "subscribers",
    "press contacts",    "students",           "patients",
    "travellers",        "volunteers"};
inline constexpr const char *kOutcomes[] = {
    "fewer delays",          "steadier cash flow",         "clearer reporting",
    "more repeat purchases", "a consistent brand voice",   "faster answers to customers",
    "lower costs per order", "better forecasts",           "a calmer peak season",
    "more qualified leads",  "stronger partner relations", "fewer complaints",
    "quicker onboarding",    "reliable deliveries",        "a healthier pipeline",
    "accurate stock levels", "higher attendance",          "better search rankings",
    "safer operations",      "measurable growth"};
inline constexpr const char *kTools[] = {"shared spreadsheets", "the CRM",
                                         "a ticketing system",  "the content calendar",
                                         "dashboards",          "the inventory system",
                                         "project boards",      "the booking platform",
                                         "email newsletters",   "survey tools",
                                         "the analytics suite", "the accounting package",
                                         "video calls",         "the intranet",
                                         "field reports"};
inline constexpr const char *kCadences[] = {"every week",
                                            "each month",
                                            "before each season",
                                            "daily",
                                            "at every quarterly review",
                                            "whenever a campaign launches",
                                            "during peak periods",
                                            "at the end of each sprint"};
inline constexpr const char *kPartners[] = {
    "the finance team", "outside agencies", "warehouse staff",     "the head of marketing",
    "product owners",   "store managers",   "freelance designers", "the legal department",
    "customer service", "the owner"};
inline constexpr const char *kManners[] = {"carefully",    "quickly",       "methodically",
                                           "patiently",    "pragmatically", "openly",
                                           "consistently", "creatively"};

struct Verb {
    const char *base;
    const char *third;
};
inline constexpr Verb kVerbs[] = {{"plan", "plans"},
                                  {"review", "reviews"},
                                  {"coordinate", "coordinates"},
                                  {"negotiate", "negotiates"},
                                  {"schedule", "schedules"},
                                  {"audit", "audits"},
                                  {"maintain", "maintains"},
                                  {"track", "tracks"},
                                  {"prepare", "prepares"},
                                  {"approve", "approves"},
                                  {"forecast", "forecasts"},
                                  {"design", "designs"},
                                  {"publish", "publishes"},
                                  {"document", "documents"},
                                  {"optimise", "optimises"},
                                  {"monitor", "monitors"},
                                  {"budget for", "budgets for"},
                                  {"organise", "organises"},
                                  {"update", "updates"},
                                  {"analyse", "analyses"},
                                  {"test", "tests"},
                                  {"evaluate", "evaluates"},
                                  {"manage", "manages"},
                                  {"improve", "improves"},
                                  {"report on", "reports on"},
                                  {"run", "runs"},
                                  {"supervise", "supervises"},
                                  {"present", "presents"},
                                  {"standardise", "standardises"},
                                  {"source", "sources"}};

inline constexpr const char *kCommonObjects[] = {
    "weekly reports",       "supplier contracts",     "customer complaints",
    "team schedules",       "the annual budget",      "process documentation",
    "training sessions",    "quality checks",         "project timelines",
    "stakeholder meetings", "performance dashboards", "vendor relationships",
    "internal newsletters", "risk registers",         "purchase orders",
    "service levels",       "onboarding materials",   "monthly forecasts",
    "feedback surveys",     "meeting agendas",        "compliance records",
    "tool licences",        "handover notes",         "escalation procedures",
    "cost reports",         "capacity plans",         "knowledge base articles",
    "status updates",       "launch checklists",      "data exports"};

inline constexpr const char *kSkills[] = {"negotiation",
                                          "stakeholder management",
                                          "spreadsheet modelling",
                                          "copywriting",
                                          "data visualisation",
                                          "public speaking",
                                          "budgeting",
                                          "scheduling",
                                          "conflict resolution",
                                          "project management",
                                          "customer empathy",
                                          "report writing",
                                          "attention to detail",
                                          "time management",
                                          "vendor management",
                                          "statistical analysis",
                                          "photo editing",
                                          "search engine optimisation",
                                          "contract law",
                                          "bookkeeping",
                                          "forecasting",
                                          "coaching",
                                          "presentation design",
                                          "process mapping",
                                          "risk assessment",
                                          "event planning",
                                          "social media tools",
                                          "CRM administration",
                                          "email marketing",
                                          "inventory control",
                                          "quality assurance",
                                          "research interviews",
                                          "storytelling",
                                          "video editing",
                                          "team leadership",
                                          "cross-team communication",
                                          "prioritisation",
                                          "problem solving",
                                          "budget tracking",
                                          "technical writing",
                                          "foreign languages",
                                          "accessibility standards",
                                          "pricing strategy",
                                          "sales prospecting",
                                          "first aid",
                                          "health and safety rules",
                                          "data protection rules",
                                          "workshop facilitation",
                                          "brand judgement",
                                          "crisis handling"};
inline constexpr const char *kSkillLevels[] = {"", "advanced ", "practical ", "hands-on ",
                                               "working knowledge of "};

} // namespace rolelens::bench
