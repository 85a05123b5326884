#pragma once

#include "directory/Directory.h"
#include "editor/Candidate.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QTableView;
QT_END_NAMESPACE

namespace muster {

class CandidateListModel;
class CandidateSearch;

// Chooses one resource (a manager, for instance) by typing part of its name: the list follows the
// text; Enter or a double click chooses.
class ResourcePickerDialog final : public QDialog {
    Q_OBJECT

public:
    ResourcePickerDialog(std::shared_ptr<Directory> directory, const QString& tenant,
                         const QString& resourceType, QWidget* parent = nullptr);

    Candidate chosen() const { return m_chosen; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* results() const { return m_table; }
    CandidateSearch* search() const { return m_searcher; }

    void accept() override;

private:
    CandidateSearch* m_searcher;
    CandidateListModel* m_model;
    QLineEdit* m_search;
    QTableView* m_table;
    Candidate m_chosen;
};

} // namespace muster
