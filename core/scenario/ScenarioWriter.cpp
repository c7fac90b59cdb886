#include "scenario/ScenarioWriter.h"

#include "scenario/ScenarioFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rolelens {

QByteArray ScenarioWriter::toJson(const Scenario &scenario)
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("rolelens-scenario")},
                     {QStringLiteral("version"), ScenarioFile::kFormatVersion}};
    if (!scenario.businessName.isEmpty() || scenario.size != Scenario::BusinessSize::Unspecified) {
        QJsonObject business;
        if (!scenario.businessName.isEmpty()) {
            business.insert(QStringLiteral("name"), scenario.businessName);
        }
        if (scenario.size != Scenario::BusinessSize::Unspecified) {
            business.insert(QStringLiteral("size"), Scenario::sizes().key(scenario.size));
        }
        root.insert(QStringLiteral("business"), business);
    }
    if (!scenario.considering.isEmpty()) {
        root.insert(QStringLiteral("considering"), scenario.considering);
    }
    const auto list = [&](const char *key, const QStringList &ids) {
        if (!ids.isEmpty()) {
            root.insert(QString::fromLatin1(key), QJsonArray::fromStringList(ids));
        }
    };
    list("goals", scenario.goals);
    list("tasks", scenario.tasks);
    list("oneHireCovers", scenario.oneHireCovers);
    if (scenario.followers) {
        root.insert(QStringLiteral("followers"),
                    QJsonObject{{QStringLiteral("current"), scenario.followers->current},
                                {QStringLiteral("target"), scenario.followers->target},
                                {QStringLiteral("weeks"), scenario.followers->weeks}});
    }
    list("judgeBy", scenario.judgeBy);
    if (scenario.budget) {
        QJsonObject budget;
        if (!scenario.budget->currency.isEmpty()) {
            budget.insert(QStringLiteral("currency"), scenario.budget->currency);
        }
        if (scenario.budget->monthlySalary) {
            budget.insert(QStringLiteral("monthlySalary"), *scenario.budget->monthlySalary);
        }
        if (scenario.budget->monthlyAdSpend) {
            budget.insert(QStringLiteral("monthlyAdSpend"), *scenario.budget->monthlyAdSpend);
        }
        root.insert(QStringLiteral("budget"), budget);
    }
    QJsonObject assumptions;
    if (scenario.audienceGrowth) {
        assumptions.insert(QStringLiteral("audienceGrowth"),
                           QJsonObject{{QStringLiteral("lowPercentPerMonth"),
                                        scenario.audienceGrowth->lowPercentPerMonth},
                                       {QStringLiteral("highPercentPerMonth"),
                                        scenario.audienceGrowth->highPercentPerMonth}});
    }
    if (!scenario.ownFigures.isEmpty()) {
        QJsonObject figures;
        for (auto it = scenario.ownFigures.constBegin(); it != scenario.ownFigures.constEnd();
             ++it) {
            figures.insert(it.key(), it.value());
        }
        assumptions.insert(QStringLiteral("benchmarks"), figures);
    }
    if (!assumptions.isEmpty()) {
        root.insert(QStringLiteral("assumptions"), assumptions);
    }
    if (!scenario.jobPostKeeps.isEmpty()) {
        root.insert(QStringLiteral("jobPost"),
                    QJsonObject{{QStringLiteral("keepTasks"),
                                 QJsonArray::fromStringList(scenario.jobPostKeeps)}});
    }
    if (scenario.issuedAgreement) {
        root.insert(QStringLiteral("agreement"),
                    QJsonObject{{QStringLiteral("version"), scenario.issuedAgreement->version},
                                {QStringLiteral("issued"),
                                 scenario.issuedAgreement->issued.toString(Qt::ISODate)},
                                {QStringLiteral("terms"),
                                 QJsonArray::fromStringList(scenario.issuedAgreement->terms)}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rolelens
