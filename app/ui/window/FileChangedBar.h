#pragma once

#include "ui/widgets/MessageBar.h"

#include <QString>

namespace rolelens {

class ScenarioSession;

// The bar over the views that says another program changed the scenario's file, with Reload
// and Keep mine, as KeePassXC does for its databases: not a dialog, so that nothing the user is
// typing is interrupted. Hidden again once the file is reloaded, saved or another one opened.
class FileChangedBar : public MessageBar {
    Q_OBJECT

public:
    explicit FileChangedBar(ScenarioSession *session, QWidget *parent = nullptr);

private:
    void showFor(const QString &path);
    void updateText();

    ScenarioSession *m_session;
    QString m_path;
};

} // namespace rolelens
