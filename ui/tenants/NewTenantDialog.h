#pragma once

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace muster {

// Asks for a new tenant's name. The name is checked as it is typed, with the directory's own rule and
// message (Directory::checkTenantName) and against the tenants there are; Create stays disabled until
// the name is usable.
class NewTenantDialog final : public QDialog {
    Q_OBJECT

public:
    NewTenantDialog(QStringList existingTenants, QWidget* parent = nullptr);

    QString name() const;
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* createButton() const { return m_create; }
    // Why the name cannot be used; empty when it can (or nothing is typed yet).
    QString problem() const;

private:
    void check();

    QStringList m_existing;
    QLineEdit* m_name;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
};

} // namespace muster
