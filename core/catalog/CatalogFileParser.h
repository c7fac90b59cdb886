#pragma once

#include "catalog/CatalogLoader.h"
#include "catalog/parsers/CatalogParseContext.h"

#include <QCoreApplication>

#include <stop_token>

namespace rolelens {

// Parses one catalog file into what it defines and the references it makes, so the loader
// can merge it and resolve the references once every file is in: checks the file's header
// and hands every entry of each section to that section's parser (catalog/parsers/). Touches
// nothing shared but the string pool, so that files can be parsed side by side.
class CatalogFileParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    // Stops at the next entry once `stop` is requested.
    CatalogFileParser(CatalogLoader::ParsedFile &into, StringPool &strings,
                      std::stop_token stop = {});

    // The text of a file in another language, laid over its own (CatalogTranslation).
    struct Translation {
        QByteArray bytes; // none: the file's own text
        QString file;
        QString language;
    };

    void parse(const QByteArray &bytes, const Translation &translation = {});

private:
    // Hands every object of the optional array `key` of `root` to an EntryParser.
    template <typename EntryParser> void parseSection(const QJsonObject &root, const char *key);

    CatalogParseContext m_context;
    JsonReader &m_reader;
    std::stop_token m_stop;
};

} // namespace rolelens
