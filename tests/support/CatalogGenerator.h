#pragma once

#include "base/Result.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogLoader.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace rolelens::bench {

// Synthetic catalogs for the "fast at any size" benchmarks (issue 8). The roles look like the
// built-in ones: about 20 responsibilities, 15 skills and 8 metric uses each, every dimension
// filled with one to three sentences of prose composed from word lists, tags from the fixed
// vocabularies, about 20 categories. Everything cites the built-in `general-practice` source
// (assumptions cite `illustrative`), so weights follow the general-practice rule: primary 2,
// secondary 1. No hierarchy links. The output depends only on the role count and the seed
// (the generator has its own random numbers, not the standard library's distributions, whose
// results differ between implementations), and role N is the same whichever way the roles
// are split into files.

// One catalog file holding roles [firstRole, firstRole + roleCount). Not split: above about
// 500 roles it exceeds CatalogLoader::kMaxFileBytes; use generateCatalogFiles for more.
QByteArray generateCatalog(int roleCount, quint32 seed, int firstRole = 0);

// roleCount roles split into as few files as keep each one at most maxFileBytes.
std::vector<QByteArray> generateCatalogFiles(int roleCount, quint32 seed,
                                             qint64 maxFileBytes = CatalogLoader::kMaxFileBytes);

// "generated-001.json" for index 0: the names the command-line tool writes.
QString generatedFileName(std::size_t index);

// The built-in catalog followed by these files (named as generatedFileName says).
Result<Catalog> loadWithBuiltIn(const std::vector<QByteArray> &files);

} // namespace rolelens::bench
