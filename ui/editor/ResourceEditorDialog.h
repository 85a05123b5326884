#pragma once

#include "directory/Directory.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace muster {

class SchemaForm;

// Creates or edits one user or group with a form generated from its schemas. Save (Enter or
// Ctrl+Enter) first checks the form as the directory would (ResourceCanonicalizer), then hands it to
// the save handler; a message from either appears under the field it names, or above the form when it
// names none, and the dialog stays open. Esc cancels. Users get "Set password", which the directory
// hashes on save.
class ResourceEditorDialog final : public QDialog {
    Q_OBJECT

public:
    // Writes the form (`json`, SCIM JSON without id and meta; `password` empty unless a new one was
    // set) and returns the directory's answer.
    using SaveHandler = std::function<Status(const QJsonObject& json, const QString& password)>;

    // A new resource when `resource` has no id.
    ResourceEditorDialog(std::shared_ptr<Directory> directory, const QString& tenant,
                         const ResourceType& type, const Resource& resource, QWidget* parent = nullptr);
    ~ResourceEditorDialog() override;

    bool isNew() const { return m_resource.id.isEmpty(); }
    const Resource& resource() const { return m_resource; }
    const ResourceType& resourceType() const { return m_type; }
    SchemaForm* form() const { return m_form; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* passwordButton() const { return m_passwordButton; }
    // The message shown above the form (one that names no field); empty when none is.
    QString generalError() const;
    bool hasNewPassword() const { return !m_password.isEmpty(); }
    void setNewPassword(const QString& password);

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // Opens the password dialog (users only).
    void askForPassword();

public slots:
    void save();

private:
    void showError(const ScimError& error, bool focus);
    void validate();

    std::shared_ptr<Directory> m_directory;
    const ResourceType& m_type;
    Resource m_resource;
    SchemaForm* m_form;
    QLabel* m_banner;
    QPushButton* m_save;
    QPushButton* m_passwordButton = nullptr;
    QLabel* m_passwordState = nullptr;
    QString m_password;
    SaveHandler m_saveHandler;
    bool m_validateWhileTyping = false;
};

} // namespace muster
