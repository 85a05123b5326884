#pragma once

#include "directory/Directory.h"

#include <QDialog>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace muster {

class CandidateListModel;
class CandidateSearch;
class MemberListModel;

// Edits a group's members: its users and nested groups on the left (Delete removes), a search on the
// right whose matches follow the text as it is typed (Enter or Add adds). Nothing changes until Save
// (Ctrl+Enter), which hands the ids added and removed to the save handler; Esc cancels.
class MembershipEditor final : public QDialog {
    Q_OBJECT

public:
    using SaveHandler = std::function<Status(const QStringList& added, const QStringList& removed)>;

    // `group` as the Directory returns it, with its members.
    MembershipEditor(std::shared_ptr<Directory> directory, const QString& tenant, const Resource& group,
                     QWidget* parent = nullptr);

    const Resource& group() const { return m_group; }
    MemberListModel* members() const { return m_members; }
    CandidateListModel* candidates() const { return m_candidates; }
    CandidateSearch* search() const { return m_search; }
    QLineEdit* searchBox() const { return m_searchBox; }
    QTableView* memberTable() const { return m_memberTable; }
    QTableView* candidateTable() const { return m_candidateTable; }
    QPushButton* saveButton() const { return m_save; }
    QString error() const;

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    void addSelectedCandidates();
    void removeSelectedMembers();

public slots:
    void save();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateExcluded();
    void updateCount();

    std::shared_ptr<Directory> m_directory;
    Resource m_group;
    MemberListModel* m_members;
    CandidateListModel* m_candidates;
    CandidateSearch* m_search;
    QLineEdit* m_searchBox;
    QTableView* m_memberTable;
    QTableView* m_candidateTable;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_count;
    QLabel* m_error;
    SaveHandler m_saveHandler;
};

} // namespace muster
