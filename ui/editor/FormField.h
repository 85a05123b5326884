#pragma once

#include <QJsonValue>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QVBoxLayout;
QT_END_NAMESPACE

namespace muster {

// One attribute in a SchemaForm: an editor for its value, and a line under it for the core's message
// when the value is refused. `path` is the attribute as the core's messages name it: "userName",
// "name", "urn:...:enterprise:2.0:User:manager".
class FormField : public QWidget {
    Q_OBJECT

public:
    FormField(QString path, QString label, QWidget* parent = nullptr);

    const QString& path() const { return m_path; }
    // The attribute's name as people read it (also the editor's accessible name).
    const QString& label() const { return m_label; }

    // The value as SCIM JSON; undefined when the field is empty.
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;

    // Shows `detail` (a message that names this field's path) under the field; empty hides the line.
    virtual void showError(const QString& detail);
    // Gives the focus to the part the message names.
    virtual void focusError();
    QString errorText() const;
    // The widget that takes the focus for the field.
    QWidget* editor() const { return m_editor; }

signals:
    // The user changed the value.
    void edited();

protected:
    // Puts `editor` above the error line and makes it the field's focus proxy.
    void setEditor(QWidget* editor);

private:
    QString m_path;
    QString m_label;
    QWidget* m_editor = nullptr;
    QLabel* m_error;
    QVBoxLayout* m_layout;
};

} // namespace muster
