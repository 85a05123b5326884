#pragma once

namespace muster {

class MainWindow;

// File > Settings (Ctrl+,): the SettingsDialog.
class SettingsFeature final {
public:
    static void install(MainWindow& window);
};

} // namespace muster
