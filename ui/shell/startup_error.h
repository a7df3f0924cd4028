// What the learner sees when Lectern cannot open its data folder at start.
#pragma once

#include <QString>

#include "util/error.h"

class QWidget;

namespace lectern::ui {

// A modal, translated explanation with the technical detail tucked under "Show Details".
void showStartupError(QWidget* parent, const Error& error, const QString& dataDir);

} // namespace lectern::ui
