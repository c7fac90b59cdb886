// Search as you type at 20,000 roles, with the models and the list view the window uses:
// each keystroke of a 12-character query sets the filter and lets the view lay out and
// paint what it shows. Target: under 8 ms per keystroke (median).
#include "catalog/SearchIndex.h"
#include "support/CatalogGenerator.h"
#include "ui/browse/RoleFilterProxyModel.h"
#include "ui/browse/RoleListModel.h"

#include <QApplication>
#include <QListView>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

using namespace rolelens;

struct Window {
    Catalog catalog;
    std::unique_ptr<RoleListModel> model;
    std::unique_ptr<RoleFilterProxyModel> proxy;
    std::unique_ptr<QListView> view;
};

// Freed before the application object goes (see main): widgets outliving it crash at exit.
std::map<int, std::unique_ptr<Window>> &windows()
{
    static std::map<int, std::unique_ptr<Window>> open;
    return open;
}

Window &window(int roles)
{
    auto &slot = windows()[roles];
    if (!slot) {
        slot = std::make_unique<Window>();
        slot->catalog = bench::loadWithBuiltIn(bench::generateCatalogFiles(roles, 1)).value();
        // As the window gets it: the index built off the GUI thread while the catalog loads.
        slot->model = std::make_unique<RoleListModel>(
            slot->catalog,
            std::make_shared<const SearchIndex>(SearchIndex::ofRoles(slot->catalog)));
        slot->proxy = std::make_unique<RoleFilterProxyModel>();
        slot->proxy->setSourceModel(slot->model.get());
        slot->view = std::make_unique<QListView>();
        slot->view->setUniformItemSizes(true);
        slot->view->setModel(slot->proxy.get());
        slot->view->resize(240, 700);
        slot->view->show();
        QApplication::processEvents();
    }
    return *slot;
}

// One keystroke: the filter changes, and the view shows the result.
void type(Window &target, const QString &text)
{
    target.proxy->setQuery(text);
    target.view->viewport()->repaint();
}

// The k-th keystroke of the query (the second argument): the first k - 1 characters are
// typed untimed, then the k-th is timed. The median over k = 1..12 is the figure to report.
void BM_SearchKeystroke(benchmark::State &state)
{
    Window &target = window(static_cast<int>(state.range(0)));
    const QString query = QStringLiteral("coordinator ");
    const auto keystroke = static_cast<qsizetype>(state.range(1));
    for (auto _ : state) {
        state.PauseTiming();
        type(target, QString()); // a new query: the field is cleared
        for (qsizetype typed = 1; typed < keystroke; ++typed) {
            type(target, query.left(typed));
        }
        state.ResumeTiming();
        type(target, query.left(keystroke));
    }
    state.SetLabel(QStringLiteral("\"%1\"").arg(query.left(keystroke)).toStdString());
    state.counters["rows"] = static_cast<double>(target.proxy->rowCount());
}
BENCHMARK(BM_SearchKeystroke)
    ->ArgsProduct({{20000}, benchmark::CreateDenseRange(1, 12, 1)})
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    windows().clear();
    return 0;
}
