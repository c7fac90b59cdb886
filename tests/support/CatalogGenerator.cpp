#include "support/CatalogGenerator.h"

#include "model/Dimension.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>

namespace rolelens::bench {
namespace {

// SplitMix64: small, fast, and the same sequence on every platform and standard library.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < count (the modulo bias is irrelevant for word lists).
    qsizetype below(qsizetype count)
    {
        return static_cast<qsizetype>(next() % static_cast<quint64>(count));
    }
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<qsizetype>(high - low + 1)));
    }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<qsizetype>(items.size())))];
    }
    // count distinct indexes below size, in random order.
    std::vector<qsizetype> distinct(qsizetype size, qsizetype count)
    {
        std::vector<qsizetype> all(static_cast<std::size_t>(size));
        for (qsizetype i = 0; i < size; ++i) {
            all[static_cast<std::size_t>(i)] = i;
        }
        count = std::min(count, size);
        for (qsizetype i = 0; i < count; ++i) {
            std::swap(all[static_cast<std::size_t>(i)],
                      all[static_cast<std::size_t>(i + below(size - i))]);
        }
        all.resize(static_cast<std::size_t>(count));
        return all;
    }

private:
    quint64 m_state;
};

quint64 mix(quint64 a, quint64 b)
{
    Rng rng((a * 0x100000001B3ULL) ^ (b + 0x51ED27ULL));
    return rng.next();
}

quint64 hashOf(const QString &text)
{
    quint64 hash = 0xCBF29CE484222325ULL; // FNV-1a
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 0x100000001B3ULL;
    }
    return hash;
}

using Words = std::span<const char *const>;

QString word(Rng &rng, Words words)
{
    return QLatin1String(rng.pick(words));
}

struct Category {
    const char *name;
    std::array<const char *, 3> domains;
    std::array<const char *, 6> objects;
};

// About 20 categories, each with the words its titles and responsibilities draw on.
constexpr std::array<Category, 20> kCategories{{
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

constexpr const char *kQualifiers[] = {"Regional",  "Senior",  "Junior",    "Lead",    "Associate",
                                       "Global",    "Digital", "Field",     "Remote",  "Principal",
                                       "Assistant", "Deputy",  "Freelance", "Interim", "Trainee",
                                       "Group",     "Local",   "Area"};

struct Noun {
    const char *noun;
    const char *synonym;
};
constexpr Noun kNouns[] = {
    {"coordinator", "organiser"}, {"manager", "lead"},           {"specialist", "expert"},
    {"analyst", "researcher"},    {"strategist", "planner"},     {"officer", "representative"},
    {"consultant", "adviser"},    {"planner", "scheduler"},      {"designer", "creator"},
    {"editor", "reviewer"},       {"producer", "maker"},         {"administrator", "clerk"},
    {"associate", "assistant"},   {"supervisor", "team leader"}, {"executive", "director"},
};

constexpr const char *kAudiences[] = {
    "small retailers",   "regional customers", "first-time buyers",
    "the sales team",    "suppliers",          "partner agencies",
    "local communities", "enterprise clients", "returning customers",
    "new employees",     "the board",          "franchise owners",
    "online shoppers",   "event attendees",    "subscribers",
    "press contacts",    "students",           "patients",
    "travellers",        "volunteers"};
constexpr const char *kOutcomes[] = {
    "fewer delays",          "steadier cash flow",         "clearer reporting",
    "more repeat purchases", "a consistent brand voice",   "faster answers to customers",
    "lower costs per order", "better forecasts",           "a calmer peak season",
    "more qualified leads",  "stronger partner relations", "fewer complaints",
    "quicker onboarding",    "reliable deliveries",        "a healthier pipeline",
    "accurate stock levels", "higher attendance",          "better search rankings",
    "safer operations",      "measurable growth"};
constexpr const char *kTools[] = {"shared spreadsheets", "the CRM",
                                  "a ticketing system",  "the content calendar",
                                  "dashboards",          "the inventory system",
                                  "project boards",      "the booking platform",
                                  "email newsletters",   "survey tools",
                                  "the analytics suite", "the accounting package",
                                  "video calls",         "the intranet",
                                  "field reports"};
constexpr const char *kCadences[] = {"every week",
                                     "each month",
                                     "before each season",
                                     "daily",
                                     "at every quarterly review",
                                     "whenever a campaign launches",
                                     "during peak periods",
                                     "at the end of each sprint"};
constexpr const char *kPartners[] = {
    "the finance team", "outside agencies", "warehouse staff",     "the head of marketing",
    "product owners",   "store managers",   "freelance designers", "the legal department",
    "customer service", "the owner"};
constexpr const char *kManners[] = {"carefully",     "quickly", "methodically", "patiently",
                                    "pragmatically", "openly",  "consistently", "creatively"};

struct Verb {
    const char *base;
    const char *third;
};
constexpr Verb kVerbs[] = {{"plan", "plans"},
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

constexpr const char *kCommonObjects[] = {
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

constexpr const char *kSkills[] = {"negotiation",
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
constexpr const char *kSkillLevels[] = {"", "advanced ", "practical ", "hands-on ",
                                        "working knowledge of "};

// Sentences with slots: $A audience, $O outcome, $T tool, $C cadence, $P partner, $M manner,
// $R the role's title in lower case.
constexpr const char *kGeneralSentences[] = {
    "Works $M with $P to deliver $O for $A.",
    "Uses $T $C to keep $A informed and to spot problems early.",
    "Most of the week goes to $A, with $T as the main source of truth.",
    "Success shows up as $O, usually within a few months.",
    "Reports to $P $C, with figures taken from $T.",
    "Balances requests from $A against the plans agreed with $P.",
    "In smaller businesses the same person also covers work for $P.",
    "Expected to bring $O without a large budget.",
    "Keeps $A and $P aligned $C.",
    "Relies on $T to track what was promised to $A.",
    "Owners often underestimate how much coordination with $P the work needs.",
    "The work is judged less by activity than by $O.",
    "A good $R explains trade-offs to $P in plain words.",
    "When priorities clash, $A usually come first, then $P."};

constexpr std::array<std::array<const char *, 3>, 9> kDimensionOpeners{{
    // purpose
    {"A $R exists to bring $O to $A.", "The role is there so that $A get $O.",
     "Keeps the business's work with $A on track and aims for $O."},
    // focus
    {"Spends most of the time on execution, with planning done together with $P.",
     "Splits the week between planning and hands-on work in $T.",
     "Mostly analysis and follow-up: the $R turns data from $T into decisions."},
    // employment
    {"Usually an employee; smaller businesses hire a freelancer on contract.",
     "Often employed in-house, sometimes provided by an agency that also works for $P.",
     "Commonly a contract position, renewed $C."},
    // audienceEngagement
    {"Talks with $A directly, mostly through $T.", "Reaches $A indirectly, through the work of $P.",
     "Runs targeted campaigns aimed at $A."},
    // monetization
    {"Paid a salary; bonuses depend on $O.", "Earns contract fees agreed with $P.",
     "Paid a salary, or service fees when working through an agency."},
    // successMetrics
    {"Judged by $O and by how satisfied $A are.",
     "Measured against targets set with $P, mostly $O.", "Figures from $T show whether $A see $O."},
    // timeHorizon
    {"Works on what is needed this week while building toward $O over the year.",
     "Results come $C, but the larger effect takes months.",
     "Most requests from $A need an answer the same day."},
    // decisionLevel
    {"Decides how the work is done; the goals come from $P.",
     "Sets direction for work with $A and leaves the detail to $P.",
     "Follows agreed procedures and escalates exceptions to $P."},
    // hierarchy
    {"Part of a team led by $P.", "Works alone and reports to $P $C.",
     "Leads a small team and answers to $P."},
}};

constexpr const char *kResponsibilityDescriptions[] = {
    "$V $X $C and shares the results with $P.", "$V $X so that $A get $O.",
    "$V $X using $T, checking the details with $P.", "$V $X $M, keeping $A informed."};
constexpr const char *kSkillDescriptions[] = {
    "Uses $S to deliver $O for $A.", "Applies $S $C, often under time pressure.",
    "Builds on $S to work with $P and with $A.",
    "Needs $S to keep $T accurate. Without it, $A notice quickly."};

struct Belief {
    const char *belief;
    const char *reality;
};
constexpr Belief kBeliefs[] = {
    {"A $R can also take over the work of $P.",
     "They can help $C, but the work of $P needs its own time and skills."},
    {"A $R brings $O within weeks.",
     "Most of the effect shows after months; the first weeks go to learning how $A work."},
    {"Any $R can run $T without training.",
     "Setting up and reading $T well takes practice; plan time for it."},
};

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString slug(const QString &text)
{
    QString id;
    bool hyphen = false;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (hyphen && !id.isEmpty()) {
                id.append(QLatin1Char('-'));
            }
            hyphen = false;
            id.append(c);
        } else {
            hyphen = true;
        }
    }
    return id;
}

// Fills the slots of a sentence template: one pick per slot, so that a slot used twice (in a
// belief and its reality) names the same thing.
QString fill(Rng &rng, QString text, const QString &role)
{
    const auto replaceAll = [&](const char *slot, auto choose) {
        const QLatin1String key(slot);
        if (text.contains(key)) {
            text.replace(key, choose());
        }
    };
    replaceAll("$R", [&] { return role; });
    replaceAll("$A", [&] { return word(rng, kAudiences); });
    replaceAll("$O", [&] { return word(rng, kOutcomes); });
    replaceAll("$T", [&] { return word(rng, kTools); });
    replaceAll("$C", [&] { return word(rng, kCadences); });
    replaceAll("$P", [&] { return word(rng, kPartners); });
    replaceAll("$M", [&] { return word(rng, kManners); });
    return text;
}

QString fill(Rng &rng, const char *pattern, const QString &role)
{
    return fill(rng, QString(QLatin1String(pattern)), role);
}

// An opening sentence followed by up to two general ones, in one to three sentences.
QString prose(Rng &rng, const char *opener, const QString &role, int extraSentences)
{
    QString text = fill(rng, opener, role);
    for (const auto index :
         rng.distinct(static_cast<qsizetype>(std::size(kGeneralSentences)), extraSentences)) {
        text +=
            QLatin1Char(' ') + fill(rng, kGeneralSentences[static_cast<std::size_t>(index)], role);
    }
    return text;
}

QJsonArray cite(const char *source)
{
    return QJsonArray{QJsonObject{{QStringLiteral("source"), QLatin1String(source)}}};
}

struct BuiltIn {
    QStringList metricIds;
    QStringList roleIds;
};

// The metric and role ids the generated roles refer to, taken from the built-in catalog.
const BuiltIn &builtIn()
{
    static const BuiltIn data = [] {
        CatalogLoader loader;
        loader.addBuiltIn();
        const auto catalog = loader.finish();
        if (!catalog) {
            std::fputs("the built-in catalog does not load\n", stderr);
            std::abort();
        }
        BuiltIn ids;
        for (const auto &metric : catalog->metrics()) {
            ids.metricIds.append(metric.id);
        }
        for (const auto &role : catalog->roles()) {
            ids.roleIds.append(role.id);
        }
        return ids;
    }();
    return data;
}

struct Responsibility {
    QString id;
    QString name;
    QString description;
};

// A responsibility is a verb and an object, the same name and description in every role
// that lists it (roles that share one use the same id).
Responsibility responsibility(const Verb &verb, const char *object, quint32 seed)
{
    const QString objectText = QLatin1String(object);
    const QString name = capitalized(QLatin1String(verb.base) + QLatin1Char(' ') + objectText);
    const QString id = slug(name);
    Rng rng(mix(hashOf(id), seed));
    QString description = fill(rng, rng.pick<const char *>(kResponsibilityDescriptions), {});
    description.replace(QLatin1String("$V"), capitalized(QLatin1String(verb.third)));
    description.replace(QLatin1String("$X"), objectText);
    return {id, name, description};
}

QJsonObject namedItem(const QString &id, const QString &name, const QString &description)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("sources"), cite("general-practice")}};
}

QJsonObject generateRole(int index, quint32 seed)
{
    const BuiltIn &ids = builtIn();
    Rng rng(mix(seed, static_cast<quint64>(index)));

    const Category &category = rng.pick<Category>(kCategories);
    const QString qualifier = word(rng, kQualifiers);
    const QString domain = QLatin1String(rng.pick<const char *>(category.domains));
    const Noun &noun = rng.pick<Noun>(kNouns);
    const QString number = QString::number(index + 1);
    const QString baseTitle =
        qualifier + QLatin1Char(' ') + domain + QLatin1Char(' ') + QLatin1String(noun.noun);
    const QString title = baseTitle + QLatin1Char(' ') + number;
    const QString role = baseTitle.toLower();

    QJsonArray aliases;
    const int aliasCount = rng.between(0, 3);
    if (aliasCount >= 1) {
        QString initials;
        for (const auto &part : baseTitle.split(QLatin1Char(' '))) {
            initials.append(part.at(0).toUpper());
        }
        aliases.append(initials + QLatin1Char(' ') + number);
    }
    if (aliasCount >= 2) {
        aliases.append(capitalized(domain + QLatin1Char(' ') + QLatin1String(noun.synonym)) +
                       QLatin1Char(' ') + number);
    }
    if (aliasCount >= 3) {
        aliases.append(capitalized(domain + QLatin1Char(' ') + QLatin1String(noun.noun)) +
                       QStringLiteral(" (") + qualifier.toLower() + QStringLiteral(") ") + number);
    }

    const QString summary = QStringLiteral("A ") + role + QStringLiteral(" looks after ") +
                            QLatin1String(rng.pick<const char *>(category.objects)) +
                            QStringLiteral(" and ") + word(rng, kCommonObjects) +
                            QStringLiteral(" for ") + word(rng, kAudiences) +
                            QStringLiteral(", aiming for ") + word(rng, kOutcomes) +
                            QLatin1Char('.') + prose(rng, "", role, rng.between(1, 2));

    QJsonObject dimensionsObject;
    const auto &all = dimensions::all();
    for (qsizetype d = 0; d < all.size(); ++d) {
        const Dimension dimension = all[d];
        const QStringList &vocabulary = dimensions::vocabulary(dimension);
        const bool narrow =
            dimension == Dimension::Employment || dimension == Dimension::TimeHorizon ||
            dimension == Dimension::DecisionLevel || dimension == Dimension::Hierarchy;
        QJsonArray tags;
        for (const auto tag : rng.distinct(vocabulary.size(), rng.between(1, narrow ? 2 : 3))) {
            tags.append(vocabulary.at(tag));
        }
        const QString text =
            prose(rng, rng.pick<const char *>(kDimensionOpeners[static_cast<std::size_t>(d)]), role,
                  rng.between(0, 2));
        dimensionsObject.insert(dimensions::key(dimension),
                                QJsonObject{{QStringLiteral("text"), text},
                                            {QStringLiteral("tags"), tags},
                                            {QStringLiteral("sources"), cite("general-practice")}});
    }

    // Objects: the common ones plus the category's own.
    std::vector<const char *> objects(std::begin(kCommonObjects), std::end(kCommonObjects));
    objects.insert(objects.end(), category.objects.begin(), category.objects.end());
    const auto verbCount = static_cast<qsizetype>(std::size(kVerbs));
    QJsonArray responsibilities;
    for (const auto pair :
         rng.distinct(verbCount * static_cast<qsizetype>(objects.size()), rng.between(17, 23))) {
        const Responsibility item =
            responsibility(kVerbs[static_cast<std::size_t>(pair % verbCount)],
                           objects[static_cast<std::size_t>(pair / verbCount)], seed);
        responsibilities.append(namedItem(item.id, item.name, item.description));
    }

    const auto levelCount = static_cast<qsizetype>(std::size(kSkillLevels));
    QJsonArray skills;
    for (const auto pair : rng.distinct(static_cast<qsizetype>(std::size(kSkills)) * levelCount,
                                        rng.between(12, 18))) {
        const QString skill =
            QLatin1String(kSkillLevels[static_cast<std::size_t>(pair % levelCount)]) +
            QLatin1String(kSkills[static_cast<std::size_t>(pair / levelCount)]);
        const QString name = capitalized(skill);
        Rng skillRng(mix(hashOf(name), seed));
        QString description = fill(skillRng, skillRng.pick<const char *>(kSkillDescriptions), {});
        description.replace(QLatin1String("$S"), skill);
        skills.append(namedItem(slug(name), name, description));
    }

    // General practice only: primary weight 2, secondary weight 1 (docs/catalog-format.md).
    QJsonArray metrics;
    const int primaries = rng.between(2, 4);
    int position = 0;
    for (const auto metric : rng.distinct(ids.metricIds.size(), rng.between(7, 9))) {
        const bool primary = position++ < primaries;
        metrics.append(
            QJsonObject{{QStringLiteral("metric"), ids.metricIds.at(metric)},
                        {QStringLiteral("emphasis"),
                         primary ? QStringLiteral("primary") : QStringLiteral("secondary")},
                        {QStringLiteral("weight"), primary ? 2 : 1},
                        {QStringLiteral("basis"), cite("general-practice")}});
    }

    QJsonObject object{
        {QStringLiteral("id"), slug(title)},
        {QStringLiteral("title"), title},
        {QStringLiteral("category"), QLatin1String(category.name)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("summarySources"), cite("general-practice")},
        {QStringLiteral("dimensions"), dimensionsObject},
        {QStringLiteral("responsibilities"), responsibilities},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("metrics"), metrics},
    };
    if (!aliases.isEmpty()) {
        object.insert(QStringLiteral("aliases"), aliases);
    }

    // Work the role does not do, handed to a built-in role.
    QJsonArray exclusions;
    for (const auto verb :
         rng.distinct(static_cast<qsizetype>(std::size(kVerbs)), rng.between(0, 2))) {
        const Category &other = rng.pick<Category>(kCategories);
        exclusions.append(QJsonObject{
            {QStringLiteral("task"),
             capitalized(QLatin1String(kVerbs[static_cast<std::size_t>(verb)].base) +
                         QLatin1Char(' ') + QLatin1String(rng.pick<const char *>(other.objects)) +
                         QStringLiteral(" for ") + word(rng, kAudiences))},
            {QStringLiteral("handledBy"), ids.roleIds.at(rng.below(ids.roleIds.size()))},
            {QStringLiteral("sources"), cite("general-practice")}});
    }
    if (!exclusions.isEmpty()) {
        object.insert(QStringLiteral("notResponsibleFor"), exclusions);
    }
    QJsonArray misconceptions;
    for (const auto belief :
         rng.distinct(static_cast<qsizetype>(std::size(kBeliefs)), rng.between(0, 2))) {
        const auto &[beliefText, realityText] = kBeliefs[static_cast<std::size_t>(belief)];
        const QStringList texts =
            fill(rng, QLatin1String(beliefText) + QLatin1Char('|') + QLatin1String(realityText),
                 role)
                .split(QLatin1Char('|'));
        misconceptions.append(QJsonObject{{QStringLiteral("belief"), texts.at(0)},
                                          {QStringLiteral("reality"), texts.at(1)},
                                          {QStringLiteral("sources"), cite("general-practice")}});
    }
    if (!misconceptions.isEmpty()) {
        object.insert(QStringLiteral("misconceptions"), misconceptions);
    }

    QJsonObject curve{{QStringLiteral("startDelayWeeks"), rng.between(0, 12)},
                      {QStringLiteral("rampWeeks"), rng.between(4, 52)},
                      {QStringLiteral("sources"), cite("illustrative")}};
    if (rng.chance(30)) {
        curve.insert(QStringLiteral("holdWeeks"), rng.between(0, 26));
        curve.insert(QStringLiteral("decayHalfLifeWeeks"), rng.between(4, 52));
    }
    object.insert(QStringLiteral("expectedResults"), curve);
    if (rng.chance(30)) {
        const int low = rng.between(0, 3);
        object.insert(QStringLiteral("audienceGrowth"),
                      QJsonObject{{QStringLiteral("lowPercentPerMonth"), low},
                                  {QStringLiteral("highPercentPerMonth"), low + rng.between(1, 8)},
                                  {QStringLiteral("sources"), cite("illustrative")}});
    }
    return object;
}

const QByteArray kHead = QByteArrayLiteral(
    "{\n  \"format\": \"rolelens-catalog\",\n  \"version\": 1,\n  \"roles\": [\n");
const QByteArray kSeparator = QByteArrayLiteral(",\n");
const QByteArray kTail = QByteArrayLiteral("\n  ]\n}\n");

// One role as it sits in the "roles" array, indented by two spaces a level like the built-in
// files (QJsonDocument indents by four).
QByteArray roleBytes(int index, quint32 seed)
{
    const QByteArray json =
        QJsonDocument(generateRole(index, seed)).toJson(QJsonDocument::Indented);
    QByteArray bytes;
    bytes.reserve(json.size() * 3 / 4);
    qsizetype at = 0;
    while (at < json.size()) {
        qsizetype end = json.indexOf('\n', at);
        if (end < 0) {
            end = json.size();
        }
        qsizetype text = at;
        while (text < end && json.at(text) == ' ') {
            ++text;
        }
        if (at > 0) {
            bytes += '\n';
        }
        bytes.append(4 + (text - at) / 2, ' ');
        bytes.append(json.constData() + text, end - text);
        at = end + 1;
    }
    return bytes;
}

} // namespace

QByteArray generateCatalog(int roleCount, quint32 seed, int firstRole)
{
    QByteArray file = kHead;
    for (int i = 0; i < roleCount; ++i) {
        if (i > 0) {
            file += kSeparator;
        }
        file += roleBytes(firstRole + i, seed);
    }
    file += kTail;
    return file;
}

std::vector<QByteArray> generateCatalogFiles(int roleCount, quint32 seed, qint64 maxFileBytes)
{
    std::vector<QByteArray> files;
    QByteArray file;
    bool empty = true;
    for (int i = 0; i < roleCount; ++i) {
        const QByteArray role = roleBytes(i, seed);
        if (!empty && file.size() + kSeparator.size() + role.size() + kTail.size() > maxFileBytes) {
            files.push_back(file + kTail);
            empty = true;
        }
        if (empty) {
            file = kHead;
            empty = false;
        } else {
            file += kSeparator;
        }
        file += role;
    }
    if (!empty) {
        files.push_back(file + kTail);
    }
    return files;
}

QString generatedFileName(std::size_t index)
{
    return QStringLiteral("generated-%1.json").arg(index + 1, 3, 10, QLatin1Char('0'));
}

Result<Catalog> loadWithBuiltIn(const std::vector<QByteArray> &files)
{
    CatalogLoader loader;
    loader.addBuiltIn();
    for (std::size_t i = 0; i < files.size(); ++i) {
        loader.addBytes(files[i], generatedFileName(i));
    }
    return loader.finish();
}

} // namespace rolelens::bench
