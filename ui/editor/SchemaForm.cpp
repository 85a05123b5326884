#include "editor/SchemaForm.h"

#include "editor/AttributeLabels.h"
#include "editor/FormField.h"
#include "editor/MultiValuedField.h"
#include "schema/SchemaUrns.h"

#include <QFormLayout>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>

namespace muster {

namespace {

// What a person edits here: writable attributes other than the password and a group's members.
bool isEditable(const AttributeDefinition& definition, bool groupSchema)
{
    if (definition.mutability == Mutability::ReadOnly || definition.mutability == Mutability::WriteOnly)
        return false;
    if (definition.name == QLatin1String("password") || definition.name == QLatin1String("schemas"))
        return false;
    return !(groupSchema && definition.name == QLatin1String("members"));
}

bool namesPath(const QString& detail, const QString& path)
{
    return detail.startsWith(path) &&
           (detail.size() == path.size() || !detail.at(path.size()).isLetterOrNumber());
}

} // namespace

SchemaForm::SchemaForm(const SchemaRegistry& registry, const ResourceType& type,
                       const FieldFactory::Context& context, QWidget* parent)
    : QTabWidget(parent)
    , m_registry(registry)
    , m_type(type)
    , m_context(context)
{
    setAccessibleName(tr("Attributes"));
    tabBar()->setAccessibleName(tr("Sections"));
    const Schema* core = registry.schema(type.schema);
    const bool groupSchema = type.schema.compare(urns::Group, Qt::CaseInsensitive) == 0;
    QWidget* general = addPage(tr("General"));
    QWidget* lists = nullptr;
    if (core) {
        for (const AttributeDefinition& attribute : core->attributes) {
            if (!isEditable(attribute, groupSchema) || attribute.multiValued)
                continue;
            addField(general, attribute, QString());
        }
    }
    for (const AttributeDefinition& attribute : registry.commonAttributes().attributes) {
        if (isEditable(attribute, groupSchema) && !attribute.multiValued)
            addField(general, attribute, QString());
    }
    if (core) {
        for (const AttributeDefinition& attribute : core->attributes) {
            if (!isEditable(attribute, groupSchema) || !attribute.multiValued)
                continue;
            if (!lists)
                lists = addPage(tr("Contact and access"));
            addField(lists, attribute, QString());
        }
    }
    for (const SchemaExtension& declared : type.schemaExtensions) {
        const Schema* extension = registry.schema(declared.schema);
        if (!extension)
            continue;
        QWidget* page = nullptr;
        for (const AttributeDefinition& attribute : extension->attributes) {
            if (!isEditable(attribute, false))
                continue;
            if (!page)
                page = addPage(AttributeLabels::schema(*extension));
            addField(page, attribute, extension->id);
        }
    }
}

QWidget* SchemaForm::addPage(const QString& title)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not to the page
    auto* page = new QWidget(scroll);
    auto* layout = new QFormLayout(page);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(page);
    addTab(scroll, title);
    return page;
}

void SchemaForm::addField(QWidget* page, const AttributeDefinition& definition, const QString& extension)
{
    const QString path = extension.isEmpty() ? definition.name : extension + u':' + definition.name;
    FormField* field = FieldFactory::create(definition, path, m_context, page);
    auto* layout = static_cast<QFormLayout*>(page->layout());
    QString labelText = field->label();
    if (definition.required) {
        labelText += QStringLiteral(" *");
        field->editor()->setAccessibleDescription(tr("Required"));
    }
    if (qobject_cast<MultiValuedField*>(field)) {
        auto* title = new QLabel(labelText, page);
        title->setBuddy(field);
        layout->addRow(title);
        layout->addRow(field);
    } else if (definition.type == AttributeType::Boolean) {
        layout->addRow(QString(), field);
    } else {
        auto* label = new QLabel(labelText + u':', page);
        label->setBuddy(field);
        if (definition.required)
            label->setToolTip(tr("Required"));
        layout->addRow(label, field);
    }
    if (!definition.description.isEmpty())
        field->setToolTip(definition.description);
    m_fields.append(field);
    m_bindings.append({field, extension, definition.name});
    connect(field, &FormField::edited, this, &SchemaForm::edited);
}

void SchemaForm::setResource(const QJsonObject& json)
{
    m_loaded = json;
    for (const Binding& binding : std::as_const(m_bindings)) {
        const QJsonObject holder =
            binding.extension.isEmpty() ? json : json.value(binding.extension).toObject();
        binding.field->setValue(holder.value(binding.name));
    }
    clearErrors();
}

QJsonObject SchemaForm::toJson() const
{
    QJsonObject json = m_loaded;
    for (const QString& key : {QStringLiteral("id"), QStringLiteral("meta"), QStringLiteral("groups"),
                               QStringLiteral("password")}) {
        json.remove(key);
    }
    QHash<QString, QJsonObject> extensions;
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (!binding.extension.isEmpty() && !extensions.contains(binding.extension))
            extensions.insert(binding.extension, json.value(binding.extension).toObject());
        QJsonObject holder = binding.extension.isEmpty() ? json : extensions.value(binding.extension);
        const QJsonValue value = binding.field->value();
        if (value.isUndefined())
            holder.remove(binding.name);
        else
            holder.insert(binding.name, value);
        if (binding.extension.isEmpty())
            json = holder;
        else
            extensions.insert(binding.extension, holder);
    }
    QJsonArray schemas{m_type.schema};
    for (const SchemaExtension& declared : m_type.schemaExtensions) {
        const QJsonObject object = extensions.contains(declared.schema)
                                       ? extensions.value(declared.schema)
                                       : json.value(declared.schema).toObject();
        if (object.isEmpty()) {
            json.remove(declared.schema);
            continue;
        }
        json.insert(declared.schema, object);
        schemas.append(declared.schema);
    }
    json.insert(QStringLiteral("schemas"), schemas);
    return json;
}

FormField* SchemaForm::field(const QString& path) const
{
    for (FormField* field : m_fields) {
        if (field->path() == path)
            return field;
    }
    return nullptr;
}

bool SchemaForm::showError(const QString& detail, bool focus)
{
    clearErrors();
    FormField* named = nullptr;
    for (FormField* field : m_fields) {
        if (namesPath(detail, field->path()) && (!named || field->path().size() > named->path().size()))
            named = field;
    }
    if (!named)
        return false;
    for (int page = 0; page < count(); ++page) {
        if (widget(page)->isAncestorOf(named)) {
            setCurrentIndex(page);
            break;
        }
    }
    named->showError(detail);
    if (focus)
        named->focusError();
    if (auto* scroll = qobject_cast<QScrollArea*>(currentWidget()))
        scroll->ensureWidgetVisible(named);
    return true;
}

void SchemaForm::clearErrors()
{
    for (FormField* field : std::as_const(m_fields))
        field->showError(QString());
}

} // namespace muster
