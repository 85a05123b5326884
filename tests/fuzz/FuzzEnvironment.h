#pragma once

#include "schema/SchemaRegistry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace muster::fuzz {

// What every libFuzzer target of tests/fuzz needs once per process: a QCoreApplication (Qt's event
// dispatcher, thread pool and plugins expect one) and silence for qDebug/qInfo/qWarning, which hostile
// input triggers on purpose and which would slow fuzzing down to the terminal's speed. qCritical and
// qFatal still print, and qFatal still aborts: hostile input must never reach either.
class FuzzEnvironment final {
public:
    static void initialize();

    // The built-in schemas, loaded once: loading them per input would be most of the work.
    static std::shared_ptr<const SchemaRegistry> registry();

    static QByteArray bytes(const std::uint8_t* data, std::size_t size);
    // The input as a JSON object; empty when it is not one.
    static QJsonObject jsonObject(const QByteArray& input);
    // A complete user as a client would send it, to apply filters and PATCH operations to.
    static QJsonObject sampleUser();
};

} // namespace muster::fuzz
