#include "model/TagLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace rolelens::tags {

namespace {

// Every tag of the dimensions' vocabularies (model/Dimension.cpp), with its English keyword.
const QHash<QString, const char *> &keywords()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("brand-presence"), QT_TRANSLATE_NOOP("Tag", "brand presence")},
        {QStringLiteral("audience-influence"), QT_TRANSLATE_NOOP("Tag", "audience influence")},
        {QStringLiteral("product-promotion"), QT_TRANSLATE_NOOP("Tag", "product promotion")},
        {QStringLiteral("lead-and-sales-generation"),
         QT_TRANSLATE_NOOP("Tag", "lead and sales generation")},
        {QStringLiteral("community-building"), QT_TRANSLATE_NOOP("Tag", "community building")},
        {QStringLiteral("web-presence"), QT_TRANSLATE_NOOP("Tag", "web presence")},
        {QStringLiteral("marketing-direction"), QT_TRANSLATE_NOOP("Tag", "marketing direction")},
        {QStringLiteral("reputation-management"),
         QT_TRANSLATE_NOOP("Tag", "reputation management")},
        {QStringLiteral("customer-support"), QT_TRANSLATE_NOOP("Tag", "customer support")},
        {QStringLiteral("administration"), QT_TRANSLATE_NOOP("Tag", "administration")},
        {QStringLiteral("content-creation"), QT_TRANSLATE_NOOP("Tag", "content creation")},
        {QStringLiteral("strategy"), QT_TRANSLATE_NOOP("Tag", "strategy")},
        {QStringLiteral("execution"), QT_TRANSLATE_NOOP("Tag", "execution")},
        {QStringLiteral("analytics"), QT_TRANSLATE_NOOP("Tag", "analytics")},
        {QStringLiteral("paid-advertising"), QT_TRANSLATE_NOOP("Tag", "paid advertising")},
        {QStringLiteral("community-interaction"),
         QT_TRANSLATE_NOOP("Tag", "community interaction")},
        {QStringLiteral("technical-maintenance"),
         QT_TRANSLATE_NOOP("Tag", "technical maintenance")},
        {QStringLiteral("media-relations"), QT_TRANSLATE_NOOP("Tag", "media relations")},
        {QStringLiteral("issue-resolution"), QT_TRANSLATE_NOOP("Tag", "issue resolution")},
        {QStringLiteral("administrative-tasks"), QT_TRANSLATE_NOOP("Tag", "administrative tasks")},
        {QStringLiteral("employee"), QT_TRANSLATE_NOOP("Tag", "employee")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("Tag", "agency")},
        {QStringLiteral("self-employed"), QT_TRANSLATE_NOOP("Tag", "self-employed")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("Tag", "contract")},
        {QStringLiteral("personal-connection"), QT_TRANSLATE_NOOP("Tag", "personal connection")},
        {QStringLiteral("brand-voice"), QT_TRANSLATE_NOOP("Tag", "brand voice")},
        {QStringLiteral("two-way"), QT_TRANSLATE_NOOP("Tag", "two-way")},
        {QStringLiteral("one-way"), QT_TRANSLATE_NOOP("Tag", "one-way")},
        {QStringLiteral("targeted-campaigns"), QT_TRANSLATE_NOOP("Tag", "targeted campaigns")},
        {QStringLiteral("one-to-one-support"), QT_TRANSLATE_NOOP("Tag", "one-to-one support")},
        {QStringLiteral("indirect"), QT_TRANSLATE_NOOP("Tag", "indirect")},
        {QStringLiteral("salary"), QT_TRANSLATE_NOOP("Tag", "salary")},
        {QStringLiteral("contract-fees"), QT_TRANSLATE_NOOP("Tag", "contract fees")},
        {QStringLiteral("service-fees"), QT_TRANSLATE_NOOP("Tag", "service fees")},
        {QStringLiteral("brand-partnerships"), QT_TRANSLATE_NOOP("Tag", "brand partnerships")},
        {QStringLiteral("sponsored-content"), QT_TRANSLATE_NOOP("Tag", "sponsored content")},
        {QStringLiteral("affiliate-marketing"), QT_TRANSLATE_NOOP("Tag", "affiliate marketing")},
        {QStringLiteral("own-products"), QT_TRANSLATE_NOOP("Tag", "own products")},
        {QStringLiteral("audience-size"), QT_TRANSLATE_NOOP("Tag", "audience size")},
        {QStringLiteral("engagement"), QT_TRANSLATE_NOOP("Tag", "engagement")},
        {QStringLiteral("visibility"), QT_TRANSLATE_NOOP("Tag", "visibility")},
        {QStringLiteral("traffic"), QT_TRANSLATE_NOOP("Tag", "traffic")},
        {QStringLiteral("conversion"), QT_TRANSLATE_NOOP("Tag", "conversion")},
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Tag", "revenue")},
        {QStringLiteral("sentiment"), QT_TRANSLATE_NOOP("Tag", "sentiment")},
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("Tag", "service")},
        {QStringLiteral("operations"), QT_TRANSLATE_NOOP("Tag", "operations")},
        {QStringLiteral("immediate"), QT_TRANSLATE_NOOP("Tag", "immediate")},
        {QStringLiteral("short-term"), QT_TRANSLATE_NOOP("Tag", "short-term")},
        {QStringLiteral("long-term"), QT_TRANSLATE_NOOP("Tag", "long-term")},
        {QStringLiteral("strategic"), QT_TRANSLATE_NOOP("Tag", "strategic")},
        {QStringLiteral("tactical"), QT_TRANSLATE_NOOP("Tag", "tactical")},
        {QStringLiteral("operational"), QT_TRANSLATE_NOOP("Tag", "operational")},
        {QStringLiteral("independent"), QT_TRANSLATE_NOOP("Tag", "independent")},
        {QStringLiteral("team-member"), QT_TRANSLATE_NOOP("Tag", "team member")},
        {QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("Tag", "supervisor")},
        {QStringLiteral("supervised"), QT_TRANSLATE_NOOP("Tag", "supervised")},
    };
    return table;
}

} // namespace

QString label(const QString &tag)
{
    const auto found = keywords().constFind(tag);
    return found == keywords().constEnd() ? tag : QCoreApplication::translate("Tag", found.value());
}

bool hasKeyword(const QString &tag)
{
    return keywords().contains(tag);
}

QString labels(const QStringList &tags)
{
    QStringList shown;
    shown.reserve(tags.size());
    for (const auto &tag : tags) {
        shown.append(label(tag));
    }
    return shown.join(QStringLiteral(", "));
}

} // namespace rolelens::tags
