#pragma once

#include "directory/Directory.h"
#include "editor/FormField.h"

#include <QJsonObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace muster {

// A complex attribute that points at another resource by id, such as the Enterprise User's manager:
// the id (typed or chosen with a search) and the name of whom it points at.
class ReferenceIdField final : public FormField {
    Q_OBJECT

public:
    ReferenceIdField(const QString& path, const QString& label, std::shared_ptr<Directory> directory,
                     QString tenant, QString resourceType, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;

    QLineEdit* idEdit() const { return m_id; }
    QPushButton* chooseButton() const { return m_choose; }
    // Whom the id names, as shown beside it.
    QString targetLabel() const;
    void choose();

private:
    void describeTarget();

    std::shared_ptr<Directory> m_directory;
    QString m_tenant;
    QString m_resourceType;
    QJsonObject m_loaded; // the value as loaded: its other parts stay while the id does
    QLineEdit* m_id;
    QPushButton* m_choose;
    QLabel* m_target;
};

} // namespace muster
