#pragma once

#include "compare/RoleCurve.h"
#include "model/Citation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace rolelens::blocks {

// The pieces of a document (report/Document.h): plain values that say what is shown, never how.
// Every renderer (text for a terminal, Markdown, the window's HTML, the printed sheet) lays
// them out its own way, so a document built once reads the same everywhere.

// A run of text inside a paragraph. Links name the id they lead to; a renderer that cannot
// link shows the text (and, for a role, its id where the reader needs it to type a command).
// Tags are a comma-separated list of the catalog's keywords, shown set apart from the text;
// Code is an identifier the reader may type or search for (a finding's id).
struct Span {
    enum class Kind { Plain, Strong, Emphasis, RoleLink, MetricLink, Tags, Code };
    Kind kind = Kind::Plain;
    QString text;
    QString target; // the role or metric id of a link

    bool operator==(const Span &) const = default;
};

// Text with the sources behind it, kept as data until a renderer numbers them.
struct Paragraph {
    QList<Span> spans;
    Citations sources;

    Paragraph() = default;
    // No text makes no span, so that an empty paragraph is empty.
    Paragraph(const QString &text, const Citations &citations = {})
        : spans(text.isEmpty() ? QList<Span>() : QList<Span>{{Span::Kind::Plain, text, {}}}),
          sources(citations)
    {
    }
    Paragraph(QList<Span> parts, const Citations &citations = {})
        : spans(std::move(parts)), sources(citations)
    {
    }
    bool isEmpty() const { return spans.isEmpty() && sources.isEmpty(); }
    bool operator==(const Paragraph &) const = default;
};

struct Title {
    QString text;
    QStringList subtitles; // muted lines under the title: id, category...
    // What the document is ("Role profile"), for a printed copy that stands on its own; a
    // printed sheet dates it.
    QString kind;
};

// Level 1 heads a section; level 2 a part of one (each role's share of a section).
struct Heading {
    QString text;
    int level = 1;
};

// An explanation of how to read what follows; shown smaller or muted.
struct Note {
    Paragraph text;
};

struct ListItem {
    Paragraph text;
    QList<Paragraph> details; // indented under the item
};

struct BulletList {
    QList<ListItem> items;
};

// A cell with no paragraph content has no value: a table shows it as a dash, a list of
// labelled lines leaves it out.
struct Table {
    enum class Shade { None, Overlap, Difference };
    struct Row {
        QList<Paragraph> cells;
        Shade shade = Shade::None;
    };
    QStringList headers;
    QList<double> widths; // fractions of the page width, one per column (the sheet uses them)
    QList<Row> rows;
};

// A chart, by what it shows rather than how: renderers that draw (the printed sheet) build it
// from the catalog and the curves given; the others leave it out, since its figures are in the
// text around it, and with it its caption, which says how to read the drawing.
struct Chart {
    enum class Kind {
        RoleMetrics,     // one chart per role: what it is judged by, by weight and emphasis
        ComparedMetrics, // the roles' metric weights on one axis
        ExpectedResults, // each curve's assumed results over time
    };
    Kind kind = Kind::RoleMetrics;
    QStringList roleIds;
    QList<RoleCurve> curves; // ExpectedResults: the assumptions in force, in order
    QString caption;
    QStringList metricIds; // ComparedMetrics: only these metrics; every one the roles use if empty
};

// Lines for each party to sign and date: what makes a document an agreement.
struct Signatures {
    QStringList parties;
};

// The numbered list of every source cited above it, in order of first citation, under its
// heading; nothing at all when nothing above cites a source.
struct SourceList {
    QString heading;
};

using Block =
    std::variant<Title, Heading, Paragraph, Note, BulletList, Table, Chart, Signatures, SourceList>;

} // namespace rolelens::blocks
