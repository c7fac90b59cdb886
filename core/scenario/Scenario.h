#pragma once

#include "base/EnumTable.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rolelens {

// What a business owner wants from a hire, as docs/scenario-format.md describes it. Every
// id in it has been checked against the catalog by ScenarioFile.
struct Scenario {
    enum class BusinessSize { Unspecified, Solo, Small, Medium, Large };

    struct Followers {
        // More than any account has, so a higher count is a typing error.
        static constexpr int kMaxCount = 1'000'000'000;
        // Ten years: a target further off than that is no reason to hire now.
        static constexpr int kMaxWeeks = 520;

        int current = 0;
        int target = 0;
        int weeks = 0;
        bool operator==(const Followers &) const = default;
    };

    struct Budget {
        // Beyond any monthly salary or ad budget, so a higher amount is a typing error.
        static constexpr double kMaxAmount = 1e9;

        QString currency;
        std::optional<double> monthlySalary;
        std::optional<double> monthlyAdSpend;
        bool operator==(const Budget &) const = default;
    };

    // The owner's own figures for the catalog's illustrative growth assumption.
    struct GrowthOverride {
        double lowPercentPerMonth = 0;
        double highPercentPerMonth = 0;
        bool operator==(const GrowthOverride &) const = default;
    };

    // The last expectations agreement issued on this scenario: its version, the day it was
    // issued and what was agreed, a line each, so that the next one says what changed.
    struct IssuedAgreement {
        static constexpr int kMaxVersion = 9999;
        static constexpr int kMaxTerms = 1000;

        int version = 0;
        QDate issued;
        QStringList terms;
        bool operator==(const IssuedAgreement &) const = default;
    };

    QString businessName;
    BusinessSize size = BusinessSize::Unspecified;
    QString considering; // role id, or empty
    QStringList goals;
    QStringList tasks;
    QStringList oneHireCovers; // role ids
    std::optional<Followers> followers;
    QStringList judgeBy; // metric ids
    std::optional<Budget> budget;
    std::optional<GrowthOverride> audienceGrowth;
    // The owner's own figure for a measure (metric id -> value in the metric's unit), shown as
    // theirs beside the published benchmarks, which it does not replace.
    QMap<QString, double> ownFigures;
    std::optional<IssuedAgreement> issuedAgreement;
    // Task ids the plan gives to another role that the owner asks to keep in the job post
    // anyway; the post marks each as such rather than passing it off as the role's work.
    QStringList jobPostKeeps;
    // Beyond any count, amount or rate a measure reaches, so a higher figure is a typing error.
    static constexpr double kMaxOwnFigure = 1e9;

    bool operator==(const Scenario &) const = default;

    static const EnumTable<BusinessSize> &sizes();
    static QString sizeKey(BusinessSize size) { return sizes().key(size); }
    // Translated, for display.
    static QString sizeLabel(BusinessSize size) { return sizes().label(size); }
};

} // namespace rolelens
