#include "transfer/CsvUserField.h"

#include <QHash>
#include <QRegularExpression>

namespace muster {

QList<CsvUserField> CsvUserFields::all()
{
    return {CsvUserField::UserName,    CsvUserField::GivenName,  CsvUserField::FamilyName,
            CsvUserField::DisplayName, CsvUserField::Email,      CsvUserField::Phone,
            CsvUserField::Title,       CsvUserField::Department, CsvUserField::EmployeeNumber,
            CsvUserField::Active,      CsvUserField::ExternalId, CsvUserField::Password,
            CsvUserField::Groups};
}

QString CsvUserFields::key(CsvUserField field)
{
    switch (field) {
    case CsvUserField::Ignore:
        return {};
    case CsvUserField::UserName:
        return QStringLiteral("userName");
    case CsvUserField::GivenName:
        return QStringLiteral("givenName");
    case CsvUserField::FamilyName:
        return QStringLiteral("familyName");
    case CsvUserField::DisplayName:
        return QStringLiteral("displayName");
    case CsvUserField::Email:
        return QStringLiteral("email");
    case CsvUserField::Phone:
        return QStringLiteral("phone");
    case CsvUserField::Title:
        return QStringLiteral("title");
    case CsvUserField::Department:
        return QStringLiteral("department");
    case CsvUserField::EmployeeNumber:
        return QStringLiteral("employeeNumber");
    case CsvUserField::Active:
        return QStringLiteral("active");
    case CsvUserField::ExternalId:
        return QStringLiteral("externalId");
    case CsvUserField::Password:
        return QStringLiteral("password");
    case CsvUserField::Groups:
        return QStringLiteral("groups");
    }
    return {};
}

QString CsvUserFields::title(CsvUserField field)
{
    switch (field) {
    case CsvUserField::Ignore:
        return tr("(do not import)");
    case CsvUserField::UserName:
        return tr("User name");
    case CsvUserField::GivenName:
        return tr("Given name");
    case CsvUserField::FamilyName:
        return tr("Family name");
    case CsvUserField::DisplayName:
        return tr("Display name");
    case CsvUserField::Email:
        return tr("Email (work, primary)");
    case CsvUserField::Phone:
        return tr("Phone (work, primary)");
    case CsvUserField::Title:
        return tr("Title");
    case CsvUserField::Department:
        return tr("Department");
    case CsvUserField::EmployeeNumber:
        return tr("Employee number");
    case CsvUserField::Active:
        return tr("Active (yes/no)");
    case CsvUserField::ExternalId:
        return tr("External ID");
    case CsvUserField::Password:
        return tr("Password");
    case CsvUserField::Groups:
        return tr("Groups (separated by ;)");
    }
    return {};
}

CsvUserField CsvUserFields::guess(const QString& header)
{
    static const QHash<QString, CsvUserField> spellings = [] {
        QHash<QString, CsvUserField> names;
        const auto add = [&names](CsvUserField field, std::initializer_list<const char16_t*> words) {
            for (const char16_t* word : words)
                names.insert(QString::fromUtf16(word), field);
        };
        add(CsvUserField::UserName,
            {u"username", u"user", u"login", u"loginname", u"logon", u"logonname", u"account", u"accountname",
             u"samaccountname", u"upn", u"userprincipalname"});
        add(CsvUserField::GivenName,
            {u"givenname", u"firstname", u"first", u"forename", u"vorname", u"prenom"});
        add(CsvUserField::FamilyName,
            {u"familyname", u"lastname", u"last", u"surname", u"sn", u"nachname", u"nom"});
        add(CsvUserField::DisplayName, {u"displayname", u"fullname", u"name", u"cn", u"commonname"});
        add(CsvUserField::Email,
            {u"email", u"mail", u"emailaddress", u"mailaddress", u"workemail", u"primaryemail", u"emails"});
        add(CsvUserField::Phone, {u"phone", u"phonenumber", u"telephone", u"telephonenumber", u"tel",
                                  u"mobile", u"mobilephone", u"workphone", u"phonenumbers"});
        add(CsvUserField::Title, {u"title", u"jobtitle", u"position", u"role"});
        add(CsvUserField::Department, {u"department", u"dept", u"team", u"abteilung"});
        add(CsvUserField::EmployeeNumber,
            {u"employeenumber", u"employeeid", u"employeeno", u"staffnumber", u"personnelnumber"});
        add(CsvUserField::Active, {u"active", u"enabled", u"isactive", u"status"});
        add(CsvUserField::ExternalId, {u"externalid", u"sourceid", u"immutableid", u"objectguid"});
        add(CsvUserField::Password, {u"password", u"initialpassword", u"pwd"});
        add(CsvUserField::Groups, {u"groups", u"group", u"memberof", u"groupnames"});
        return names;
    }();
    QString folded;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return spellings.value(folded, CsvUserField::Ignore);
}

QList<CsvUserField> CsvUserFields::guessAll(const QStringList& header)
{
    QList<CsvUserField> mapping;
    for (const QString& column : header) {
        const CsvUserField field = guess(column);
        mapping.append(field != CsvUserField::Ignore && mapping.contains(field) ? CsvUserField::Ignore
                                                                                : field);
    }
    return mapping;
}

QStringList CsvUserFields::templateHeader()
{
    QStringList header;
    for (const CsvUserField field : all())
        header.append(key(field));
    return header;
}

QStringList CsvUserFields::splitGroups(const QString& cell)
{
    QStringList names;
    for (const QString& part : cell.split(QRegularExpression(QStringLiteral("[;|]")))) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

} // namespace muster
