#include "ui/browse/RoleProfileHtml.h"

namespace rolelens {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(escaped(title));
}

} // namespace

RoleProfileHtml::RoleProfileHtml(const Catalog &catalog, const QPalette &palette)
    : m_catalog(&catalog), m_palette(palette)
{
}

QString RoleProfileHtml::markers(const Citations &citations)
{
    QStringList labels;
    for (const auto number : m_sources.numbers(citations)) {
        labels.append(QString::number(number));
    }
    m_citationGroups.append(citations);
    return QStringLiteral(" <a href=\"cite:%1\" style=\"text-decoration:none\"><sup>[%2]</sup></a>")
        .arg(m_citationGroups.size() - 1)
        .arg(labels.join(QLatin1Char(',')));
}

QString RoleProfileHtml::roleLink(const QString &roleId) const
{
    return QStringLiteral("<a href=\"role:%1\">%2</a>")
        .arg(roleId, escaped(m_catalog->roleTitle(roleId)));
}

QString RoleProfileHtml::citationToolTip(int group) const
{
    if (group < 0 || group >= m_citationGroups.size()) {
        return {};
    }
    QStringList lines;
    for (const auto &citation : m_citationGroups.at(group)) {
        const Source *source = m_catalog->source(citation.sourceId);
        QString line =
            QStringLiteral("<b>%1</b>").arg(escaped(source ? source->title : citation.sourceId));
        if (!citation.quote.isEmpty()) {
            line += QStringLiteral("<br>“%1”").arg(escaped(citation.quote));
        } else if (source && !source->note.isEmpty()) {
            line += QStringLiteral("<br><i>%1</i>").arg(escaped(source->note));
        }
        lines.append(line);
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
        .arg(lines.join(QStringLiteral("<br><br>")));
}

QString RoleProfileHtml::render(const Role &role)
{
    m_sources = CitationIndex();
    m_citationGroups.clear();
    const QString muted = m_palette.color(QPalette::PlaceholderText).name();
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(role.title));
    QString subtitle = escaped(role.category);
    if (!role.aliases.isEmpty()) {
        subtitle += QStringLiteral(" · ") +
                    escaped(tr("also called %1").arg(role.aliases.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, subtitle);
    html += QStringLiteral("<p>%1%2</p>").arg(escaped(role.summary), markers(role.summarySources));

    html += section(tr("At a glance"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    for (const auto dimension : dimensions::all()) {
        const DimensionValue &value = role.dimension(dimension);
        html += QStringLiteral("<tr><td width=\"28%\" valign=\"top\"><b>%1</b><br><span "
                               "style=\"color:%2\">%3</span></td>"
                               "<td width=\"72%\" valign=\"top\">%4%5</td></tr>")
                    .arg(escaped(dimensions::label(dimension)), muted,
                         escaped(value.tags.join(QStringLiteral(", "))), escaped(value.text),
                         markers(value.sources));
    }
    html += QStringLiteral("</table>");

    const auto namedItems = [&](const QString &title, const auto &items) {
        html += section(title) + QStringLiteral("<ul>");
        for (const auto &item : items) {
            html += QStringLiteral("<li><b>%1</b>").arg(escaped(item.name));
            if (!item.description.isEmpty()) {
                html += QStringLiteral(": ") + escaped(item.description);
            }
            html += markers(item.sources) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    };
    namedItems(tr("Responsibilities"), role.responsibilities);
    namedItems(tr("Skills"), role.skills);

    html += section(tr("Success metrics"));
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(muted, escaped(tr("Weight 1-5: how much the role is judged by the metric. "
                                       "Hover over a metric for its definition and formula.")));
    html += QStringLiteral("<ul>");
    for (const auto &use : role.metrics) {
        html +=
            QStringLiteral("<li><a href=\"metric:%1\">%2</a> — %3, %4 %5/5%6</li>")
                .arg(use.metricId, escaped(m_catalog->metricName(use.metricId)),
                     use.emphasis == MetricUse::Emphasis::Primary ? tr("primary") : tr("secondary"),
                     tr("weight"))
                .arg(use.weight)
                .arg(markers(use.basis));
    }
    html += QStringLiteral("</ul>");

    html += section(tr("Place in the organisation"));
    const auto links = [&](const QStringList &ids) {
        QStringList parts;
        for (const auto &id : ids) {
            parts.append(roleLink(id));
        }
        return parts.isEmpty() ? escaped(tr("nobody in the catalog"))
                               : parts.join(QStringLiteral(", "));
    };
    html += QStringLiteral("<p>%1: %2<br>%3: %4</p>")
                .arg(escaped(tr("Reports to")), links(role.reportsTo), escaped(tr("Supervises")),
                     links(role.supervises));

    if (!role.notResponsibleFor.isEmpty()) {
        html += section(tr("What this role does not do, and who does"));
        html += QStringLiteral("<ul>");
        for (const auto &item : role.notResponsibleFor) {
            html += QStringLiteral("<li>%1 → %2%3</li>")
                        .arg(escaped(item.task), roleLink(item.handledBy), markers(item.sources));
        }
        html += QStringLiteral("</ul>");
    }

    if (!role.misconceptions.isEmpty()) {
        html += section(tr("Misconceptions"));
        for (const auto &item : role.misconceptions) {
            html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4%5</p>")
                        .arg(escaped(tr("Belief:")), escaped(item.belief), escaped(tr("Reality:")),
                             escaped(item.reality), markers(item.sources));
        }
    }

    const auto disagreements = m_catalog->disagreementsFor(role.id);
    if (!disagreements.isEmpty()) {
        html += section(tr("Where the sources disagree"));
        for (const Disagreement *disagreement : disagreements) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(disagreement->topic));
            for (const auto &position : disagreement->positions) {
                html += QStringLiteral("<li>%1%2</li>")
                            .arg(escaped(position.view), markers(position.sources));
            }
            html += QStringLiteral("</ul>");
        }
    }

    if (role.expectedResults) {
        const ResultCurve &curve = *role.expectedResults;
        html += section(tr("Expected results over time (assumptions)"));
        html +=
            QStringLiteral("<p>%1%2</p>").arg(escaped(curve.description()), markers(curve.sources));
    }

    html += section(tr("Sources"));
    html +=
        QStringLiteral("<p style=\"color:%1\">%2</p><ol>")
            .arg(muted, escaped(tr("Hover over a reference number to read the exact statement.")));
    for (const auto &id : m_sources.sourceIds()) {
        const Source *source = m_catalog->source(id);
        QString line = escaped(source ? source->title : id);
        if (source && !source->publisher.isEmpty()) {
            line += QStringLiteral(", ") + escaped(source->publisher);
        }
        if (source && source->kind != Source::Kind::Article) {
            line = QStringLiteral("<i>%1</i>").arg(line);
        }
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace rolelens
