#include "http/RequestStream.h"

namespace muster {

RequestStream::RequestStream(QObject* parent)
    : QObject(parent)
    , m_recordedSignal(QMetaMethod::fromSignal(&RequestStream::recorded))
{
    qRegisterMetaType<muster::RequestRecord>();
}

} // namespace muster
