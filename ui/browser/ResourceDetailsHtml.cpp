#include "browser/ResourceDetailsHtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace muster {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString scalar(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("ResourceDetailsHtml", "yes")
                              : QCoreApplication::translate("ResourceDetailsHtml", "no");
    if (value.isString())
        return escaped(value.toString());
    return escaped(value.toVariant().toString());
}

QString valueHtml(const QJsonValue& value);

QString objectHtml(const QJsonObject& object)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (auto it = object.begin(); it != object.end(); ++it) {
        html += QStringLiteral("<tr><td valign='top'><i>%1</i>&nbsp;</td><td>%2</td></tr>")
                    .arg(escaped(it.key()), valueHtml(it.value()));
    }
    return html + QStringLiteral("</table>");
}

QString valueHtml(const QJsonValue& value)
{
    if (value.isObject())
        return objectHtml(value.toObject());
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue& element : value.toArray()) {
            const QJsonObject object = element.toObject();
            if (element.isObject() && object.contains(QStringLiteral("value"))) {
                QString line = scalar(object.value(QStringLiteral("value")));
                QStringList notes;
                for (const QString& key : {QStringLiteral("type"), QStringLiteral("display")}) {
                    if (object.value(key).isString())
                        notes.append(escaped(object.value(key).toString()));
                }
                if (object.value(QStringLiteral("primary")).toBool())
                    notes.append(QCoreApplication::translate("ResourceDetailsHtml", "primary"));
                if (!notes.isEmpty())
                    line += QStringLiteral(" <small>(%1)</small>").arg(notes.join(QStringLiteral(", ")));
                lines.append(line);
            } else {
                lines.append(valueHtml(element));
            }
        }
        return lines.join(QStringLiteral("<br>"));
    }
    return scalar(value);
}

} // namespace

QString ResourceDetailsHtml::render(const Resource& resource)
{
    QJsonObject shown = resource.json;
    shown.remove(QStringLiteral("schemas"));
    const QString title = shown.value(QStringLiteral("userName")).toString();
    const QString name = shown.value(QStringLiteral("displayName")).toString();
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(title.isEmpty() ? name : title));
    return html + objectHtml(shown);
}

} // namespace muster
