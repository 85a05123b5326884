#pragma once

#include "directory/OperationContext.h"
#include "transfer/ExportJob.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QProgressDialog;
QT_END_NAMESPACE

namespace muster {

class MainWindow;

// Import and export in the main window's File menu: Import CSV (Ctrl+I), Import SCIM JSON
// (Ctrl+Shift+I), Export (Ctrl+Shift+E) of the page's view or selection, and Save CSV template.
class TransferFeature final : public QObject {
    Q_OBJECT

public:
    // Adds the actions to the window; the feature lives as long as the window.
    static TransferFeature* install(MainWindow& window);

    QAction* importCsvAction() const { return m_importCsv; }
    QAction* importJsonAction() const { return m_importJson; }
    QAction* exportAction() const { return m_export; }
    QAction* templateAction() const { return m_template; }

    // Who the directory's audit log names for writes from this app: "desktop:<login name>".
    static QString desktopActor();

    // Starts an export of the page in front without asking (the dialog calls this too).
    ExportJob* startExport(const QString& fileName, ExportJob::Format format, bool selectionOnly);

signals:
    // An export ended: `message` says how it went.
    void exportFinished(bool succeeded, const QString& message);

private:
    explicit TransferFeature(MainWindow& window);
    OperationContext context() const;
    void importFile(bool csv);
    void exportView();
    void saveTemplate();
    void exportEnded();

    MainWindow& m_window;
    QAction* m_importCsv;
    QAction* m_importJson;
    QAction* m_export;
    QAction* m_template;
    std::unique_ptr<ExportJob> m_exportJob;
    QPointer<QProgressDialog> m_exportProgress;
};

} // namespace muster
