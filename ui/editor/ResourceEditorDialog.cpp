#include "editor/ResourceEditorDialog.h"

#include "editor/FormField.h"
#include "editor/PasswordDialog.h"
#include "editor/SchemaForm.h"
#include "resource/ResourceCanonicalizer.h"
#include "schema/SchemaUrns.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace muster {

namespace {

QString labelOf(const QJsonObject& json)
{
    const QString displayName = json.value(QStringLiteral("displayName")).toString();
    return displayName.isEmpty() ? json.value(QStringLiteral("userName")).toString() : displayName;
}

QString localTime(const QJsonValue& value)
{
    const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return instant.isValid() ? QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ResourceEditorDialog::ResourceEditorDialog(std::shared_ptr<Directory> directory, const QString& tenant,
                                           const ResourceType& type, const Resource& resource,
                                           QWidget* parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_type(type)
    , m_resource(resource)
    , m_form(new SchemaForm(m_directory->registry(), type, {m_directory, tenant}, this))
    , m_banner(new QLabel(this))
{
    const bool user = type.schema.compare(urns::User, Qt::CaseInsensitive) == 0;
    const bool group = type.schema.compare(urns::Group, Qt::CaseInsensitive) == 0;
    if (isNew()) {
        setWindowTitle(user ? tr("New User") : group ? tr("New Group") : tr("New %1").arg(type.name));
    } else {
        const QString label = labelOf(resource.json);
        setWindowTitle(user    ? tr("Edit User %1").arg(label)
                       : group ? tr("Edit Group %1").arg(label)
                               : tr("Edit %1 %2").arg(type.name, label));
    }
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    if (!isNew()) {
        // The parts the directory keeps itself: shown, not edited.
        const QJsonObject meta = resource.json.value(QStringLiteral("meta")).toObject();
        QStringList facts{tr("ID: %1").arg(resource.id), tr("Version %1").arg(resource.version)};
        if (const QString created = localTime(meta.value(QStringLiteral("created"))); !created.isEmpty())
            facts.append(tr("Created %1").arg(created));
        if (const QString modified = localTime(meta.value(QStringLiteral("lastModified")));
            !modified.isEmpty())
            facts.append(tr("Last modified %1").arg(modified));
        QStringList groups;
        for (const QJsonValue& entry : resource.json.value(QStringLiteral("groups")).toArray())
            groups.append(entry.toObject().value(QStringLiteral("display")).toString());
        if (!groups.isEmpty())
            facts.append(tr("Member of: %1").arg(groups.join(QStringLiteral(", "))));
        auto* about = new QLabel(facts.join(QStringLiteral("  ·  ")), this);
        about->setObjectName(QStringLiteral("readOnlyFacts"));
        about->setWordWrap(true);
        about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        about->setAccessibleName(tr("Kept by the directory"));
        layout->addWidget(about);
    }
    m_banner->setObjectName(QStringLiteral("generalError"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_banner->setPalette(palette);
    m_banner->setAccessibleName(tr("Problem"));
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);

    if (user) {
        auto* row = new QHBoxLayout;
        m_passwordButton = new QPushButton(tr("Set &Password..."), this);
        m_passwordButton->setAutoDefault(false);
        m_passwordState = new QLabel(this);
        m_passwordState->setWordWrap(true);
        row->addWidget(m_passwordButton);
        row->addWidget(m_passwordState, 1);
        layout->addLayout(row);
        connect(m_passwordButton, &QPushButton::clicked, this, &ResourceEditorDialog::askForPassword);
        setNewPassword(QString());
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Enter or Ctrl+Enter)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourceEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ResourceEditorDialog::save);
    }
    connect(m_form, &SchemaForm::edited, this, [this] {
        if (m_validateWhileTyping)
            validate();
    });

    m_form->setResource(resource.json);
    if (!m_form->fields().isEmpty())
        m_form->fields().first()->setFocus(Qt::OtherFocusReason);
    resize(680, 600);
}

ResourceEditorDialog::~ResourceEditorDialog()
{
    m_password.fill(u'\0');
}

QString ResourceEditorDialog::generalError() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void ResourceEditorDialog::setNewPassword(const QString& password)
{
    m_password = password;
    if (!m_passwordState)
        return;
    if (!password.isEmpty())
        m_passwordState->setText(tr("The new password is set when you save."));
    else if (isNew())
        m_passwordState->setText(tr("No password: the user cannot sign in with one until it is set."));
    else
        m_passwordState->setText(tr("The password stays as it is."));
}

void ResourceEditorDialog::askForPassword()
{
    const QString label = labelOf(m_form->toJson());
    auto* dialog = new PasswordDialog(label.isEmpty() ? tr("the new user") : label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setNewPassword(dialog->password()); });
    dialog->open();
}

void ResourceEditorDialog::showError(const ScimError& error, bool focus)
{
    if (m_form->showError(error.detail, focus)) {
        m_banner->setVisible(false);
        return;
    }
    m_banner->setText(error.detail);
    m_banner->setVisible(true);
}

// Checks the form as the directory will; true when it would take it.
void ResourceEditorDialog::validate()
{
    m_form->clearErrors();
    m_banner->setVisible(false);
    auto canonical = ResourceCanonicalizer(m_directory->registry(), m_type).canonicalize(m_form->toJson());
    if (!canonical)
        showError(canonical.error(), false);
}

void ResourceEditorDialog::save()
{
    // A table cell still being edited (Ctrl+Enter from inside it) commits its text when it loses the focus.
    if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    m_form->clearErrors();
    m_banner->setVisible(false);
    const QJsonObject json = m_form->toJson();
    auto canonical = ResourceCanonicalizer(m_directory->registry(), m_type).canonicalize(json);
    if (!canonical) {
        m_validateWhileTyping = true;
        showError(canonical.error(), true);
        return;
    }
    if (m_saveHandler) {
        const Status saved = m_saveHandler(json, m_password);
        if (!saved) {
            m_validateWhileTyping = true;
            showError(saved.error(), true);
            return;
        }
    }
    setNewPassword(QString());
    accept();
}

} // namespace muster
