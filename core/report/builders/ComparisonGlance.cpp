#include "report/builders/ComparisonGlance.h"

#include "i18n/Punctuation.h"
#include "model/TagLabels.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace rolelens {

using blocks::Heading;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;
using blocks::Table;

namespace {

// A colon or semicolon as English, German and Spanish write them, then as French does, with a
// no-break space before.
const QStringList kClauseMarks{QStringLiteral(": "), QStringLiteral("\u00a0:"),
                               QStringLiteral("; "), QStringLiteral("\u00a0;")};
const QStringList kNameEnds{QStringLiteral(": "), QStringLiteral("\u00a0:"), QStringLiteral(" (")};

Paragraph rowLabel(const QString &text)
{
    return Paragraph(QList<Span>{{Span::Kind::Strong, text, {}}});
}

} // namespace

QString ComparisonGlance::firstClause(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    const qsizetype end = finder.toNextBoundary();
    QString sentence = (end > 0 ? text.left(end) : text).trimmed();
    // Up to a colon or semicolon: what follows spells out or adds to what comes before it.
    // French text puts a no-break space before them, which goes with them.
    for (const QString &mark : kClauseMarks) {
        if (const qsizetype at = sentence.indexOf(mark); at > 0) {
            sentence = sentence.left(at).trimmed() + QLatin1Char('.');
        }
    }
    return sentence;
}

QString ComparisonGlance::shortTask(const QString &task)
{
    // The name comes before its explanation, given after a colon or in parentheses.
    qsizetype end = task.size();
    for (const QString &mark : kNameEnds) {
        if (const qsizetype at = task.indexOf(mark); at > 0) {
            end = std::min(end, at);
        }
    }
    return task.left(end).trimmed();
}

QStringList ComparisonGlance::primaryMetrics(const Catalog &catalog, const QStringList &roleIds)
{
    QStringList primary;
    for (const auto &metricId : catalog.metricsUsedBy(roleIds)) {
        const bool mainly = std::any_of(roleIds.cbegin(), roleIds.cend(), [&](const QString &id) {
            const Role *role = catalog.role(id);
            const MetricUse *use = role ? role->metricUse(metricId) : nullptr;
            return use && use->emphasis == MetricUse::Emphasis::Primary;
        });
        if (mainly) {
            primary.append(metricId);
        }
    }
    return primary;
}

QList<const Disagreement *> ComparisonGlance::disagreementsBetween(const Catalog &catalog,
                                                                   const QStringList &roleIds)
{
    QList<const Disagreement *> between;
    for (const auto &disagreement : catalog.disagreements()) {
        const auto compared =
            std::count_if(disagreement.roleIds.cbegin(), disagreement.roleIds.cend(),
                          [&](const QString &id) { return roleIds.contains(id); });
        if (compared >= 2) {
            between.append(&disagreement);
        }
    }
    return between;
}

void ComparisonGlance::add(Document &document, const Catalog &catalog, const Comparison &comparison)
{
    QList<const Role *> roles;
    for (const auto &id : comparison.roleIds) {
        roles.append(catalog.role(id));
    }
    document.add(Heading{tr("At a glance")});
    // The pages that follow give each statement in full; the column of labels says what the
    // shading means, so that the summary needs no note of its own and keeps to one page.
    Table table{{tr("Shaded: they differ")}, {0.14}, {}};
    for (const Role *role : roles) {
        table.headers.append(role->title);
        table.widths.append(0.86 / static_cast<double>(roles.size()));
    }
    Table::Row purpose{{rowLabel(tr("What it is for"))}, Table::Shade::None};
    for (const Role *role : roles) {
        const DimensionValue &value = role->dimension(Dimension::Purpose);
        purpose.cells.append(Paragraph(firstClause(value.text), value.sources));
    }
    table.rows.append(purpose);
    // The dimensions on which the roles differ, or on which one stands apart, in keywords.
    for (const auto &row : comparison.rows) {
        if (row.relation != Relation::Different && relations::apart(row.tags).isEmpty()) {
            continue;
        }
        Table::Row differs{{rowLabel(dimensions::label(row.dimension))}, Table::Shade::Difference};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            differs.cells.append(Paragraph(tags::labels(row.tags.at(i)),
                                           roles.at(i)->dimension(row.dimension).sources));
        }
        table.rows.append(differs);
    }
    Table::Row notDone{{rowLabel(tr("Does not do"))}, Table::Shade::None};
    for (const Role *role : roles) {
        QStringList tasks;
        Citations sources;
        for (const auto &exclusion : role->notResponsibleFor) {
            tasks.append(shortTask(exclusion.task));
            appendUnique(sources, exclusion.sources);
        }
        notDone.cells.append(Paragraph(Punctuation::semicolons(tasks), sources));
    }
    table.rows.append(notDone);
    document.add(table);
    const QStringList primary = primaryMetrics(catalog, comparison.roleIds);
    document.add(
        blocks::Chart{blocks::Chart::Kind::ComparedMetrics, comparison.roleIds, {}, {}, primary});
    const QList<const Disagreement *> between = disagreementsBetween(catalog, comparison.roleIds);
    if (between.isEmpty()) {
        document.add(Paragraph(tr("The articles do not disagree about these roles.")));
    } else {
        QStringList topics;
        for (const Disagreement *disagreement : between) {
            topics.append(disagreement->topic);
        }
        // A paragraph, not a note: a note keeps with what follows, the next section's start.
        document.add(
            Paragraph({{Span::Kind::Strong, tr("Where the articles disagree:"), {}},
                       {Span::Kind::Plain,
                        QLatin1Char(' ') + topics.join(QStringLiteral(" · ")) + QLatin1Char(' ') +
                            tr("(each position, with its sources, at the end)"),
                        {}}}));
    }
}

} // namespace rolelens
