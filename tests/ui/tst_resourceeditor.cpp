#include "browser/ResourceBrowser.h"
#include "editor/ComplexField.h"
#include "editor/EditingFeature.h"
#include "editor/MultiValuedField.h"
#include "editor/MultiValuedModel.h"
#include "editor/PasswordDialog.h"
#include "editor/ReferenceIdField.h"
#include "editor/ResourceEditorDialog.h"
#include "editor/SchemaForm.h"
#include "editor/TextField.h"
#include "models/ResourceTableModel.h"
#include "query/FilterParser.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "undo/PatchBody.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace muster;

namespace {

// Activates a window and waits until the application agrees (qWaitForWindowActive answers too early
// on the offscreen platform).
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// The HTTP status of a directory answer: 200 when it succeeded.
template <typename T>
int statusOf(const Result<T>& result)
{
    return result ? 200 : result.error().status;
}

const QString User = QStringLiteral("User");
const QString Group = QStringLiteral("Group");
const QString DepartmentPath = urns::EnterpriseUser + QStringLiteral(":department");
const QString ManagerPath = urns::EnterpriseUser + QStringLiteral(":manager");

} // namespace

// Creating and editing users and groups through the dialog, as a person does: by keyboard, with the
// core's messages under the fields they name, and every change undoable.
class TestResourceEditor : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Directory> m_directory;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<MainWindow> m_window;
    EditingFeature* m_feature = nullptr;
    const OperationContext m_context{ResourceStore::DefaultTenant, QStringLiteral("test")};

    QString createUser(const QString& userName, const QJsonObject& extra = {})
    {
        QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                         {QStringLiteral("userName"), userName}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        const auto created = m_directory->create(m_context, User, json);
        return created ? created->id : QString();
    }

    std::optional<Resource> findUser(const QString& userName) const
    {
        Query query;
        query.resourceType = User;
        query.filter = *FilterParser::parse(QStringLiteral("userName eq \"%1\"").arg(userName));
        const auto found = m_directory->query(m_context, query);
        if (!found || found->resources.isEmpty())
            return std::nullopt;
        return found->resources.first();
    }

    QJsonObject userJson(const QString& id) const
    {
        const auto user = m_directory->get(m_context, User, id);
        return user ? user->json : QJsonObject();
    }

    // The dialog the last action opened, once it is shown and active.
    ResourceEditorDialog* openedDialog()
    {
        ResourceEditorDialog* dialog = nullptr;
        const auto find = [&] {
            const auto dialogs = m_window->findChildren<ResourceEditorDialog*>();
            dialog = dialogs.isEmpty() ? nullptr : dialogs.last();
            return dialog && dialog->isVisible();
        };
        if (!QTest::qWaitFor(find))
            return nullptr;
        return activate(dialog) ? dialog : nullptr;
    }

    template <typename T>
    static T* fieldOf(ResourceEditorDialog* dialog, const QString& path)
    {
        return qobject_cast<T*>(dialog->form()->field(path));
    }

    static QLineEdit* lineEditOf(ResourceEditorDialog* dialog, const QString& path)
    {
        auto* field = fieldOf<TextField>(dialog, path);
        return field ? field->lineEdit() : nullptr;
    }

    void selectUser(const QString& id)
    {
        m_window->users()->model()->refresh();
        // The row can be selected once the table has loaded its page.
        QTRY_VERIFY(m_window->users()->select(id));
        m_window->users()->table()->setFocus();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_resourceeditor"));
    }

    void init()
    {
        DirectoryOptions options;
        options.passwordStrength = PasswordHasher::Strength::Fast;
        const auto registry = SchemaRegistry::builtIn();
        m_directory = std::make_shared<Directory>(registry, std::make_shared<MemoryStore>(registry), options);
        m_undoStack = std::make_unique<QUndoStack>();
        m_window = std::make_unique<MainWindow>(m_directory, QStringLiteral("memory"));
        m_feature = EditingFeature::install(*m_window, *m_undoStack);
        m_window->show();
        QVERIFY(activate(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_undoStack.reset();
    }

    void createUserByTyping()
    {
        const QString manager =
            createUser(QStringLiteral("boss"), {{QStringLiteral("displayName"), QStringLiteral("The Boss")}});
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ResourceEditorDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isNew());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New User"));

        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("userName")), QStringLiteral("bjensen"));
        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("displayName")), QStringLiteral("Barbara Jensen"));
        auto* name = fieldOf<ComplexField>(dialog, QStringLiteral("name"));
        QVERIFY(name);
        QTest::keyClicks(qobject_cast<TextField*>(name->subFields().at(2))->lineEdit(),
                         QStringLiteral("Barbara"));
        QCOMPARE(name->subFields().at(2)->path(), QStringLiteral("name.givenName"));

        // An e-mail address: Add starts editing the new row's first cell.
        auto* emails = fieldOf<MultiValuedField>(dialog, QStringLiteral("emails"));
        QVERIFY(emails);
        dialog->form()->setCurrentIndex(1);
        QTest::mouseClick(emails->addButton(), Qt::LeftButton);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    emails->table()->isAncestorOf(QApplication::focusWidget()));
        // The cell stays open while the rest is typed: saving commits it.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bjensen@example.com"));
        const MultiValuedModel* emailModel = emails->model();
        QVERIFY(
            emails->model()->setData(emailModel->index(0, emailModel->columnOf(QStringLiteral("primary"))),
                                     Qt::Checked, Qt::CheckStateRole));

        // The Enterprise User extension, the manager by id.
        QTest::keyClicks(lineEditOf(dialog, DepartmentPath), QStringLiteral("Tour Operations"));
        auto* managerField = fieldOf<ReferenceIdField>(dialog, ManagerPath);
        QVERIFY(managerField);
        QTest::keyClicks(managerField->idEdit(), manager);
        QCOMPARE(managerField->targetLabel(), QStringLiteral("The Boss"));

        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog);
        QVERIFY(activate(m_window.get()));

        const auto created = findUser(QStringLiteral("bjensen"));
        QVERIFY(created);
        const QJsonObject json = created->json;
        QCOMPARE(json.value(QStringLiteral("displayName")).toString(), QStringLiteral("Barbara Jensen"));
        QCOMPARE(json.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(),
                 QStringLiteral("Barbara"));
        QCOMPARE(json.value(QStringLiteral("active")), QJsonValue(true));
        const QJsonObject email = json.value(QStringLiteral("emails")).toArray().first().toObject();
        QCOMPARE(email.value(QStringLiteral("value")).toString(), QStringLiteral("bjensen@example.com"));
        QCOMPARE(email.value(QStringLiteral("primary")), QJsonValue(true));
        const QJsonObject enterprise = json.value(urns::EnterpriseUser).toObject();
        QCOMPARE(enterprise.value(QStringLiteral("department")).toString(),
                 QStringLiteral("Tour Operations"));
        QCOMPARE(
            enterprise.value(QStringLiteral("manager")).toObject().value(QStringLiteral("value")).toString(),
            manager);
        QVERIFY(json.value(QStringLiteral("schemas")).toArray().contains(urns::EnterpriseUser));
        QTRY_COMPARE(m_window->users()->currentId(), created->id);

        // Undo deletes it, redo brings it back with the same id.
        QCOMPARE(m_undoStack->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(m_directory->get(m_context, User, created->id)), 404);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_directory->get(m_context, User, created->id)
                     ->json.value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Barbara Jensen"));
    }

    void validationErrorsShowNextToTheField_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addRow("user name missing")
            << QString() << QString() << QStringLiteral("userName") << QStringLiteral("userName is required");
        QTest::addRow("user name taken") << QStringLiteral("TAKEN") << QString() << QStringLiteral("userName")
                                         << QStringLiteral("already taken");
        QTest::addRow("certificate not base64")
            << QStringLiteral("x") << QStringLiteral("not base64!") << QStringLiteral("x509Certificates")
            << QStringLiteral("x509Certificates[0].value must be of type binary");
    }

    void validationErrorsShowNextToTheField()
    {
        QFETCH(QString, userName);
        QFETCH(QString, certificate);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QVERIFY(!createUser(QStringLiteral("taken")).isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ResourceEditorDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("userName")), userName);
        auto* certificates = fieldOf<MultiValuedField>(dialog, QStringLiteral("x509Certificates"));
        if (!certificate.isEmpty()) {
            QVERIFY(certificates->model()->insertRows(0, 1));
            QVERIFY(certificates->model()->setData(certificates->model()->index(0, 0), certificate));
        }
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);

        // The dialog stays, with the core's message under the field it names, which has the focus.
        QVERIFY(dialog && dialog->isVisible());
        FormField* named = dialog->form()->field(field);
        QVERIFY2(named->errorText().contains(message),
                 qPrintable(named->errorText() + QStringLiteral(" / ") + dialog->generalError()));
        QVERIFY(!named->errorText().contains(u'{'));
        QVERIFY(dialog->generalError().isEmpty());
        for (FormField* other : dialog->form()->fields()) {
            if (other != named)
                QVERIFY2(other->errorText().isEmpty(), qPrintable(other->path()));
        }
        QTRY_VERIFY(QApplication::focusWidget() && named->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(dialog->form()->currentWidget()->isAncestorOf(named), true);
        if (!certificate.isEmpty())
            QCOMPARE(certificates->table()->currentIndex().row(), 0);
        QVERIFY(!findUser(QStringLiteral("x")));

        // Fixing the value clears the message while typing.
        if (userName.isEmpty()) {
            QTest::keyClicks(lineEditOf(dialog, QStringLiteral("userName")), QStringLiteral("fixed"));
            QTRY_VERIFY(named->errorText().isEmpty());
        }
    }

    void editUndoRedo()
    {
        const QString id =
            createUser(QStringLiteral("clerk"), {{QStringLiteral("title"), QStringLiteral("Clerk")}});
        selectUser(id);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QPointer<ResourceEditorDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isNew());
        auto* about = dialog->findChild<QLabel*>(QStringLiteral("readOnlyFacts"));
        QVERIFY(about && about->text().contains(id));
        // ReadOnly and write-only attributes have no field.
        for (const QString& path : {QStringLiteral("id"), QStringLiteral("meta"), QStringLiteral("groups"),
                                    QStringLiteral("password"), QStringLiteral("schemas")}) {
            QVERIFY2(!dialog->form()->field(path), qPrintable(path));
        }
        QLineEdit* title = lineEditOf(dialog, QStringLiteral("title"));
        QCOMPARE(title->text(), QStringLiteral("Clerk"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Manager"));
        QTest::keyClick(title, Qt::Key_Return); // Enter saves
        QTRY_VERIFY(!dialog);
        QVERIFY(activate(m_window.get()));
        QCOMPARE(userJson(id).value(QStringLiteral("title")).toString(), QStringLiteral("Manager"));
        QCOMPARE(m_undoStack->undoText(), QStringLiteral("Edit clerk"));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(userJson(id).value(QStringLiteral("title")).toString(), QStringLiteral("Clerk"));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(userJson(id).value(QStringLiteral("title")).toString(), QStringLiteral("Manager"));

        // Enter on the table opens the editor too; saving unchanged changes nothing.
        QTest::keyClick(m_window->users()->table(), Qt::Key_Return);
        dialog = openedDialog();
        QVERIFY(dialog);
        const quint64 version = m_directory->get(m_context, User, id)->version;
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_directory->get(m_context, User, id)->version, version);
        QCOMPARE(m_undoStack->count(), 1);
    }

    void someoneElsesChangeIsNotOverwritten()
    {
        const QString id =
            createUser(QStringLiteral("contested"), {{QStringLiteral("title"), QStringLiteral("A")}});
        ResourceEditorDialog* dialog = m_feature->editResource(User, id);
        QVERIFY(dialog);
        QVERIFY(m_directory->patch({m_context.tenant, QStringLiteral("token:idp")}, User, id,
                                   PatchBody::replace(QStringLiteral("title"), QStringLiteral("Theirs"))));
        QLineEdit* title = lineEditOf(dialog, QStringLiteral("title"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Mine"));
        dialog->save();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->generalError().contains(QStringLiteral("changed by someone else")),
                 qPrintable(dialog->generalError()));
        QCOMPARE(userJson(id).value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(m_undoStack->count(), 0);
        dialog->reject();
    }

    void passwordIsSetThroughTheDirectory()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ResourceEditorDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("userName")), QStringLiteral("withpassword"));
        QTest::mouseClick(dialog->passwordButton(), Qt::LeftButton);
        PasswordDialog* password = nullptr;
        QTRY_VERIFY((password = dialog->findChild<PasswordDialog*>()) && password->isVisible());
        QTest::keyClicks(password->passwordEdit(), QStringLiteral("Tr1cky pass"));
        QTest::keyClicks(password->confirmationEdit(), QStringLiteral("Tr1cky pas"));
        QVERIFY(!password->okButton()->isEnabled());
        QTest::keyClicks(password->confirmationEdit(), QStringLiteral("s"));
        QVERIFY(password->okButton()->isEnabled());
        QTest::mouseClick(password->okButton(), Qt::LeftButton);
        QVERIFY(dialog->hasNewPassword());
        dialog->save();
        QTRY_VERIFY(!dialog);
        const auto created = findUser(QStringLiteral("withpassword"));
        QVERIFY(created);
        QVERIFY(activate(m_window.get()));
        QVERIFY(!created->json.contains(QStringLiteral("password")));
        QVERIFY(m_directory->verifyPassword(m_context, created->id, QStringLiteral("Tr1cky pass")));

        // Set Password on the Users page: not an undo step, the hash cannot be taken back.
        selectUser(created->id);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((password = m_window->findChild<PasswordDialog*>()) && password->isVisible());
        QTest::keyClicks(password->passwordEdit(), QStringLiteral("second"));
        QTest::keyClicks(password->confirmationEdit(), QStringLiteral("second"));
        QTest::mouseClick(password->okButton(), Qt::LeftButton);
        QTRY_VERIFY(m_directory->verifyPassword(m_context, created->id, QStringLiteral("second")));
        QCOMPARE(m_undoStack->count(), 1);
    }

    void enableAndDisable()
    {
        const QString on = createUser(QStringLiteral("on"), {{QStringLiteral("active"), true}});
        const QString off = createUser(QStringLiteral("off"), {{QStringLiteral("active"), false}});
        selectUser(on);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(userJson(on).value(QStringLiteral("active")), QJsonValue(false));
        QCOMPARE(m_undoStack->undoText(), QStringLiteral("Disable on"));
        // Both selected, not all active: both are enabled.
        m_window->users()->table()->selectAll();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(userJson(on).value(QStringLiteral("active")), QJsonValue(true));
        QCOMPARE(userJson(off).value(QStringLiteral("active")), QJsonValue(true));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(userJson(on).value(QStringLiteral("active")), QJsonValue(false));
        QCOMPARE(userJson(off).value(QStringLiteral("active")), QJsonValue(false));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(userJson(on).value(QStringLiteral("active")), QJsonValue(true));

        // The active check box in the dialog enables and disables too.
        ResourceEditorDialog* dialog = m_feature->editResource(User, off);
        auto* active = dialog->form()->field(QStringLiteral("active"))->findChild<QCheckBox*>();
        QVERIFY(active && !active->isChecked());
        QTest::keyClick(active, Qt::Key_Space);
        QVERIFY(active->isChecked());
        dialog->save();
        QCOMPARE(userJson(off).value(QStringLiteral("active")), QJsonValue(true));
    }

    void groupsHaveTheirOwnAttributes()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<ResourceEditorDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New Group"));
        QStringList paths;
        for (FormField* field : dialog->form()->fields())
            paths.append(field->path());
        QCOMPARE(paths, (QStringList{QStringLiteral("displayName"), QStringLiteral("externalId")}));
        QVERIFY(!dialog->passwordButton());
        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("displayName")), QStringLiteral("Sales"));
        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("externalId")), QStringLiteral("ext-1"));
        QTest::keyClick(dialog, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QTRY_VERIFY2(!dialog, qPrintable(dialog ? dialog->generalError() : QString()));
        Query query;
        query.resourceType = Group;
        const auto groups = m_directory->query(m_context, query);
        QCOMPARE(groups->resources.size(), 1);
        QCOMPARE(groups->resources.first().json.value(QStringLiteral("externalId")).toString(),
                 QStringLiteral("ext-1"));
        QCOMPARE(m_undoStack->undoText(), QStringLiteral("Create group Sales"));
    }

    void escapeCancels()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ResourceEditorDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QTest::keyClicks(lineEditOf(dialog, QStringLiteral("userName")), QStringLiteral("never"));
        QTest::keyClick(lineEditOf(dialog, QStringLiteral("userName")), Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(!findUser(QStringLiteral("never")));
        QCOMPARE(m_undoStack->count(), 0);
    }

    void keyboardReachesEveryFieldWithAName()
    {
        ResourceEditorDialog* dialog = m_feature->newResource(User);
        QVERIFY(dialog);
        // Tab through the General page: every stop has an accessible name (or its own text), and the
        // fields come in the order they are shown.
        QStringList stops;
        QWidget* start = lineEditOf(dialog, QStringLiteral("userName"));
        QWidget* widget = start;
        for (int i = 0; i < 5000; ++i) {
            if (widget->isVisibleTo(dialog) && widget->isEnabled() &&
                (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
                QString name = widget->accessibleName();
                if (auto* button = qobject_cast<QAbstractButton*>(widget); name.isEmpty() && button)
                    name = button->text();
                QVERIFY2(!name.isEmpty(), widget->metaObject()->className());
                stops.append(name.remove(u'&'));
            }
            widget = widget->nextInFocusChain();
            if (widget == start)
                break;
        }
        const qsizetype userName = stops.indexOf(QStringLiteral("User name"));
        const qsizetype displayName = stops.indexOf(QStringLiteral("Display name"));
        const qsizetype active = stops.indexOf(QStringLiteral("Active (may sign in)"));
        QVERIFY(userName >= 0 && displayName > userName && active > displayName);
        QVERIFY(stops.contains(QStringLiteral("Name: Given name")));
        QVERIFY(stops.contains(QStringLiteral("Save")));
        QVERIFY(stops.contains(QStringLiteral("Cancel")));
        dialog->reject();
    }
};

QTEST_MAIN(TestResourceEditor)
#include "tst_resourceeditor.moc"
