#pragma once

#include "http/RequestRecord.h"

#include <QMetaMethod>
#include <QObject>

namespace muster {

// The live stream of request records for the desktop app's request inspector. Workers emit
// recorded() from their own threads; receivers in other threads get it queued. Workers ask
// hasListeners() first (the same lock-free check that emit makes), so that nobody pays for building
// records while nobody listens.
class RequestStream final : public QObject {
    Q_OBJECT
public:
    explicit RequestStream(QObject* parent = nullptr);

    bool hasListeners() const { return isSignalConnected(m_recordedSignal); }

signals:
    void recorded(const muster::RequestRecord& record);

private:
    QMetaMethod m_recordedSignal;
};

} // namespace muster
