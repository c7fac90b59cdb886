#pragma once

#include "ui/widgets/MessageBar.h"

namespace rolelens {

// A one-line hint on the first start: the window opens on a profile, and nothing else says
// that an Advisor and worked examples exist. Closed for good once dismissed or followed.
class FirstRunHint : public MessageBar {
    Q_OBJECT

public:
    explicit FirstRunHint(QWidget *parent = nullptr);

signals:
    void advisorRequested();
    void dismissed();
};

} // namespace rolelens
